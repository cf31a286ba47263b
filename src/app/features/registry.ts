import type { FunctionComponent } from 'preact';
import { AboutFeature } from './AboutFeature';
import type { FeatureId, FeatureProps } from './feature-context';
import { PromptsFeature } from './PromptsFeature';
import { ReflectFeature } from './ReflectFeature';
import { SelfCheckFeature } from './SelfCheckFeature';
import { TemplatesFeature } from './TemplatesFeature';
import { ToolkitFeature } from './ToolkitFeature';
import { TrendsFeature } from './TrendsFeature';

/** Which component renders each feature. */
export const FEATURES: Record<FeatureId, FunctionComponent<FeatureProps>> = {
  reflect: ReflectFeature,
  prompts: PromptsFeature,
  templates: TemplatesFeature,
  toolkit: ToolkitFeature,
  'self-check': SelfCheckFeature,
  trends: TrendsFeature,
  about: AboutFeature,
};

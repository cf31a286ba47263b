import type { FunctionComponent } from 'preact';
import { AboutFeature } from './AboutFeature';
import { InsightsFeature } from './InsightsFeature';
import { LookBackFeature } from './LookBackFeature';
import type { FeatureId, FeatureProps } from './feature-context';
import { PromptsFeature } from './PromptsFeature';
import { ReflectFeature } from './ReflectFeature';
import { SelfCheckFeature } from './SelfCheckFeature';
import { TemplatesFeature } from './TemplatesFeature';
import { ToolkitFeature } from './ToolkitFeature';

/** Which component renders each feature. */
export const FEATURES: Record<FeatureId, FunctionComponent<FeatureProps>> = {
  reflect: ReflectFeature,
  prompts: PromptsFeature,
  templates: TemplatesFeature,
  toolkit: ToolkitFeature,
  'self-check': SelfCheckFeature,
  lookback: LookBackFeature,
  insights: InsightsFeature,
  // Check-in trends grew into Insights; the old id still lands there.
  trends: InsightsFeature,
  about: AboutFeature,
};

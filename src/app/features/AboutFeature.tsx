import { useState } from 'preact/hooks';
import { ALL_SOURCES } from '../../content/sources';
import type { Citation } from '../../content/types';
import { AboutScreen } from '../../ui/screens/AboutScreen';
import { SupportScreen } from '../../ui/screens/SupportScreen';
import type { FeatureProps } from './feature-context';

/** Every source once (areas may cite the same work), sorted by author, then year. */
export function sortedSources(sources: readonly Citation[]): Citation[] {
  const byId = new Map<string, Citation>();
  for (const c of sources) if (!byId.has(c.id)) byId.set(c.id, c);
  return [...byId.values()].sort(
    (a, b) => a.authors.localeCompare(b.authors, 'en') || String(a.year).localeCompare(String(b.year)) || a.title.localeCompare(b.title, 'en'),
  );
}

/** About and sources, with the "Need support now" page one step away. */
export function AboutFeature({ ctx, params }: FeatureProps) {
  const [support, setSupport] = useState((params as { support?: unknown } | undefined)?.support === true);
  if (support) return <SupportScreen onBack={() => setSupport(false)} onLock={ctx.lock} />;
  return (
    <AboutScreen
      sources={sortedSources(ALL_SOURCES)}
      onSupport={() => setSupport(true)}
      onSelfCheck={() => ctx.go('self-check')}
      onBack={() => ctx.go('reflect')}
      onLock={ctx.lock}
    />
  );
}

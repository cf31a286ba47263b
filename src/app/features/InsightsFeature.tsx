import { useState } from 'preact/hooks';
import { dayKey, firstDayOfWeek } from '../../ui/components/local-days';
import { InsightsScreen, WEEK_SPANS } from '../../ui/screens/InsightsScreen';
import type { FeatureProps } from './feature-context';
import { entriesOf } from './LookBackFeature';
import { proqolHistory } from './SelfCheckFeature';

/** Where Back goes: the Reflect hub unless opened from the journal. */
export interface InsightsParams {
  from?: 'journal' | 'reflect';
}

/** Read once: the reader's locale does not change while the app is open. */
const FIRST_DAY = firstDayOfWeek();

/**
 * Insights (which took over Check-in trends): check-ins, ProQOL scores, entries per week,
 * themes and tags, all from the decrypted summaries and documents already in memory.
 */
export function InsightsFeature({ ctx, params }: FeatureProps) {
  const { from } = (params ?? {}) as InsightsParams;
  const [weeks, setWeeks] = useState<(typeof WEEK_SPANS)[number]>(WEEK_SPANS[0]);
  return (
    <InsightsScreen
      entries={entriesOf(ctx.session)}
      proqol={proqolHistory(ctx.session)}
      fullyLoaded={ctx.session.isFullyLoaded()}
      today={dayKey(Date.now())}
      firstDay={FIRST_DAY}
      weeks={weeks}
      onWeeks={setWeeks}
      onWrite={() => ctx.newEntry({ title: '', body: '' })}
      onPrompt={() => ctx.go('prompts')}
      onSelfCheck={() => ctx.go('self-check')}
      onBack={from === 'journal' ? ctx.home : () => ctx.go('reflect')}
      onLock={ctx.lock}
    />
  );
}

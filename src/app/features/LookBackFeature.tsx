import { useState } from 'preact/hooks';
import { dayKey, firstDayOfWeek, monthOf, type DayKey, type YearMonth } from '../../ui/components/local-days';
import { LookBackScreen } from '../../ui/screens/LookBackScreen';
import type { EntrySummary, VaultSession } from '../../vault/types';
import type { FeatureProps } from './feature-context';

/** What Look back can be opened with: a day to show chosen, and where Back goes (the Reflect hub by default). */
export interface LookBackParams {
  day?: DayKey;
  month?: YearMonth;
  from?: 'journal' | 'reflect';
}

/** The entry summaries (decrypted, in memory), or none once the session is locked. */
export function entriesOf(session: VaultSession): EntrySummary[] {
  try {
    return session.listEntries();
  } catch {
    return [];
  }
}

/** Read once: the reader's locale does not change while the app is open. */
const FIRST_DAY = firstDayOfWeek();

/**
 * Look back: the calendar of days written, the chosen day's entries, a kind count of
 * writing days and "on this day". Everything comes from the summaries in memory.
 */
export function LookBackFeature({ ctx, params }: FeatureProps) {
  const { day: start, month: startMonth, from } = (params ?? {}) as LookBackParams;
  const today = dayKey(Date.now());
  const [month, setMonth] = useState<YearMonth>(() => startMonth ?? monthOf(start ?? today));
  const [selected, setSelected] = useState<DayKey | null>(start ?? today);
  return (
    <LookBackScreen
      entries={entriesOf(ctx.session)}
      fullyLoaded={ctx.session.isFullyLoaded()}
      today={today}
      firstDay={FIRST_DAY}
      month={month}
      selected={selected}
      onMonth={setMonth}
      onSelect={setSelected}
      onOpen={(id) => ctx.openEntry(id, { feature: 'lookback', params: { day: selected ?? today, month, from } satisfies LookBackParams })}
      onWrite={() => ctx.newEntry({ title: '', body: '' })}
      onPrompt={() => ctx.go('prompts')}
      onBack={from === 'journal' ? ctx.home : () => ctx.go('reflect')}
      onLock={ctx.lock}
    />
  );
}

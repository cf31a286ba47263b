import { TrendsScreen, type DatedCheckIn } from '../../ui/screens/TrendsScreen';
import type { VaultSession } from '../../vault/types';
import type { FeatureProps } from './feature-context';

/** The quick check-ins stored on entries, with each entry's date (decrypted summaries, in memory). */
export function checkInsOf(session: VaultSession): DatedCheckIn[] {
  const found: DatedCheckIn[] = [];
  for (const entry of session.listEntries()) {
    if (entry.checkin) found.push({ at: entry.created, checkin: entry.checkin });
  }
  return found;
}

/** Check-in trends: mood, energy and stress from the entries' quick check-ins, over time. */
export function TrendsFeature({ ctx }: FeatureProps) {
  return (
    <TrendsScreen
      checkins={checkInsOf(ctx.session)}
      fullyLoaded={ctx.session.isFullyLoaded()}
      onWrite={() => ctx.newEntry({ title: '', body: '' })}
      onBack={() => ctx.go('reflect')}
      onLock={ctx.lock}
    />
  );
}

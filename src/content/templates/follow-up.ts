/**
 * The "evaluate the outcome" follow-up of the ethics walk-through. The entry stores
 * `followUpAt` (ms since epoch, encrypted like the rest of it); the follow-up is due from
 * the start of that local day. Answering it appends an "Outcome" section to the entry and
 * clears `followUpAt`. Nothing here touches a clock: callers pass `now`.
 */
import type { FilledSection } from './template-types';

/** The delays a person can choose, in days. */
export const FOLLOW_UP_DAYS: readonly number[] = [3, 7, 14, 30];

/** Id of the first outcome section; later ones are "outcome-2", "outcome-3"… */
export const OUTCOME_ID = 'outcome';

/** Label of an appended outcome section. */
export const OUTCOME_LABEL = 'Outcome';

/** What the outcome field asks, in our words. */
export const OUTCOME_HELP =
  'Looking back now: what did you do, and what happened? How did it go for the client, for you and for anyone else involved? What would you do the same way or differently, and is there anything to take to supervision?';

/** The minimal shape of a list item the follow-up logic needs (an EntrySummary fits). */
export interface FollowUpCandidate {
  followUpAt?: number;
  source?: { kind: string };
}

/** Midnight at the start of the local day `days` days after `from`. */
export function followUpAt(from: number, days: number): number {
  const d = new Date(from);
  d.setHours(0, 0, 0, 0);
  d.setDate(d.getDate() + days);
  return d.getTime();
}

/** True when a template entry's follow-up time has come. */
export function isFollowUpDue(item: FollowUpCandidate, now: number): boolean {
  return item.source?.kind === 'template' && item.followUpAt !== undefined && item.followUpAt <= now;
}

/** The template entries whose follow-up is due, the longest-waiting first. */
export function dueFollowUps<T extends FollowUpCandidate>(items: readonly T[], now: number): T[] {
  return items.filter((i) => isFollowUpDue(i, now)).sort((a, b) => (a.followUpAt ?? 0) - (b.followUpAt ?? 0));
}

/** The Reflect hub's note on the Templates link, or undefined when nothing is due. */
export function followUpNote(dueCount: number): string | undefined {
  if (dueCount <= 0) return undefined;
  return dueCount === 1 ? '1 follow-up is due' : `${dueCount} follow-ups are due`;
}

/** True for an appended outcome section's id. */
export function isOutcomeId(id: string): boolean {
  return id === OUTCOME_ID || /^outcome-\d+$/.test(id);
}

/** A new, empty outcome section with an id not used yet in `sections`. */
export function newOutcomeSection(sections: readonly FilledSection[]): FilledSection {
  const used = new Set(sections.map((s) => s.id));
  let n = 1;
  while (used.has(n === 1 ? OUTCOME_ID : `${OUTCOME_ID}-${n}`)) n += 1;
  return { id: n === 1 ? OUTCOME_ID : `${OUTCOME_ID}-${n}`, label: n === 1 ? OUTCOME_LABEL : `${OUTCOME_LABEL} ${n}`, text: '' };
}

/**
 * Turns what a person filled in during an exercise into the text of a journal entry. The
 * entries are plain text (no sections), so they open in the ordinary editor and stay readable
 * in any export; each heading line is the question, each answer follows it.
 */
import { GROUNDING_STEPS, OWN_TRANSITION, TRANSITIONS, VALUES } from './exercises';

/** Headings with nothing under them are dropped, so an entry holds only what was written. */
function blocks(parts: readonly [heading: string, text: string][]): string {
  return parts
    .map(([heading, text]) => [heading, text.trim()] as const)
    .filter(([, text]) => text !== '')
    .map(([heading, text]) => `${heading}\n${text}`)
    .join('\n\n');
}

/** Grounding notes, one block per sense that has a note. `notes[i]` belongs to step i. */
export function groundingBody(notes: readonly string[]): string {
  return blocks(GROUNDING_STEPS.map((step, i) => [step.noteLabel, notes[i] ?? '']));
}

/** What the end-of-day ritual records. */
export interface RitualAnswers {
  staysAtWork: string;
  wentWell: string;
  /** A transition id from TRANSITIONS, or null when none was chosen. */
  transition: string | null;
  /** Words for "something of my own". */
  ownTransition: string;
}

/** The transition in words ("" when none was chosen, or "own" with nothing written). */
export function transitionText(answers: Pick<RitualAnswers, 'transition' | 'ownTransition'>): string {
  if (answers.transition === OWN_TRANSITION) return answers.ownTransition.trim();
  return TRANSITIONS.find((t) => t.id === answers.transition)?.label ?? '';
}

/** The ritual as an entry body. */
export function ritualBody(answers: RitualAnswers): string {
  return blocks([
    ['What stays at work', answers.staysAtWork],
    ['One thing that went well', answers.wentWell],
    ['How I’m marking the change to home', transitionText(answers)],
  ]);
}

/** What the values check records: each chosen value with its 1-5 rating (null = not rated yet). */
export interface ValuesAnswers {
  picked: readonly { id: string; rating: number | null }[];
  action: string;
}

/** The values check as an entry body. */
export function valuesBody(answers: ValuesAnswers): string {
  const lines = answers.picked.flatMap(({ id, rating }) => {
    const value = VALUES.find((v) => v.id === id);
    if (!value) return [];
    return [rating === null ? `${value.name}: not rated` : `${value.name}: ${rating} of 5`];
  });
  return blocks([
    ['How much today reflected my values', lines.join('\n')],
    ['One small action', answers.action],
  ]);
}

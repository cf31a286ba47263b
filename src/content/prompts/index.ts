/**
 * Tend's library of reflective prompts: one file per theme, gathered here in theme order.
 * Pure data and pure look-ups (design §1). Prompt ids are stable forever: stored entries and
 * the daily-prompt history refer to them, and `test/unit/content-prompts.test.ts` keeps a
 * snapshot of the full id list so that removing or renaming one fails.
 */
import type { Prompt, ThemeId } from '../types';
import { BOUNDARIES_PROMPTS } from './boundaries';
import { COMPASSION_FATIGUE_PROMPTS } from './compassion-fatigue';
import { COPING_SELF_CARE_PROMPTS } from './coping-self-care';
import { ETHICS_PROMPTS } from './ethics';
import { PROFESSIONAL_GROWTH_PROMPTS } from './professional-growth';
import { SELF_AWARENESS_PROMPTS } from './self-awareness';
import { STRESS_BURNOUT_PROMPTS } from './stress-burnout';
import { VICARIOUS_TRAUMA_PROMPTS } from './vicarious-trauma';

/** Every built-in prompt, grouped by theme in the order of `THEMES`, each theme in id order. */
export const PROMPTS: Prompt[] = [
  ...SELF_AWARENESS_PROMPTS,
  ...COMPASSION_FATIGUE_PROMPTS,
  ...VICARIOUS_TRAUMA_PROMPTS,
  ...BOUNDARIES_PROMPTS,
  ...STRESS_BURNOUT_PROMPTS,
  ...COPING_SELF_CARE_PROMPTS,
  ...ETHICS_PROMPTS,
  ...PROFESSIONAL_GROWTH_PROMPTS,
];

const BY_ID: ReadonlyMap<string, Prompt> = new Map(PROMPTS.map((p) => [p.id, p]));

/** One built-in prompt by id, or undefined (e.g. an id from a custom prompt or a newer version). */
export function promptById(id: string): Prompt | undefined {
  return BY_ID.get(id);
}

/** The built-in prompts of one theme, in id order (for browsing by theme). */
export function promptsByTheme(theme: ThemeId): Prompt[] {
  return PROMPTS.filter((p) => p.theme === theme);
}

/**
 * Shapes of Tend's reflective content (prompts, templates, coping tools, sources).
 * Pure data: no imports from elsewhere in src (design §1).
 */

/** The eight prompt themes (issue #3), stable ids used in stored entries. */
export type ThemeId =
  | 'self-awareness'
  | 'compassion-fatigue'
  | 'vicarious-trauma'
  | 'boundaries'
  | 'stress-burnout'
  | 'coping-self-care'
  | 'ethics'
  | 'professional-growth';

/** A theme as shown to the user. */
export interface Theme {
  id: ThemeId;
  name: string;
  /** One sentence on what the theme covers, in plain words. */
  description: string;
}

/** One reflective prompt. Ids are stable forever: entries and history refer to them. */
export interface Prompt {
  id: string;
  theme: ThemeId;
  text: string;
  /** Optional follow-up questions shown under the prompt. */
  followUps?: string[];
}

/** A published source that a piece of content rests on (shown on the About / Sources page). */
export interface Citation {
  id: string;
  /** e.g. "Forester-Miller, H., & Davis, T. E." */
  authors: string;
  year: number | string;
  title: string;
  /** Journal, publisher or organisation. */
  where: string;
  /** Shown as text only; Tend never fetches it. */
  url?: string;
}

/** How well a coping tool is supported, in plain words, with the sources. */
export interface EvidenceLabel {
  /** e.g. "Studied with health workers", "Commonly used, little direct evidence". */
  label: string;
  citations: string[];
}

/**
 * Shapes of the structured-entry templates. Pure data: the vault stores a filled-in
 * template as plain `{ id, label, text, checked? }` sections, mirrored here as
 * `FilledSection` so content never imports vault code (design §1).
 */
import type { ThemeId } from '../types';

/**
 * How a section is filled in:
 * - 'text': one textarea;
 * - 'checklist': a group of checkboxes (ticked ids stored in `checked`), plus optional notes;
 * - 'options': the list of possible courses of action (stored as one section per option);
 * - 'consequences': one consequences field per option (stored beside each option);
 * - 'choice': which option was chosen (its section id in `checked`) and why.
 */
export type SectionKind = 'text' | 'checklist' | 'options' | 'consequences' | 'choice';

/** One tickable item of a checklist section, with a one-line explanation. */
export interface ChecklistItem {
  id: string;
  label: string;
  help: string;
}

/** One section of a template: a label, a short helper text, and how it is filled in. */
export interface TemplateSection {
  /** Stable forever: stored entries refer to it. */
  id: string;
  label: string;
  help: string;
  kind: SectionKind;
  /** For checklists. */
  items?: ChecklistItem[];
  /** For step-by-step templates: the step this section belongs to (1-based). */
  step?: number;
}

/** A numbered step that groups sections (the ethics walk-through's seven steps). */
export interface TemplateStep {
  n: number;
  title: string;
}

/** A structured entry the user can start from the template chooser. */
export interface Template {
  /** Stable forever: stored entries refer to it (`source.id`). */
  id: string;
  name: string;
  theme: ThemeId;
  /** One sentence for the chooser. */
  description: string;
  /** A few sentences shown above the form: what this is for, how to use it. */
  intro: string;
  sections: TemplateSection[];
  steps?: TemplateStep[];
  /** Offers an "evaluate the outcome" follow-up after a chosen number of days. */
  followUp?: boolean;
  /** Ids of the citations it rests on (src/content/sources/templates.ts). */
  sources: string[];
}

/** A filled-in section as stored on an entry (the vault's EntrySection, structurally). */
export interface FilledSection {
  id: string;
  label: string;
  text: string;
  checked?: string[];
}

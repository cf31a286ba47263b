/**
 * Structured-entry templates (issue #3, item 3): the chooser's list and lookups. The
 * order here is the order on screen.
 */
import { ETHICS } from './ethics';
import { DEBRIEF, GRATITUDE, SUPERVISION, WEEKLY } from './reflective';
import type { Template } from './template-types';

export type { ChecklistItem, FilledSection, SectionKind, Template, TemplateSection, TemplateStep } from './template-types';
export { ETHICS, ETHICS_PRINCIPLES, ETHICS_STEPS } from './ethics';
export * from './draft';
export * from './follow-up';

/** Every template, in the chooser's order. */
export const TEMPLATES: readonly Template[] = [DEBRIEF, WEEKLY, SUPERVISION, GRATITUDE, ETHICS];

/** A template by id, or undefined (an entry may outlive a template). */
export function templateById(id: string): Template | undefined {
  return TEMPLATES.find((t) => t.id === id);
}

/** The default title of a new template entry, e.g. "Post-session debrief · Tue, 25 Nov 2025". */
export function defaultTitle(template: Template, dateText: string): string {
  return `${template.name} · ${dateText}`;
}

/**
 * A template entry while it is being filled in, and its stored form.
 *
 * Stored form (on the entry, encrypted): `sections` in template order, each
 * `{ id, label, text, checked? }`. The 'options' placeholder expands into one section per
 * option (`option-<key>`), the 'consequences' placeholder into `option-<key>-consequences`;
 * the 'choice' section keeps the chosen option's section id in `checked`. Sections the
 * template does not define (an appended "Outcome", or sections of a template that no longer
 * exists) are kept as they are, after the others, so nothing a user wrote is ever dropped.
 */
import type { FilledSection, Template } from './template-types';

/** A fixed section's answer. */
export interface SectionValue {
  text: string;
  checked: string[];
}

/** One possible course of action and its consequences; `key` is stable while editing. */
export interface OptionDraft {
  key: string;
  text: string;
  consequences: string;
}

/** What the form edits. */
export interface TemplateDraft {
  values: Record<string, SectionValue>;
  options: OptionDraft[];
  extra: FilledSection[];
}

const OPTION = /^option-(\d+)$/;
const CONSEQUENCES = /^option-(\d+)-consequences$/;

/** The stored section id of an option. */
export function optionSectionId(key: string): string {
  return `option-${key}`;
}

/** "Option 2": options are numbered by position, not by key. */
export function optionLabel(index: number): string {
  return `Option ${index + 1}`;
}

/** True when the template has a list of options. */
export function hasOptions(template: Template | undefined): boolean {
  return template?.sections.some((s) => s.kind === 'options') ?? false;
}

/** An empty option whose key follows the largest in use. */
export function nextOption(options: OptionDraft[]): OptionDraft {
  const max = options.reduce((m, o) => Math.max(m, Number(o.key) || 0), 0);
  return { key: String(max + 1), text: '', consequences: '' };
}

/** A blank draft: every fixed section empty, and two empty options if the template has options. */
export function emptyDraft(template: Template): TemplateDraft {
  const values: Record<string, SectionValue> = {};
  for (const s of template.sections) values[s.id] = { text: '', checked: [] };
  const options = hasOptions(template) ? [nextOption([]), nextOption([nextOption([])])] : [];
  return { values, options, extra: [] };
}

/** Reads stored sections back into a draft (unknown sections become `extra`). */
export function draftFromSections(template: Template | undefined, sections: FilledSection[]): TemplateDraft {
  const draft: TemplateDraft = template ? emptyDraft(template) : { values: {}, options: [], extra: [] };
  if (template && sections.length > 0) draft.options = [];
  const fixed = new Set(template?.sections.map((s) => s.id) ?? []);
  const option = (key: string): OptionDraft => {
    let found = draft.options.find((o) => o.key === key);
    if (!found) draft.options.push((found = { key, text: '', consequences: '' }));
    return found;
  };
  for (const s of sections) {
    const optionKey = template && hasOptions(template) ? OPTION.exec(s.id)?.[1] : undefined;
    const consequencesKey = template && hasOptions(template) ? CONSEQUENCES.exec(s.id)?.[1] : undefined;
    if (fixed.has(s.id)) draft.values[s.id] = { text: s.text, checked: [...(s.checked ?? [])] };
    else if (optionKey !== undefined) option(optionKey).text = s.text;
    else if (consequencesKey !== undefined) option(consequencesKey).consequences = s.text;
    else draft.extra.push({ ...s, ...(s.checked ? { checked: [...s.checked] } : {}) });
  }
  if (hasOptions(template) && draft.options.length === 0) draft.options = emptyDraft(template!).options;
  return draft;
}

/** The stored sections for a draft, in template order, then the extra sections. */
export function sectionsFromDraft(template: Template | undefined, draft: TemplateDraft): FilledSection[] {
  const out: FilledSection[] = [];
  for (const s of template?.sections ?? []) {
    if (s.kind === 'options') {
      draft.options.forEach((o, i) => out.push({ id: optionSectionId(o.key), label: optionLabel(i), text: o.text }));
    } else if (s.kind === 'consequences') {
      draft.options.forEach((o, i) =>
        out.push({ id: `${optionSectionId(o.key)}-consequences`, label: `${optionLabel(i)}: consequences`, text: o.consequences }),
      );
    } else {
      const v = draft.values[s.id] ?? { text: '', checked: [] };
      const section: FilledSection = { id: s.id, label: s.label, text: v.text };
      if (s.kind === 'checklist' || s.kind === 'choice') section.checked = [...v.checked];
      out.push(section);
    }
  }
  return [...out, ...draft.extra.map((s) => ({ ...s }))];
}

/** True when anything has been written or ticked (a blank new entry is not saved). */
export function draftHasContent(draft: TemplateDraft): boolean {
  return (
    Object.values(draft.values).some((v) => v.text.trim() !== '' || v.checked.length > 0) ||
    draft.options.some((o) => o.text.trim() !== '' || o.consequences.trim() !== '') ||
    draft.extra.some((s) => s.text.trim() !== '')
  );
}

/** Removes an option, and un-chooses it if it was the chosen one. */
export function removeOption(draft: TemplateDraft, key: string): TemplateDraft {
  const id = optionSectionId(key);
  const values: Record<string, SectionValue> = {};
  for (const [k, v] of Object.entries(draft.values)) values[k] = { ...v, checked: v.checked.filter((c) => c !== id) };
  return { ...draft, values, options: draft.options.filter((o) => o.key !== key) };
}

/**
 * A plain-text rendering of the filled sections, kept as the entry's body: the journal
 * list's preview, search and plain exports then work without knowing about templates.
 * The sections stay the source of truth; the body is rewritten on every save.
 */
export function sectionsToText(template: Template | undefined, sections: FilledSection[]): string {
  const names = new Map<string, string>();
  for (const s of template?.sections ?? []) for (const item of s.items ?? []) names.set(item.id, item.label);
  for (const s of sections) if (OPTION.test(s.id)) names.set(s.id, s.label);
  return sections
    .map((s) => {
      const ticked = (s.checked ?? []).map((id) => names.get(id) ?? id).join(', ');
      const parts = [ticked, s.text.trim()].filter((p) => p !== '');
      return parts.length === 0 ? '' : `${s.label}\n${parts.join('\n')}`;
    })
    .filter((block) => block !== '')
    .join('\n\n');
}

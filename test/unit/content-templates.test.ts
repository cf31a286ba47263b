import { describe, expect, it } from 'vitest';
import { ALL_SOURCES } from '../../src/content/sources';
import { TEMPLATES_SOURCES } from '../../src/content/sources/templates';
import { SUPPORT_BLOCKS, SUPPORT_FOOTNOTE, SUPPORT_URGENT } from '../../src/content/support';
import {
  defaultTitle,
  draftFromSections,
  draftHasContent,
  dueFollowUps,
  emptyDraft,
  ETHICS,
  FOLLOW_UP_DAYS,
  followUpAt,
  followUpNote,
  isFollowUpDue,
  newOutcomeSection,
  removeOption,
  sectionsFromDraft,
  sectionsToText,
  templateById,
  TEMPLATES,
} from '../../src/content/templates';

const DAY = 86_400_000;

describe('template content', () => {
  it('has unique template ids and unique section ids within each template', () => {
    const ids = TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(['post-session-debrief', 'weekly-check-in', 'supervision-prep', 'compassion-satisfaction', 'ethical-dilemma']);
    for (const t of TEMPLATES) {
      const sectionIds = t.sections.map((s) => s.id);
      expect(new Set(sectionIds).size, t.id).toBe(sectionIds.length);
      // Ids that would collide with per-option or appended outcome sections are reserved.
      expect(sectionIds.filter((id) => /^option-\d+/.test(id) || /^outcome(-\d+)?$/.test(id)), t.id).toEqual([]);
    }
  });

  it('labels every section and gives each a helper text; every checklist item is explained', () => {
    for (const t of TEMPLATES) {
      expect(t.name.trim(), t.id).not.toBe('');
      expect(t.description.trim(), t.id).not.toBe('');
      expect(t.intro.trim(), t.id).not.toBe('');
      for (const s of t.sections) {
        expect(s.label.trim(), `${t.id}/${s.id}`).not.toBe('');
        expect(s.help.trim().length, `${t.id}/${s.id}`).toBeGreaterThan(15);
        for (const item of s.items ?? []) {
          expect(item.label.trim(), `${t.id}/${s.id}/${item.id}`).not.toBe('');
          expect(item.help.trim().length, `${t.id}/${s.id}/${item.id}`).toBeGreaterThan(15);
        }
      }
    }
  });

  it('has the debrief sections the issue names, in order', () => {
    const debrief = templateById('post-session-debrief');
    expect(debrief?.sections.map((s) => s.label)).toEqual([
      'What happened',
      'What I felt',
      'What my body did',
      'What I take home',
      'What I leave at work',
    ]);
  });

  it('walks through exactly the seven ACA steps, in order, each with at least one section', () => {
    expect(ETHICS.steps?.map((s) => s.n)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(ETHICS.steps?.map((s) => s.title)).toEqual([
      'Identify the problem',
      'Apply the code of ethics',
      'Determine the nature and dimensions of the dilemma',
      'Generate potential courses of action',
      'Consider the consequences and choose a course of action',
      'Evaluate the selected course of action',
      'Implement the course of action',
    ]);
    const stepsInOrder = ETHICS.sections.map((s) => s.step);
    expect(stepsInOrder).toEqual([...stepsInOrder].sort((a, b) => (a ?? 0) - (b ?? 0)));
    for (let n = 1; n <= 7; n++) expect(ETHICS.sections.some((s) => s.step === n), `step ${n}`).toBe(true);
    expect(ETHICS.sections.every((s) => s.step !== undefined)).toBe(true);
    expect(ETHICS.followUp).toBe(true);
  });

  it('checks Kitchener’s five principles in step 3, and Stadler’s three tests in step 6', () => {
    const principles = ETHICS.sections.find((s) => s.kind === 'checklist');
    expect(principles?.step).toBe(3);
    expect(principles?.items?.map((i) => i.id)).toEqual(['autonomy', 'justice', 'beneficence', 'nonmaleficence', 'fidelity']);
    expect(ETHICS.sections.filter((s) => s.step === 6).map((s) => s.label)).toEqual([
      'Justice test',
      'Publicity test',
      'Universality test',
    ]);
    expect(ETHICS.sections.find((s) => s.kind === 'options')?.step).toBe(4);
    expect(ETHICS.sections.filter((s) => s.step === 5).map((s) => s.kind)).toEqual(['consequences', 'choice']);
  });

  it('cites only sources that exist, and its own citations are complete and unique', () => {
    const known = new Set(ALL_SOURCES.map((c) => c.id));
    for (const t of TEMPLATES) {
      expect(t.sources.length, t.id).toBeGreaterThan(0);
      for (const id of t.sources) expect(known.has(id), `${t.id} cites ${id}`).toBe(true);
    }
    for (const id of ['forester-miller-davis-1996', 'forester-miller-davis-2016', 'kitchener-1984', 'stadler-1986']) {
      expect(known.has(id), id).toBe(true);
    }
    const ids = TEMPLATES_SOURCES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of TEMPLATES_SOURCES) {
      expect(c.authors.trim() && c.title.trim() && c.where.trim(), c.id).toBeTruthy();
      if (c.url !== undefined) expect(c.url, c.id).toMatch(/^https:\/\//);
    }
  });

  it('a work cited in several areas has one id and the same details everywhere', () => {
    for (const c of TEMPLATES_SOURCES) {
      const same = ALL_SOURCES.filter((o) => o.id === c.id || (c.url !== undefined && o.url === c.url));
      for (const o of same) expect(o, `${c.id} vs ${o.id}`).toEqual(c);
    }
  });

  it('the support page names no phone number and says Tend is not a crisis service', () => {
    const text = [SUPPORT_URGENT, SUPPORT_FOOTNOTE, ...SUPPORT_BLOCKS.flatMap((b) => [b.heading, ...b.paragraphs, ...(b.items ?? [])])].join('\n');
    expect(text).not.toMatch(/\d{3}/);
    expect(text).not.toMatch(/https?:|www\./);
    expect(SUPPORT_URGENT).toMatch(/local emergency number/);
    expect(text).toMatch(/therapist/);
    expect(text).toMatch(/supervisor/);
    expect(text).toMatch(/employee assistance/);
    expect(SUPPORT_FOOTNOTE).toMatch(/not a crisis service/);
  });
});

describe('template drafts and stored sections', () => {
  it('a blank ethics entry stores every section, with two empty options, and counts as empty', () => {
    const draft = emptyDraft(ETHICS);
    expect(draft.options.map((o) => o.key)).toEqual(['1', '2']);
    expect(draftHasContent(draft)).toBe(false);
    const sections = sectionsFromDraft(ETHICS, draft);
    expect(sections.map((s) => s.id)).toEqual([
      'problem', 'code', 'principles', 'dimensions', 'option-1', 'option-2',
      'option-1-consequences', 'option-2-consequences', 'choice',
      'test-justice', 'test-publicity', 'test-universality', 'implement', 'support',
    ]);
    expect(sections.find((s) => s.id === 'principles')?.checked).toEqual([]);
    expect(sections.find((s) => s.id === 'problem')?.checked).toBeUndefined();
    expect(sectionsToText(ETHICS, sections)).toBe('');
  });

  it('round-trips a filled walk-through through its stored sections', () => {
    const draft = emptyDraft(ETHICS);
    draft.values.problem = { text: 'A gift from a client.', checked: [] };
    draft.values.principles = { text: '', checked: ['autonomy', 'fidelity'] };
    draft.options = [
      { key: '1', text: 'Decline kindly', consequences: 'May feel rejected' },
      { key: '3', text: 'Accept and discuss', consequences: 'Boundary blur' },
    ];
    draft.values.choice = { text: 'Least harm.', checked: ['option-3'] };
    const sections = sectionsFromDraft(ETHICS, draft);
    expect(sections.find((s) => s.id === 'option-3')).toEqual({ id: 'option-3', label: 'Option 2', text: 'Accept and discuss' });
    expect(sections.find((s) => s.id === 'option-3-consequences')?.label).toBe('Option 2: consequences');
    const back = draftFromSections(ETHICS, sections);
    expect(back.options).toEqual(draft.options);
    expect(back.values.principles?.checked).toEqual(['autonomy', 'fidelity']);
    expect(back.values.choice).toEqual({ text: 'Least harm.', checked: ['option-3'] });
    expect(back.extra).toEqual([]);
    expect(sectionsFromDraft(ETHICS, back)).toEqual(sections);

    const text = sectionsToText(ETHICS, sections);
    expect(text).toContain('Principles at stake\nAutonomy, Fidelity');
    expect(text).toContain('The course I choose, and why\nOption 2\nLeast harm.');
    expect(text.startsWith('The situation and the problem\nA gift from a client.')).toBe(true);
  });

  it('removing an option drops its consequences and un-chooses it; new options take a fresh key', () => {
    const draft = emptyDraft(ETHICS);
    draft.values.choice = { text: '', checked: ['option-2'] };
    const after = removeOption(draft, '2');
    expect(after.options.map((o) => o.key)).toEqual(['1']);
    expect(after.values.choice?.checked).toEqual([]);
    expect(sectionsFromDraft(ETHICS, after).some((s) => s.id.startsWith('option-2'))).toBe(false);
  });

  it('keeps sections it does not know (outcomes, or a template that is gone) instead of dropping them', () => {
    const stored = [...sectionsFromDraft(ETHICS, emptyDraft(ETHICS)), { id: 'outcome', label: 'Outcome', text: 'It went well.' }];
    const draft = draftFromSections(ETHICS, stored);
    expect(draft.extra).toEqual([{ id: 'outcome', label: 'Outcome', text: 'It went well.' }]);
    expect(draftHasContent(draft)).toBe(true);
    expect(sectionsFromDraft(ETHICS, draft).at(-1)).toEqual({ id: 'outcome', label: 'Outcome', text: 'It went well.' });
    const orphan = draftFromSections(undefined, stored);
    expect(orphan.extra).toHaveLength(stored.length);
    expect(sectionsFromDraft(undefined, orphan)).toEqual(stored);
  });

  it('numbers appended outcome sections without reusing an id', () => {
    expect(newOutcomeSection([])).toEqual({ id: 'outcome', label: 'Outcome', text: '' });
    expect(newOutcomeSection([{ id: 'outcome', label: 'Outcome', text: 'x' }])).toEqual({ id: 'outcome-2', label: 'Outcome 2', text: '' });
  });

  it('builds the default title from the template name and a date', () => {
    expect(defaultTitle(ETHICS, 'Tue, 25 Nov 2025')).toBe('Ethical dilemma walk-through · Tue, 25 Nov 2025');
  });
});

describe('follow-up due logic', () => {
  const template = { kind: 'template' };
  const now = new Date(2025, 10, 25, 15, 30).getTime();

  it('offers the choices the brief names', () => {
    expect(FOLLOW_UP_DAYS).toEqual([3, 7, 14, 30]);
  });

  it('falls due at the start of the local day N days later', () => {
    const at = followUpAt(now, 7);
    expect(new Date(at)).toEqual(new Date(2025, 11, 2, 0, 0, 0, 0));
    expect(at - now).toBeGreaterThan(6 * DAY);
    expect(at - now).toBeLessThan(7 * DAY);
  });

  it('is due only for template entries whose date has come', () => {
    const at = followUpAt(now, 3);
    expect(isFollowUpDue({ followUpAt: at, source: template }, at - 1)).toBe(false);
    expect(isFollowUpDue({ followUpAt: at, source: template }, at)).toBe(true);
    expect(isFollowUpDue({ followUpAt: at, source: template }, at + 10 * DAY)).toBe(true);
    expect(isFollowUpDue({ source: template }, at + DAY)).toBe(false);
    expect(isFollowUpDue({ followUpAt: at, source: { kind: 'prompt' } }, at + DAY)).toBe(false);
    expect(isFollowUpDue({ followUpAt: at }, at + DAY)).toBe(false);
  });

  it('lists the due ones, longest-waiting first, and words the hub note', () => {
    const items = [
      { id: 'a', followUpAt: now - DAY, source: template },
      { id: 'b', followUpAt: now + DAY, source: template },
      { id: 'c', followUpAt: now - 5 * DAY, source: template },
      { id: 'd', source: template },
    ];
    expect(dueFollowUps(items, now).map((i) => i.id)).toEqual(['c', 'a']);
    expect(followUpNote(0)).toBeUndefined();
    expect(followUpNote(1)).toBe('1 follow-up is due');
    expect(followUpNote(2)).toBe('2 follow-ups are due');
  });
});

import { describe, expect, it } from 'vitest';
import { PROMPTS, promptById, promptsByTheme } from '../../src/content/prompts';
import { ALL_SOURCES } from '../../src/content/sources';
import { REFLECTION_SOURCES } from '../../src/content/sources/reflection';
import { THEME_ID_PREFIX, THEME_SOURCES, THEMES, themeById } from '../../src/content/themes';
import type { ThemeId } from '../../src/content/types';

/** The eight theme ids the issue names; written out so a theme dropped from THEMES fails here. */
const EXPECTED_THEMES: ThemeId[] = [
  'self-awareness',
  'compassion-fatigue',
  'vicarious-trauma',
  'boundaries',
  'stress-burnout',
  'coping-self-care',
  'ethics',
  'professional-growth',
];

/** Case-, whitespace- and apostrophe-insensitive form of a text, for duplicate checks. */
const normalise = (text: string): string =>
  text.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

/** The content words of a text (longer than three letters), for the near-duplicate check. */
const contentWords = (text: string): Set<string> =>
  new Set(
    normalise(text)
      .replace(/'/g, '')
      .split(/[^a-z]+/)
      .filter((w) => w.length > 3),
  );

/** Share of content words two texts have in common (Jaccard index, 0 to 1). */
function overlap(wa: Set<string>, wb: Set<string>): number {
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / (wa.size + wb.size - shared);
}

/** Every piece of text a user reads: each prompt and each of its follow-up questions. */
const allTexts = (): { id: string; text: string }[] =>
  PROMPTS.flatMap((p) => [{ id: p.id, text: p.text }, ...(p.followUps ?? []).map((text) => ({ id: p.id, text }))]);

describe('themes', () => {
  it('are exactly the eight themes, each with a name and a one-sentence description', () => {
    expect(THEMES.map((t) => t.id)).toEqual(EXPECTED_THEMES);
    for (const theme of THEMES) {
      expect(theme.name.trim()).not.toBe('');
      expect(theme.description).toMatch(/^[A-Z][^.?!]*\.$/);
      expect(themeById(theme.id)).toBe(theme);
    }
    expect(themeById('no-such-theme')).toBeUndefined();
  });

  it('have distinct id prefixes and sources that exist in the reflection citations', () => {
    const prefixes = EXPECTED_THEMES.map((t) => THEME_ID_PREFIX[t]);
    expect(new Set(prefixes).size).toBe(EXPECTED_THEMES.length);
    const sourceIds = new Set(REFLECTION_SOURCES.map((c) => c.id));
    for (const theme of EXPECTED_THEMES) {
      expect(THEME_SOURCES[theme].length, theme).toBeGreaterThanOrEqual(2);
      for (const id of THEME_SOURCES[theme]) expect(sourceIds.has(id), `${theme} cites ${id}`).toBe(true);
    }
  });
});

describe('reflection sources', () => {
  it('have unique ids, complete fields, and each supports at least one theme', () => {
    const ids = REFLECTION_SOURCES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const cited = new Set(Object.values(THEME_SOURCES).flat());
    for (const c of REFLECTION_SOURCES) {
      expect(c.authors.trim(), c.id).not.toBe('');
      expect(c.title.trim(), c.id).not.toBe('');
      expect(c.where.trim(), c.id).not.toBe('');
      expect(String(c.year), c.id).toMatch(/^(19|20)\d\d$/);
      if (c.url !== undefined) expect(c.url, c.id).toMatch(/^https:\/\/doi\.org\/10\.\d{4,}\/\S+$/);
      expect(cited.has(c.id), `${c.id} is not used by any theme`).toBe(true);
    }
  });

  it('share an id or a DOI with another area’s citation only when it is the same work', () => {
    const work = (c: { authors: string; year: number | string; title: string }) =>
      [c.authors, String(c.year), c.title.toLowerCase().replace(/[‐-―]/g, '-')].join(' | ');
    for (const c of REFLECTION_SOURCES) {
      const same = ALL_SOURCES.filter((o) => o !== c && (o.id === c.id || (c.url !== undefined && o.url === c.url)));
      for (const o of same) {
        expect(o.id, `${c.id} and ${o.id} have the same DOI`).toBe(c.id);
        expect(work(o), `${c.id} names a different work elsewhere`).toBe(work(c));
      }
    }
  });
});

describe('prompt library', () => {
  it('has at least 150 prompts and at least 15 in every theme', () => {
    expect(PROMPTS.length).toBeGreaterThanOrEqual(150);
    for (const theme of EXPECTED_THEMES) {
      expect(promptsByTheme(theme).length, theme).toBeGreaterThanOrEqual(15);
    }
  });

  it('gives every prompt a known theme and an id of the form <theme prefix>-<nn>', () => {
    for (const p of PROMPTS) {
      expect(EXPECTED_THEMES, p.id).toContain(p.theme);
      expect(p.id).toMatch(new RegExp(`^${THEME_ID_PREFIX[p.theme]}-\\d{2}$`));
    }
  });

  it('has unique ids', () => {
    const ids = PROMPTS.map((p) => p.id);
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dupes).toEqual([]);
  });

  it('keeps every id stable (removing or renaming one changes this snapshot)', () => {
    // Stored entries and the daily-prompt history refer to these ids. Adding prompts means
    // updating the snapshot (vitest -u) after checking that the diff only adds lines.
    expect(PROMPTS.map((p) => p.id).sort()).toMatchSnapshot();
  });

  it('has no two prompt texts the same, ignoring case and whitespace', () => {
    const seen = new Map<string, string>();
    for (const p of PROMPTS) {
      const key = normalise(p.text);
      expect(seen.get(key), `${p.id} repeats ${seen.get(key)}`).toBeUndefined();
      seen.set(key, p.id);
    }
  });

  it('has no near-duplicate prompts (most of their content words shared)', () => {
    const words = PROMPTS.map((p) => contentWords(p.text));
    const close: string[] = [];
    for (let i = 0; i < PROMPTS.length; i++) {
      for (let j = i + 1; j < PROMPTS.length; j++) {
        if (overlap(words[i]!, words[j]!) >= 0.6) close.push(`${PROMPTS[i]!.id} ~ ${PROMPTS[j]!.id}`);
      }
    }
    expect(close).toEqual([]);
  });

  it('has no empty text and every text and follow-up ends with punctuation', () => {
    for (const { id, text } of allTexts()) {
      expect(text.trim(), id).not.toBe('');
      expect(text, id).toBe(text.trim());
      expect(text, id).toMatch(/[.?!…]$/);
    }
  });

  it('gives about half the prompts one to three follow-up questions, none repeated within a prompt', () => {
    const withFollowUps = PROMPTS.filter((p) => p.followUps !== undefined);
    expect(withFollowUps.length / PROMPTS.length).toBeGreaterThanOrEqual(0.4);
    for (const p of withFollowUps) {
      expect(p.followUps!.length, p.id).toBeGreaterThanOrEqual(1);
      expect(p.followUps!.length, p.id).toBeLessThanOrEqual(3);
      expect(new Set(p.followUps!.map(normalise)).size, p.id).toBe(p.followUps!.length);
    }
  });

  it('uses typographic quotes and apostrophes, and none of the stock self-care slogans', () => {
    const slogans = [/self-care is(n’t| not) selfish/i, /empty cup/i, /oxygen mask/i, /you('|’)ve got this/i];
    for (const { id, text } of allTexts()) {
      expect(text, id).not.toMatch(/['"]/);
      for (const slogan of slogans) expect(text, id).not.toMatch(slogan);
    }
  });
});

describe('look-ups', () => {
  it('promptById finds every prompt and nothing else', () => {
    for (const p of PROMPTS) expect(promptById(p.id)).toBe(p);
    expect(promptById('cf-99')).toBeUndefined();
    expect(promptById('')).toBeUndefined();
  });

  it('promptsByTheme returns exactly that theme’s prompts, in id order', () => {
    let total = 0;
    for (const theme of EXPECTED_THEMES) {
      const list = promptsByTheme(theme);
      total += list.length;
      expect(list.every((p) => p.theme === theme)).toBe(true);
      expect(list.map((p) => p.id)).toEqual(list.map((p) => p.id).sort());
    }
    expect(total).toBe(PROMPTS.length);
  });
});

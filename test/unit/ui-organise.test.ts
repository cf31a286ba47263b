import { describe, expect, it } from 'vitest';
import { addTags, hasTag, MAX_TAG_CHARS, MAX_TAGS, rankedTags, suggestTags, tagCounts, tidyTag } from '../../src/ui/components/tag-list';
import { activeFilterCount, filterEntries, firstPage, groupPinned, isFiltered, NO_FILTERS, parseAnswers } from '../../src/ui/screens/journal-list';
import { NO_SEARCH, searchFilters } from '../../src/ui/screens/SearchResults';
import * as vault from '../../src/vault/entry-schema';
import type { EntrySummary } from '../../src/vault/types';

/** A summary with just what the list helpers read. */
function s(id: string, extra: Partial<EntrySummary> = {}): EntrySummary {
  return { id, heading: id, preview: '', created: 0, updated: 0, ...extra };
}

describe('tag tidying in the UI', () => {
  it('agrees with the vault: same limits, and each tag tidied the way normalizeTags keeps it', () => {
    expect([MAX_TAGS, MAX_TAG_CHARS]).toEqual([vault.MAX_TAGS, vault.MAX_TAG_CHARS]);
    for (const raw of ['  self   care ', '#Supervision', '## grief', 'x'.repeat(60), 'é  ', '#', 'a '.repeat(30)]) {
      const tidy = tidyTag(raw);
      expect(vault.normalizeTags([raw])).toEqual(tidy === '' ? [] : [tidy]);
    }
  });

  it('adds typed text: commas split it, repeats (any case) and empty pieces are skipped, order kept', () => {
    expect(addTags(['grief'], ' #Growth, GRIEF,, self  care ,')).toEqual(['grief', 'Growth', 'self care']);
    expect(addTags([], '   ')).toEqual([]);
    expect(hasTag(['Grief'], 'grief')).toBe(true);
  });

  it('never adds past MAX_TAGS', () => {
    const full = Array.from({ length: MAX_TAGS }, (_, i) => `t${i}`);
    expect(addTags(full, 'one more')).toEqual(full);
    expect(addTags(full.slice(1), 'a, b, c')).toHaveLength(MAX_TAGS);
  });
});

describe('tag suggestions', () => {
  const entries = [s('1', { tags: ['grief', 'supervision'] }), s('2', { tags: ['Grief', 'growth'] }), s('3', { tags: ['grief', 'café'] })];

  it('counts tags across entries ignoring case, most used first, ties A to Z, first spelling shown', () => {
    expect(tagCounts(entries)).toEqual([
      { tag: 'grief', count: 3 },
      { tag: 'café', count: 1 },
      { tag: 'growth', count: 1 },
      { tag: 'supervision', count: 1 },
    ]);
    expect(rankedTags([s('x')])).toEqual([]);
  });

  it('suggests tags starting with the text before those containing it, ignoring case and accents', () => {
    const ranked = rankedTags(entries);
    expect(suggestTags(ranked, 'G', [])).toEqual(['grief', 'growth']);
    expect(suggestTags(ranked, 'r', [])).toEqual(['grief', 'growth', 'supervision']);
    expect(suggestTags(ranked, 'CAFE', [])).toEqual(['café']);
    expect(suggestTags(ranked, '#gr', [])).toEqual(['grief', 'growth']);
  });

  it('leaves out tags the entry has, offers the most used with nothing typed, and stops at the limit', () => {
    const ranked = rankedTags(entries);
    expect(suggestTags(ranked, 'gr', ['GRIEF'])).toEqual(['growth']);
    expect(suggestTags(ranked, '', [])).toEqual(ranked);
    const many = Array.from({ length: 30 }, (_, i) => `tag${String(i).padStart(2, '0')}`);
    expect(suggestTags(many, 'tag', [], 5)).toEqual(many.slice(0, 5));
    expect(suggestTags(ranked, 'zzz', [])).toEqual([]);
  });
});

describe('journal list grouping and filters', () => {
  const list = [
    s('a', { pinned: true, tags: ['Grief'], source: { kind: 'template', id: 'weekly-check-in', label: 'Weekly check-in', theme: 'stress-burnout' } }),
    s('b', { tags: ['growth'] }),
    s('c', { pinned: true, source: { kind: 'prompt', id: 'p1', label: 'A prompt', theme: 'boundaries' } }),
    s('d', { tags: ['grief'], source: { kind: 'template', id: 'post-session-debrief', label: 'Post-session debrief' } }),
  ];
  const ids = (xs: EntrySummary[]) => xs.map((x) => x.id);

  it('puts pinned entries first in their own group, each group in the list order', () => {
    const g = groupPinned(list);
    expect([ids(g.pinned), ids(g.rest)]).toEqual([['a', 'c'], ['b', 'd']]);
    expect(groupPinned([])).toEqual({ pinned: [], rest: [] });
  });

  it('pages pinned-then-rest without dropping the pinned group', () => {
    const g = groupPinned(list);
    expect(firstPage(g, 3)).toEqual({ pinned: g.pinned, rest: [g.rest[0]] });
    expect(firstPage(g, 1)).toEqual({ pinned: [g.pinned[0]], rest: [] });
  });

  it('filters by tag (ignoring case), theme, kind, one template, and pinned only', () => {
    expect(isFiltered(NO_FILTERS)).toBe(false);
    expect(ids(filterEntries(list, NO_FILTERS))).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(filterEntries(list, { ...NO_FILTERS, tag: 'GRIEF' }))).toEqual(['a', 'd']);
    expect(ids(filterEntries(list, { ...NO_FILTERS, theme: 'boundaries' }))).toEqual(['c']);
    expect(ids(filterEntries(list, { ...NO_FILTERS, answers: 'template' }))).toEqual(['a', 'd']);
    expect(ids(filterEntries(list, { ...NO_FILTERS, answers: 'template:post-session-debrief' }))).toEqual(['d']);
    expect(ids(filterEntries(list, { ...NO_FILTERS, pinnedOnly: true }))).toEqual(['a', 'c']);
    expect(ids(filterEntries(list, { ...NO_FILTERS, tag: 'grief', pinnedOnly: true }))).toEqual(['a']);
  });

  it('counts the filters set (each date on its own) for the closed "Filters (n)" button', () => {
    const noDates = { from: '', to: '' };
    expect(activeFilterCount(NO_FILTERS, noDates)).toBe(0);
    expect(activeFilterCount({ ...NO_FILTERS, tag: 'grief' }, noDates)).toBe(1);
    expect(activeFilterCount({ theme: 'boundaries', tag: 'grief', answers: 'tool', pinnedOnly: true }, noDates)).toBe(4);
    expect(activeFilterCount(NO_FILTERS, { from: '2025-01-01', to: '' })).toBe(1);
    expect(activeFilterCount({ ...NO_FILTERS, pinnedOnly: true }, { from: '2025-01-01', to: '2025-02-01' })).toBe(3);
  });

  it('reads the kind menu values and maps every filter to the session search filters', () => {
    expect(parseAnswers('')).toBeUndefined();
    expect(parseAnswers('tool')).toEqual({ kind: 'tool' });
    expect(parseAnswers('template:weekly-check-in')).toEqual({ kind: 'template', id: 'weekly-check-in' });
    expect(searchFilters(NO_SEARCH, '')).toEqual({});
    const state = { ...NO_SEARCH, tag: 'grief', answers: 'template:weekly-check-in', pinnedOnly: true };
    expect(searchFilters(state, 'boundaries')).toEqual({
      theme: 'boundaries',
      tag: 'grief',
      source: { kind: 'template', id: 'weekly-check-in' },
      pinned: true,
    });
  });
});

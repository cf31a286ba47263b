import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuery, SearchIndex, tokenize } from '../../src/vault/search-index';
import type { Entry, EntrySource } from '../../src/vault/types';
import { EntryIndex } from '../../src/vault/entry-index';
import { freshGate, PASSPHRASE } from '../support/vault-fixture';

let n = 0;
const entry = (title: string, body: string, extra: Partial<Entry> = {}): Entry => {
  n++;
  return { id: `id-${n}`, title, body, created: 1000 + n, updated: 1000 + n, ...extra };
};
const ids = (index: SearchIndex, q: string, filters = {}) => index.search(q, filters).hits.map((h) => h.id);
const marked = (text: string, highlights: [number, number][]) => highlights.map(([s, e]) => text.slice(s, e));

describe('tokenize', () => {
  it('folds accents, case and compatibility forms, keeping offsets into the original text', () => {
    const text = 'Café—NAÏVE ﬁne, übung 42';
    expect(tokenize(text).map((t) => t.term)).toEqual(['cafe', 'naive', 'fine', 'ubung', '42']);
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end).length).toBe(t.end - t.start);
    expect(tokenize(text).map((t) => text.slice(t.start, t.end))).toEqual(['Café', 'NAÏVE', 'ﬁne', 'übung', '42']);
  });

  it('keeps decomposed accents inside the word', () => {
    const text = 'cafe\u0301 time';
    expect(tokenize(text)).toEqual([
      { term: 'cafe', start: 0, end: 5 },
      { term: 'time', start: 6, end: 10 },
    ]);
  });

  it('treats the last word as a prefix only while it is being typed', () => {
    expect(parseQuery('tired bound')).toEqual({ exact: ['tired'], prefix: 'bound' });
    expect(parseQuery('tired bound ')).toEqual({ exact: ['tired', 'bound'], prefix: null });
    expect(parseQuery('  ')).toEqual({ exact: [], prefix: null });
  });
});

describe('SearchIndex', () => {
  it('finds accented words from plain queries and the other way round', () => {
    const index = new SearchIndex();
    const a = entry('Le café', 'Une journée naïve');
    index.put(a);
    expect(ids(index, 'cafe')).toEqual([a.id]);
    expect(ids(index, 'NAÏVE')).toEqual([a.id]);
    expect(ids(index, 'journee ')).toEqual([a.id]);
  });

  it('matches the last word as a prefix and requires every word (AND)', () => {
    const index = new SearchIndex();
    const a = entry('Boundaries', 'I said no to the extra session');
    const b = entry('Tired', 'boundless energy, not today');
    const c = entry('Supervision', 'talked about the session');
    index.putMany([a, b, c]);
    expect(new Set(ids(index, 'bound'))).toEqual(new Set([a.id, b.id]));
    expect(ids(index, 'bound ')).toEqual([]); // "bound" as a whole word is nowhere
    expect(ids(index, 'session bou')).toEqual([a.id]);
    expect(ids(index, 'session nothing')).toEqual([]);
  });

  it('ranks title hits above body hits, more hits and rarer words higher, newer first on ties', () => {
    const index = new SearchIndex();
    const body = entry('Monday', 'grief came up today');
    const title = entry('Grief', 'a long day');
    const twice = entry('Tuesday', 'grief and more grief');
    const older = entry('Same', 'calm words', { created: 10, updated: 10 });
    const newer = entry('Same', 'calm words', { created: 20, updated: 20 });
    index.putMany([body, title, twice, older, newer]);
    expect(ids(index, 'grief ')).toEqual([title.id, twice.id, body.id]);
    expect(ids(index, 'calm ')).toEqual([newer.id, older.id]);

    const rare = new SearchIndex();
    const common = [1, 2, 3, 4].map((i) => entry(`Day ${i}`, 'tired again'));
    const both = entry('Day 5', 'tired and anxious');
    const onlyRare = entry('Day 6', 'anxious now');
    rare.putMany([...common, both, onlyRare]);
    const scores = new Map(rare.search('tired anxious').hits.map((h) => [h.id, h.score]));
    expect([...scores.keys()]).toEqual([both.id]);
    const single = rare.search('anxious ').hits;
    expect(single.map((h) => h.id)).toContain(onlyRare.id);
    expect(rare.search('anxious ').hits[0]!.score).toBeGreaterThan(rare.search('tired ').hits[0]!.score);
  });

  it('weighs a typed prefix as one word: a title hit stays first, whichever completion is rarer', () => {
    const index = new SearchIndex();
    const titled = entry('Rupture and repair', 'The alliance held after a rough session.');
    const body = entry('Quiet Monday', 'Supervision about pacing; the repair took time.');
    const rarer = entry('', 'A repaired plan for the week, and a walk.', { source: { kind: 'prompt', id: 'p', label: 'Plans' } as EntrySource });
    index.putMany([titled, body, rarer]);
    // "repaired" is in one entry and "repair" in two: per-completion rarity put `rarer` first.
    for (const typed of ['repa', 'repai']) expect(ids(index, typed)[0], typed).toBe(titled.id);
    expect(new Set(ids(index, 'repai'))).toEqual(new Set([titled.id, body.id, rarer.id]));
  });

  it('returns exact highlight offsets in title and body snippets', () => {
    const index = new SearchIndex();
    const long = `${'word '.repeat(40)}the Café was quiet and the cafe was warm ${'tail '.repeat(40)}`;
    const a = entry('Café notes', long);
    index.put(a);
    const [hit] = index.search('cafe').hits;
    const [title, body] = hit!.snippets;
    expect(title).toEqual({ field: 'title', text: 'Café notes', highlights: [[0, 4]] });
    expect(body!.field).toBe('body');
    expect(body!.text.startsWith('…')).toBe(true);
    expect(body!.text.endsWith('…')).toBe(true);
    expect(marked(body!.text, body!.highlights)).toEqual(['Café', 'cafe']);
  });

  it('searches sections and the prompt label too', () => {
    const index = new SearchIndex();
    const source: EntrySource = { kind: 'template', id: 'weekly', label: 'What drained you this week?', theme: 'burnout' };
    const a = entry('', '', { source, sections: [{ id: 's1', label: 'Energy', text: 'Waitlist pressure' }] });
    index.put(a);
    const hit = index.search('waitlist').hits[0]!;
    expect(hit.snippets[0]).toEqual({ field: 'section', text: 'Waitlist pressure', highlights: [[0, 8]] });
    expect(index.search('drained').hits[0]!.snippets[0]!.field).toBe('prompt');
  });

  it('updates on put, replace and remove, and clear drops everything', () => {
    const index = new SearchIndex();
    const a = entry('Hope', 'first draft');
    index.put(a);
    expect(ids(index, 'draft')).toEqual([a.id]);
    index.put({ ...a, body: 'second version' });
    expect(ids(index, 'draft')).toEqual([]);
    expect(ids(index, 'vers')).toEqual([a.id]);
    index.put(entry('Verse', 'poem'));
    expect(ids(index, 'vers')).toHaveLength(2); // a new term after the sorted list was built
    index.remove(a.id);
    expect(ids(index, 'second')).toEqual([]);
    index.clear();
    expect(index.size).toBe(0);
    expect(ids(index, 'verse')).toEqual([]);
  });

  it('filters by theme, source and date range; an empty query lists filtered entries newest first', () => {
    const index = new SearchIndex();
    const t = (id: string, theme?: string): EntrySource => ({ kind: 'template', id, label: 'x', theme });
    const a = entry('Walk', 'rain', { source: t('weekly', 'burnout'), created: 100 });
    const b = entry('Walk', 'rain', { source: { kind: 'tool', id: 'breath', label: 'y' }, created: 200 });
    const c = entry('Walk', 'rain', { created: 300 });
    index.putMany([a, b, c]);
    expect(ids(index, 'rain', { theme: 'burnout' })).toEqual([a.id]);
    expect(ids(index, 'rain', { source: { kind: 'tool' } })).toEqual([b.id]);
    expect(ids(index, 'rain', { source: { kind: 'template', id: 'other' } })).toEqual([]);
    expect(ids(index, 'rain', { from: 150, to: 300 })).toEqual([c.id, b.id]);
    expect(ids(index, '', { to: 200 })).toEqual([b.id, a.id]);
    expect(index.search('', { to: 200 }).hits[0]!.snippets).toEqual([]);
  });

  it('property: every hit holds every query word (the last as a prefix)', () => {
    const word = fc.constantFrom('café', 'cafe', 'grief', 'Grüße', 'bound', 'boundary', 'tired', 'é', 'ÉTÉ', 'x1');
    const text = fc.array(word, { maxLength: 8 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { maxLength: 12 }), fc.array(word, { minLength: 1, maxLength: 3 }), (docs, query) => {
        const index = new SearchIndex();
        const entries = docs.map(([title, body]) => entry(title, body));
        index.putMany(entries);
        const q = query.join(' ');
        const { exact, prefix } = parseQuery(q);
        for (const hit of index.search(q, {}, 1000).hits) {
          const e = entries.find((x) => x.id === hit.id)!;
          const terms = tokenize(`${e.title} ${e.body}`).map((t) => t.term);
          for (const w of exact) expect(terms).toContain(w);
          if (prefix !== null) expect(terms.some((t) => t.startsWith(prefix))).toBe(true);
        }
        // and nothing is missed
        const expected = entries.filter((e) => {
          const terms = tokenize(`${e.title} ${e.body}`).map((t) => t.term);
          return exact.every((w) => terms.includes(w)) && (prefix === null || terms.some((t) => t.startsWith(prefix)));
        });
        expect(index.search(q, {}, 1000).total).toBe(expected.length);
      }),
    );
  });
});

describe('EntryIndex and its search index', () => {
  it('keeps the search index in step with put, putMany and remove, and drops it on clear (lock)', () => {
    const index = new EntryIndex();
    index.put(entry('Kept', 'alpha'));
    expect(index.searchIndex().search('alpha').total).toBe(1);
    const b = entry('More', 'alpha beta');
    index.putMany([b, entry('Other', 'gamma')]);
    expect(index.searchIndex().search('alpha').total).toBe(2);
    index.remove(b.id);
    expect(index.searchIndex().search('beta').total).toBe(0);
    index.clear();
    expect(index.searchIndex().size).toBe(0);
    index.put(entry('After lock', 'alpha')); // a save finishing after lock must not refill memory
    expect(index.searchIndex().search('alpha').total).toBe(0);
  });
});

describe('VaultSession.search', () => {
  it('follows saves, deletes and imports, and is gone after lock', async () => {
    const { gate } = await freshGate();
    const { session } = await gate.create(PASSPHRASE);
    const a = await session.saveEntry({ title: 'Rupture', body: 'and repair' });
    expect(session.search('repa').hits.map((h) => h.id)).toEqual([a.id]);
    const b = await session.saveEntry({ title: 'Second', body: 'repair again' });
    expect(session.search('repair').total).toBe(2);
    await session.saveEntry({ id: b.id, title: 'Second', body: 'changed' });
    expect(session.search('repair').hits.map((h) => h.id)).toEqual([a.id]);
    await session.deleteEntry(a.id);
    expect(session.search('repair').total).toBe(0);
    await session.mergeImport({ entries: [{ id: '00000000-0000-4000-8000-000000000001', title: 'Imported', body: 'repair', created: 1, updated: 1 }], docs: [] });
    expect(session.search('repair').total).toBe(1);
    session.lock();
    expect(() => session.search('repair')).toThrow();
  });

  it('indexes every entry after an unlock (background build), and search right away still sees them all', async () => {
    const { gate } = await freshGate();
    const { session } = await gate.create(PASSPHRASE);
    for (let i = 0; i < 30; i++) await session.saveEntry({ title: `Day ${i}`, body: i % 2 ? 'supervision notes' : 'quiet walk' });
    session.lock();
    const again = await gate.unlockWithPassphrase(PASSPHRASE);
    for (let i = 0; i < 200 && !again.isFullyLoaded(); i++) await new Promise((r) => setTimeout(r, 10));
    expect(again.search('supervis').total).toBe(15); // completes the build synchronously if behind
    await again.saveEntry({ title: 'Later', body: 'supervision' });
    expect(again.search('supervision').total).toBe(16);
    await new Promise((r) => setTimeout(r, 50)); // the background build, if any, must not resurrect or duplicate
    expect(again.search('supervision').total).toBe(16);
    again.lock();
  });
});

describe('the full load fills the search index as it decrypts', () => {
  it('is searchable as soon as it is loaded, never indexes a copy older than a save, and skips damaged records', async () => {
    const { gate, store } = await freshGate();
    const { session } = await gate.create(PASSPHRASE);
    const saved = [];
    for (let i = 0; i < 60; i++) saved.push(await session.saveEntry({ title: `Day ${i}`, body: i % 3 ? 'harbour walk' : 'supervision notes' }));
    session.lock();
    // One record damaged on disk: it is counted, kept, and not searchable.
    const victim = (await store.readRecord(saved[5]!.id))!;
    const c = victim.c.slice();
    c[3]! ^= 1;
    await store.writeRecords([{ ...victim, c }]);
    const opened = await gate.unlockWithPassphrase(PASSPHRASE);
    // Saved while the load runs: the load must not index (or list) the stale copy.
    await opened.saveEntry({ id: saved[1]!.id, title: 'Day 1', body: 'changed meanwhile' });
    for (let i = 0; i < 400 && !opened.isFullyLoaded(); i++) await new Promise((r) => setTimeout(r, 5));
    expect(opened.isFullyLoaded()).toBe(true);
    expect(opened.damagedCount()).toBe(1);
    expect(opened.search('harbour').total).toBe(38); // 40 had it: Day 1 was edited away, Day 5 is damaged
    expect(opened.search('meanwhile').hits.map((h) => h.id)).toEqual([saved[1]!.id]);
    expect(opened.search('supervision').total).toBe(20);
    expect(opened.listEntries()).toHaveLength(59);
    opened.lock();
  });
});

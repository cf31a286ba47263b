import { describe, expect, it } from 'vitest';
import { parseBackupEntry } from '../../src/backup/record-schema';
import { MAX_TAG_CHARS, MAX_TAGS, normalizeTags, parseEntry, parseSummaries, summarize } from '../../src/vault/entry-schema';
import { freshGate, PASSPHRASE } from '../support/vault-fixture';

describe('normalizeTags', () => {
  it('trims, drops "#", collapses spaces, removes repeats ignoring case and sorts', () => {
    expect(normalizeTags(['  self care ', '#Supervision', 'supervision', '', '   ', 'self  care', 'Boundaries'])).toEqual([
      'Boundaries',
      'self care',
      'Supervision',
    ]);
  });

  it('cuts long tags and keeps at most MAX_TAGS', () => {
    const many = Array.from({ length: MAX_TAGS + 5 }, (_, i) => `tag ${String(i).padStart(2, '0')}`);
    expect(normalizeTags(many)).toHaveLength(MAX_TAGS);
    expect(normalizeTags(['x'.repeat(100)])[0]).toHaveLength(MAX_TAG_CHARS);
  });
});

describe('tags and pins in records', () => {
  const base = { title: 't', body: 'b', created: 1, updated: 2 };

  it('a stored entry keeps its tags and pin; untidy tags are corrupt, not guessed at', () => {
    expect(parseEntry('a', { ...base, tags: ['grief', 'sleep'], pinned: true })).toMatchObject({ tags: ['grief', 'sleep'], pinned: true });
    expect(() => parseEntry('a', { ...base, tags: [' grief'] })).toThrowError(expect.objectContaining({ code: 'corrupt-record' }));
    expect(() => parseEntry('a', { ...base, tags: 'grief' })).toThrowError(expect.objectContaining({ code: 'corrupt-record' }));
    expect(() => parseEntry('a', { ...base, pinned: 'yes' })).toThrowError(expect.objectContaining({ code: 'corrupt-record' }));
  });

  it('summaries carry tags and the pin, and survive the summary record', () => {
    const s = summarize({ id: 'a', ...base, tags: ['grief'], pinned: true });
    expect(s).toMatchObject({ tags: ['grief'], pinned: true });
    expect(parseSummaries(JSON.parse(JSON.stringify({ entries: [s] })))).toEqual([s]);
    expect(parseSummaries({ entries: [{ ...s, tags: [1] }] })).toBeNull();
  });

  it('a backup entry may hold tags and a pin; wrong types are refused', () => {
    expect(parseBackupEntry({ id: 'a', ...base, tags: ['x'], pinned: false })).toEqual({ id: 'a', ...base, tags: ['x'] });
    expect(() => parseBackupEntry({ id: 'a', ...base, tags: [3] })).toThrowError(expect.objectContaining({ code: 'malformed-record' }));
    expect(() => parseBackupEntry({ id: 'a', ...base, pinned: 1 })).toThrowError(expect.objectContaining({ code: 'malformed-record' }));
  });
});

describe('the vault tidies tags', () => {
  it('on save, on edit and on import; pinned false is dropped', async () => {
    const { gate } = await freshGate();
    const { session } = await gate.create(PASSPHRASE);
    const saved = await session.saveEntry({ title: 'a', body: 'b', tags: [' Grief ', 'grief', '#sleep'], pinned: true });
    expect(saved.tags).toEqual(['Grief', 'sleep']);
    expect(saved.pinned).toBe(true);
    // A draft that leaves tags out keeps them; pinned false unpins.
    const edited = await session.saveEntry({ id: saved.id, title: 'a2', body: 'b', pinned: false });
    expect(edited.tags).toEqual(['Grief', 'sleep']);
    expect(edited).not.toHaveProperty('pinned');
    const summary = await session.mergeImport({
      entries: [{ id: 'imported-1', title: 'i', body: 'j', created: 5, updated: 6, tags: ['  work ', 'WORK'] }],
      docs: [],
    });
    expect(summary.added).toBe(1);
    expect((await session.getEntry('imported-1')).tags).toEqual(['work']);
  });
});

describe('search by tag', () => {
  it('finds tag words, and filters by one tag (ignoring case) or by pin', async () => {
    const { gate } = await freshGate();
    const { session } = await gate.create(PASSPHRASE);
    const a = await session.saveEntry({ title: 'first', body: 'x', tags: ['Moral injury'], pinned: true });
    const b = await session.saveEntry({ title: 'second', body: 'y', tags: ['sleep'] });
    expect(session.search('injury').hits.map((h) => h.id)).toEqual([a.id]);
    expect(session.search('injury').hits[0]!.snippets.some((s) => s.field === 'tags')).toBe(true);
    expect(session.search('', { tag: 'SLEEP' }).hits.map((h) => h.id)).toEqual([b.id]);
    expect(session.search('', { pinned: true }).hits.map((h) => h.id)).toEqual([a.id]);
  });
});

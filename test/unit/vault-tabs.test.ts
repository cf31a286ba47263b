import { describe, expect, it } from 'vitest';
import type { VaultStore } from '../../src/storage/vault-store';
import type { Entry, VaultSession } from '../../src/vault/types';
import { reopen, twoTabs, until } from '../support/tabs-fixture';

/** Every entry's title and body as stored, read through a fresh unlock. */
async function storedTexts(session: VaultSession): Promise<string[]> {
  const out: string[] = [];
  for (const s of session.listEntries()) {
    const e = await session.getEntry(s.id);
    out.push(`${e.title}|${e.body}`);
  }
  return out.sort();
}

describe('two tabs editing one entry', () => {
  it('a save over a stale base becomes a conflict copy: the other tab’s text and this one both survive', async () => {
    const { a, b } = await twoTabs();
    const original = await a.session.saveEntry({ title: 'Supervision', body: 'first words' });
    const inB = await b.session.getEntry(original.id);
    const base = inB.updated;

    const fromA = await a.session.saveEntryChecked({ id: original.id, title: 'Supervision', body: 'A typed this', baseUpdated: base });
    expect(fromA).toMatchObject({ conflict: null, entry: { id: original.id, body: 'A typed this' } });

    const fromB = await b.session.saveEntryChecked({ id: original.id, title: 'Supervision', body: 'B typed this', baseUpdated: base });
    expect(fromB.conflict).toBe('changed-elsewhere');
    expect(fromB.entry.id).not.toBe(original.id);
    expect(fromB.entry).toMatchObject({ conflictOf: original.id, body: 'B typed this', created: original.created });
    expect(fromB.entry).not.toHaveProperty('baseUpdated');

    // B's list now shows A's version of the original too, beside B's copy.
    expect((await b.session.getEntry(original.id)).body).toBe('A typed this');
    expect(b.session.listEntries().find((s) => s.id === fromB.entry.id)?.conflictOf).toBe(original.id);

    const fresh = await reopen(a.gate);
    expect(await storedTexts(fresh)).toEqual(['Supervision|A typed this', 'Supervision|B typed this']);
  });

  it('the base advances with each own save: autosaving many times in one tab never makes a copy', async () => {
    const { a } = await twoTabs();
    let entry = await a.session.saveEntry({ title: 'Draft', body: 'a' });
    for (const body of ['ab', 'abc', 'abcd']) {
      const result = await a.session.saveEntryChecked({ id: entry.id, title: 'Draft', body, baseUpdated: entry.updated });
      expect(result.conflict).toBeNull();
      expect(result.entry.id).toBe(entry.id);
      entry = result.entry;
    }
    expect(a.session.listEntries()).toHaveLength(1);
    expect(await storedTexts(await reopen(a.gate))).toEqual(['Draft|abcd']);
  });

  it('two saves in the same millisecond still differ: `updated` only grows, so the stale tab gets a copy', async () => {
    const { a, b } = await twoTabs({ now: () => 1_000 });
    const original = await a.session.saveEntry({ title: 't', body: 'start' });
    expect(original.updated).toBe(1_000);
    const fromA = await a.session.saveEntryChecked({ id: original.id, title: 't', body: 'A', baseUpdated: 1_000 });
    expect(fromA.entry.updated).toBe(1_001);
    const fromB = await b.session.saveEntryChecked({ id: original.id, title: 't', body: 'B', baseUpdated: 1_000 });
    expect(fromB.conflict).toBe('changed-elsewhere');
    expect(await storedTexts(await reopen(a.gate))).toEqual(['t|A', 't|B']);
  });

  it('a stale base whose text is unchanged writes nothing and carries on with the stored version', async () => {
    const { a, b } = await twoTabs();
    const original = await a.session.saveEntry({ title: 't', body: 'same', tags: ['x'] });
    const base = (await b.session.getEntry(original.id)).updated;
    const pinned = await a.session.saveEntryChecked({ id: original.id, title: 't', body: 'same', pinned: true, baseUpdated: base });
    const result = await b.session.saveEntryChecked({ id: original.id, title: 't', body: 'same', baseUpdated: base });
    expect(result).toEqual({ entry: pinned.entry, conflict: null });
    expect((await reopen(a.gate)).listEntries()).toHaveLength(1);
  });

  it('an entry deleted in another tab: the draft is kept as a new entry, the delete stands', async () => {
    const { a, b } = await twoTabs();
    const original = await a.session.saveEntry({ title: 'Gone', body: 'old' });
    const base = (await b.session.getEntry(original.id)).updated;
    await a.session.deleteEntry(original.id);
    const result = await b.session.saveEntryChecked({ id: original.id, title: 'Gone', body: 'B kept writing', baseUpdated: base });
    expect(result.conflict).toBe('deleted-elsewhere');
    expect(result.entry.id).not.toBe(original.id);
    expect(result.entry).not.toHaveProperty('conflictOf');
    expect(b.session.listEntries().map((s) => s.id)).toEqual([result.entry.id]);
    const fresh = await reopen(a.gate);
    expect(await storedTexts(fresh)).toEqual(['Gone|B kept writing']);
    await expect(fresh.getEntry(original.id)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('a save in another tab between this tab’s read and its write is caught inside the write transaction', async () => {
    let other: (() => Promise<unknown>) | null = null;
    const wrapB = (store: VaultStore): VaultStore =>
      Object.create(store, {
        readRecord: {
          value: async (id: string) => {
            const record = await store.readRecord(id);
            const act = other;
            other = null;
            await act?.(); // tab A saves right after B read the record
            return record;
          },
        },
      }) as VaultStore;
    const { a, b } = await twoTabs({ wrapB });
    const original = await a.session.saveEntry({ title: 'Race', body: 'start' });
    const base = original.updated;
    other = () => a.session.saveEntryChecked({ id: original.id, title: 'Race', body: 'A won the race', baseUpdated: base });
    const result = await b.session.saveEntryChecked({ id: original.id, title: 'Race', body: 'B lost the race', baseUpdated: base });
    expect(result.conflict).toBe('changed-elsewhere');
    expect(await storedTexts(await reopen(a.gate))).toEqual(['Race|A won the race', 'Race|B lost the race']);
  });

  it('delete takes the stored version, so Undo brings back what another tab wrote; Undo over a returned id keeps both', async () => {
    const { a, b } = await twoTabs();
    const original = await a.session.saveEntry({ title: 'Undo', body: 'old' });
    await a.session.saveEntryChecked({ id: original.id, title: 'Undo', body: 'newer, from A', baseUpdated: original.updated });
    const removed = await b.session.deleteEntry(original.id); // B's own copy is still "old"
    expect(removed.body).toBe('newer, from A');
    await b.session.restoreEntry(removed);
    expect(await storedTexts(await reopen(a.gate))).toEqual(['Undo|newer, from A']);

    await a.session.restoreEntry({ ...removed, body: 'an older undo' } as Entry);
    const fresh = await reopen(a.gate);
    expect(await storedTexts(fresh)).toEqual(['Undo|an older undo', 'Undo|newer, from A']);
    expect(fresh.listEntries().find((s) => s.heading === 'Undo' && s.conflictOf)?.conflictOf).toBe(original.id);
  });

  it('an import planned against a stale list never overwrites what another tab wrote under the same id', async () => {
    const { a, b } = await twoTabs();
    const incoming = (body: string): Entry => ({ id: 'shared-id', title: 'Imported', body, created: 5, updated: 5 });
    expect(await a.session.mergeImport({ entries: [incoming('from file one')], docs: [] })).toMatchObject({ added: 1 });
    // B has not heard of shared-id (no broadcast here): its first plan says "add", the write's check says no.
    const summary = await b.session.mergeImport({ entries: [incoming('from file two')], docs: [] });
    expect(summary).toEqual({ added: 0, unchanged: 0, conflictCopies: 1 });
    const fresh = await reopen(a.gate);
    expect((await fresh.getEntry('shared-id')).body).toBe('from file one');
    expect(await storedTexts(fresh)).toEqual(['Imported|from file one', 'Imported|from file two']);
  });
});

import { describe, expect, it } from 'vitest';
import type { Entry, ImportBatch } from '../../src/vault/types';
import { freshGate, PASSPHRASE } from '../support/vault-fixture';

const entry = (id: string, title: string, created = 1000): Entry => ({ id, title, body: `${title} body`, created, updated: created });

async function unlocked() {
  const { gate, store } = await freshGate();
  const { session } = await gate.create(PASSPHRASE);
  return { gate, store, session };
}

describe('merge import', () => {
  it('adds new ids, skips identical ones, turns differing ones into marked conflict copies', async () => {
    const { session } = await unlocked();
    const mine = await session.saveEntry({ title: 'Mine', body: 'kept' });
    const batch: ImportBatch = {
      entries: [entry('00000000-0000-4000-8000-000000000001', 'New one'), { ...mine }, { ...mine, body: 'edited elsewhere' }],
      docs: [{ id: '00000000-0000-4000-8000-00000000000d', type: 'prompt-prefs', data: { favourites: ['cf-01'] }, updated: 5 }],
    };
    const summary = await session.mergeImport(batch);
    expect(summary).toEqual({ added: 2, unchanged: 1, conflictCopies: 1 });
    const list = session.listEntries();
    expect(list).toHaveLength(3);
    const copy = list.find((s) => s.conflictOf === mine.id)!;
    expect(copy.id).not.toBe(mine.id);
    expect((await session.getEntry(copy.id)).body).toBe('edited elsewhere');
    expect(await session.getEntry(mine.id)).toEqual(mine); // never overwritten
    expect(session.docs('prompt-prefs')).toHaveLength(1);
  });

  it('importing the same file twice changes nothing the second time', async () => {
    const { session, store } = await unlocked();
    const mine = await session.saveEntry({ title: 'Mine', body: 'kept' });
    const batch: ImportBatch = { entries: [entry('00000000-0000-4000-8000-000000000002', 'A'), { ...mine, body: 'other' }], docs: [] };
    await session.mergeImport(batch);
    const count = (await store.readAllRecords()).length;
    expect(await session.mergeImport(batch)).toEqual({ added: 0, unchanged: 2, conflictCopies: 0 });
    expect((await store.readAllRecords()).length).toBe(count);
  });

  it('survives a reload and drops unknown keys such as __proto__', async () => {
    const { gate, session } = await unlocked();
    const hostile = JSON.parse('{"id":"00000000-0000-4000-8000-000000000003","title":"t","body":"b","created":1,"updated":1,"__proto__":{"polluted":true},"extra":1}') as Entry;
    await session.mergeImport({ entries: [hostile], docs: [] });
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    session.lock();
    const again = await gate.unlockWithPassphrase(PASSPHRASE);
    await again.exportAll();
    const stored = await again.getEntry(hostile.id);
    expect(Object.keys(stored).sort()).toEqual(['body', 'created', 'id', 'title', 'updated']);
  });

  it('refuses a malformed record before writing anything', async () => {
    const { session, store } = await unlocked();
    const before = await store.readAllRecords();
    const bad = { ...entry('00000000-0000-4000-8000-000000000004', 'x'), created: Number.NaN };
    await expect(session.mergeImport({ entries: [entry('00000000-0000-4000-8000-000000000005', 'ok'), bad], docs: [] })).rejects.toMatchObject({
      code: 'corrupt-record',
    });
    expect(await store.readAllRecords()).toEqual(before);
    expect(session.listEntries()).toEqual([]);
  });

  it('exportAll returns every entry and document, decrypted', async () => {
    const { session } = await unlocked();
    const a = await session.saveEntry({ title: 'a', body: '1' });
    const d = await session.putDoc('tool-rating', { tool: 'grounding', rating: 4 });
    const all = await session.exportAll();
    expect(all.entries).toEqual([a]);
    expect(all.docs).toEqual([d]);
  });
});

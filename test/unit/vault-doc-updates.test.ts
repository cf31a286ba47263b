import { describe, expect, it } from 'vitest';
import type { VaultStore } from '../../src/storage/vault-store';
import { readPrefs, PREFS_TYPE, writePrefsChange, type PromptPrefs } from '../../src/app/features/prompt-prefs';
import { LOCK_SETTINGS_TYPE, parseLockSettings } from '../../src/app/auto-lock';
import { RECORD_VERSION } from '../../src/vault/record-codec';
import { reopen, twoTabs, until } from '../support/tabs-fixture';

/**
 * Preference documents across tabs (issue: last writer wins). Each update is applied to the
 * freshest stored version and written only if nobody wrote in between, so two tabs adding
 * an own prompt each both keep theirs. Two sessions over ONE fake-indexeddb database.
 */

const EMPTY: PromptPrefs = { seed: 7, favourites: [], custom: [] };
const addPrompt = (id: string, text: string) => (current: unknown): PromptPrefs => {
  const prefs = readPrefs(current) ?? EMPTY;
  return { ...prefs, custom: [...prefs.custom, { id, text }] };
};

async function prefsBoth() {
  const tabs = await twoTabs();
  const created = await tabs.a.session.putDoc(PREFS_TYPE, EMPTY);
  // Tab B never hears of it (no change feed here): it only knows the id, as after a stale read.
  return { ...tabs, id: created.id };
}

describe('two tabs updating one preference document', () => {
  it('each adds an own prompt over the same stale version: both prompts survive', async () => {
    const { a, b, id } = await prefsBoth();
    await a.session.updateDoc(PREFS_TYPE, id, addPrompt('p-a', 'Asked in tab A'));
    // Tab B has not seen A's write: its change is still applied on top of it.
    const fromB = await b.session.updateDoc(PREFS_TYPE, id, addPrompt('p-b', 'Asked in tab B'));
    expect(readPrefs(fromB.data)!.custom.map((c) => c.id)).toEqual(['p-a', 'p-b']);
    const fresh = await reopen(a.gate);
    const stored = fresh.docs<unknown>(PREFS_TYPE);
    expect(stored).toHaveLength(1);
    expect(readPrefs(stored[0]!.data)!.custom.map((c) => c.text)).toEqual(['Asked in tab A', 'Asked in tab B']);
  });

  it('a write landing between this tab’s read and its write makes it read again, never overwrite', async () => {
    let interleave: (() => Promise<unknown>) | null = null;
    const wrapB = (store: VaultStore): VaultStore =>
      Object.assign(Object.create(store) as VaultStore, {
        writeRecords: async (...args: Parameters<VaultStore['writeRecords']>) => {
          const other = interleave;
          interleave = null;
          if (other) await other(); // tab A writes after B read, before B's write
          return store.writeRecords(...args);
        },
      });
    const tabs = await twoTabs({ wrapB });
    const created = await tabs.a.session.putDoc(PREFS_TYPE, EMPTY);
    interleave = () => tabs.a.session.updateDoc(PREFS_TYPE, created.id, addPrompt('p-a', 'from A'));
    const fromB = await tabs.b.session.updateDoc(PREFS_TYPE, created.id, addPrompt('p-b', 'from B'));
    expect(readPrefs(fromB.data)!.custom.map((c) => c.id)).toEqual(['p-a', 'p-b']);
    const stored = (await reopen(tabs.a.gate)).docs<unknown>(PREFS_TYPE);
    expect(readPrefs(stored[0]!.data)!.custom.map((c) => c.id)).toEqual(['p-a', 'p-b']);
  });

  it('ten additions from two tabs at once (each tab one after another, as the app queues them) all survive', async () => {
    const { a, b, id } = await prefsBoth();
    const addFive = async (tab: typeof a, name: string) => {
      for (let i = 0; i < 5; i++) await tab.session.updateDoc(PREFS_TYPE, id, addPrompt(`${name}${i}`, `${name} ${i}`));
    };
    await Promise.all([addFive(a, 'a'), addFive(b, 'b')]);
    const stored = (await reopen(a.gate)).docs<unknown>(PREFS_TYPE);
    expect(readPrefs(stored[0]!.data)!.custom.map((c) => c.id).sort()).toEqual(['a0', 'a1', 'a2', 'a3', 'a4', 'b0', 'b1', 'b2', 'b3', 'b4']);
  });

  it('two tabs changing different lock settings keep both choices', async () => {
    const { a, b } = await twoTabs();
    const doc = await a.session.putDoc(LOCK_SETTINGS_TYPE, { idle: 5, hideOnSwitch: true });
    await a.session.updateDoc(LOCK_SETTINGS_TYPE, doc.id, (c) => ({ ...parseLockSettings(c), idle: 15 }));
    await b.session.updateDoc(LOCK_SETTINGS_TYPE, doc.id, (c) => ({ ...parseLockSettings(c), hideOnSwitch: false }));
    const stored = (await reopen(a.gate)).docs<unknown>(LOCK_SETTINGS_TYPE);
    expect(stored.map((d) => d.data)).toEqual([{ idle: 15, hideOnSwitch: false }]);
  });

  it('a document this version cannot open (newer Tend) is never written over', async () => {
    const { a, id } = await prefsBoth();
    const record = (await a.store.readRecord(id))!;
    const newer = { ...record, v: RECORD_VERSION + 1 };
    await a.store.writeRecords([newer]);
    await expect(a.session.updateDoc(PREFS_TYPE, id, addPrompt('x', 'x'))).rejects.toMatchObject({ code: 'unsupported-version' });
    expect(await a.store.readRecord(id)).toEqual(newer);
  });

  it('the updated time only grows, and the other tab’s list shows the change', async () => {
    const { a, b, id } = await twoTabs({ now: () => 1_000, broadcast: true }).then(async (t) => ({
      ...t,
      id: (await t.a.session.putDoc(PREFS_TYPE, EMPTY)).id,
    }));
    const first = await a.session.updateDoc(PREFS_TYPE, id, addPrompt('p1', 'one'));
    const second = await a.session.updateDoc(PREFS_TYPE, id, addPrompt('p2', 'two'));
    expect(second.updated).toBeGreaterThan(first.updated);
    await until(() => readPrefs(b.session.docs<unknown>(PREFS_TYPE)[0]?.data)?.custom.length === 2);
  });

  it('the prompt screens’ writer: a tab that has not seen the other’s new prompt still keeps it', async () => {
    const { a, b } = await twoTabs();
    await a.session.putDoc(PREFS_TYPE, EMPTY);
    const tabB = await reopen(b.gate); // loads the prefs document; hears nothing more afterwards
    const add = (id: string, text: string) => (p: PromptPrefs): PromptPrefs => ({ ...p, custom: [...p.custom, { id, text }] });
    await writePrefsChange(a.session, add('p-a', 'Mine from tab A'), null);
    expect(readPrefs(tabB.docs<unknown>(PREFS_TYPE)[0]!.data)!.custom).toEqual([]); // B's view is stale
    await writePrefsChange(tabB, add('p-b', 'Mine from tab B'), null);
    const stored = (await reopen(a.gate)).docs<unknown>(PREFS_TYPE);
    expect(stored).toHaveLength(1);
    expect(readPrefs(stored[0]!.data)!.custom.map((c) => c.text)).toEqual(['Mine from tab A', 'Mine from tab B']);
  });
});

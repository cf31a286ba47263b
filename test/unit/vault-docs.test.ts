import { describe, expect, it } from 'vitest';
import { parseEntry } from '../../src/vault/entry-schema';
import type { VaultSession } from '../../src/vault/types';
import { freshGate, PASSPHRASE } from '../support/vault-fixture';

async function reopen(gate: Awaited<ReturnType<typeof freshGate>>['gate'], session: VaultSession) {
  session.lock();
  const again = await gate.unlockWithPassphrase(PASSPHRASE);
  for (let i = 0; i < 200 && !again.isFullyLoaded(); i++) await new Promise((r) => setTimeout(r, 5));
  return again;
}

describe('structured entries', () => {
  it('keep source, sections, check-in and follow-up through encryption', async () => {
    const { gate } = await freshGate();
    const { session } = await gate.create(PASSPHRASE);
    const saved = await session.saveEntry({
      title: 'Ethics walk-through',
      body: '',
      source: { kind: 'template', id: 'ethics-aca', theme: 'ethics', label: 'Ethical dilemma walk-through' },
      sections: [
        { id: 'problem', label: 'Identify the problem', text: 'A gift from a client' },
        { id: 'principles', label: 'Principles', text: '', checked: ['autonomy', 'fidelity'] },
      ],
      checkin: { mood: 3, energy: null, stress: 4 },
      followUpAt: 1_800_000_000_000,
    });
    const again = await reopen(gate, session);
    expect(await again.getEntry(saved.id)).toEqual(saved);
    expect(again.listEntries()[0]).toMatchObject({ source: saved.source, checkin: saved.checkin, followUpAt: saved.followUpAt });
  });

  it('a plain edit keeps the fields it does not mention', async () => {
    const { gate } = await freshGate();
    const { session } = await gate.create(PASSPHRASE);
    const source = { kind: 'prompt' as const, id: 'cf-01', theme: 'compassion-fatigue', label: 'What did you carry home today?' };
    const first = await session.saveEntry({ title: '', body: 'draft', source });
    const edited = await session.saveEntry({ id: first.id, title: 'Now titled', body: 'more' });
    expect(edited.source).toEqual(source);
    expect(edited.created).toBe(first.created);
  });

  it('refuses malformed optional fields as corrupt', () => {
    const base = { title: '', body: '', created: 1, updated: 1 };
    for (const bad of [
      { ...base, source: { kind: 'nope', id: 'x', label: 'y' } },
      { ...base, sections: [{ id: 'a', label: 'b' }] },
      { ...base, checkin: { mood: 6, energy: null, stress: null } },
      { ...base, checkin: { mood: 2.5, energy: null, stress: null } },
      { ...base, followUpAt: 'soon' },
    ]) {
      expect(() => parseEntry('id', bad)).toThrowError(expect.objectContaining({ code: 'corrupt-record' }));
    }
  });
});

describe('documents', () => {
  it('are encrypted under one clear kind, survive a reload, update and delete', async () => {
    const { gate, store } = await freshGate();
    const { session } = await gate.create(PASSPHRASE);
    const prefs = await session.putDoc('prompt-prefs', { favourites: ['cf-01'] });
    await session.putDoc('tool-rating', { tool: 'box-breathing', rating: 3 });
    await session.putDoc('tool-rating', { tool: 'grounding', rating: 4 });
    const kinds = new Set((await store.readAllRecords()).map((r) => r.kind));
    expect([...kinds].sort()).toEqual(['doc', 'summary']);
    const again = await reopen(gate, session);
    expect(again.docs('tool-rating')).toHaveLength(2);
    expect(again.docs<{ favourites: string[] }>('prompt-prefs')[0]!.data.favourites).toEqual(['cf-01']);
    await again.putDoc('prompt-prefs', { favourites: [] }, prefs.id);
    expect(again.docs('prompt-prefs')).toHaveLength(1);
    await again.deleteDoc(prefs.id);
    expect(again.docs('prompt-prefs')).toEqual([]);
    await expect(again.deleteDoc('not-a-doc')).rejects.toMatchObject({ code: 'not-found' });
    const third = await reopen(gate, again);
    expect(third.docs('prompt-prefs')).toEqual([]);
    expect(third.docs('tool-rating')).toHaveLength(2);
  });
});

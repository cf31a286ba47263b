import { describe, expect, it } from 'vitest';
import { newestPrefs, readPrefs } from '../../src/app/features/prompt-prefs';
import type { Doc } from '../../src/vault/types';

/** The prompt-preferences document: read defensively, and the newest wins when two tabs made one each. */
function doc(id: string, updated: number, data: unknown): Doc<unknown> {
  return { id, type: 'prompt-prefs', updated, data };
}

describe('prompt preferences', () => {
  it('reads a well-formed document', () => {
    const data = { seed: 12345, favourites: ['bd-01'], custom: [{ id: 'custom-1', text: 'What did I carry home?', theme: 'boundaries' }] };
    expect(readPrefs(data)).toEqual(data);
  });

  it('refuses a document without a usable seed, and drops malformed parts of the rest', () => {
    expect(readPrefs(null)).toBeNull();
    expect(readPrefs({ favourites: [] })).toBeNull();
    expect(readPrefs({ seed: 'x' })).toBeNull();
    expect(readPrefs({ seed: Number.NaN })).toBeNull();
    expect(readPrefs({ seed: -1, favourites: ['a', 3, null], custom: [{ id: 'c', text: 't' }, { id: 1 }, 'x', { id: 'd', text: 'u', theme: 7 }] })).toEqual({
      seed: 4294967295,
      favourites: ['a'],
      custom: [{ id: 'c', text: 't' }],
    });
  });

  it('uses the newest readable document when two exist', () => {
    const older = doc('a', 100, { seed: 1, favourites: ['x'], custom: [] });
    const newer = doc('b', 200, { seed: 2, favourites: ['y'], custom: [] });
    const broken = doc('c', 300, { nonsense: true });
    expect(newestPrefs([older, newer, broken])).toEqual({ id: 'b', prefs: { seed: 2, favourites: ['y'], custom: [] } });
    expect(newestPrefs([newer, older])?.id).toBe('b');
    expect(newestPrefs([])).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { ERROR_MESSAGES, UNEXPECTED_MESSAGE, errorCode, messageFor } from '../../src/app/error-messages';
import { VaultError } from '../../src/vault/errors';
import type { VaultErrorCode } from '../../src/vault/types';

// The Record type in error-messages.ts already forces words for every code; this list also
// catches stray keys, and makes a new code in the contract show up here as a failing test.
const CODES: VaultErrorCode[] = [
  'no-vault', 'vault-exists', 'locked', 'wrong-passphrase', 'wrong-recovery-key', 'malformed-recovery-key',
  'weak-passphrase', 'corrupt-record', 'corrupt-header', 'unsupported-version', 'not-found',
  'storage-unavailable', 'quota-exceeded', 'storage-closed', 'storage-failed',
];

describe('error messages', () => {
  it('has plain words for every vault error code and nothing else', () => {
    expect(Object.keys(ERROR_MESSAGES).sort()).toEqual([...CODES].sort());
    for (const code of CODES) {
      const text = ERROR_MESSAGES[code];
      expect(text.length).toBeGreaterThan(20);
      expect(text).not.toMatch(/error|exception|undefined|indexeddb|dexie|quota|vault/i);
      expect(text).toMatch(/[.!]$/);
    }
  });

  it('says the text is still on screen whenever a save can fail', () => {
    for (const code of ['quota-exceeded', 'storage-closed', 'storage-failed'] as const) {
      expect(ERROR_MESSAGES[code]).toMatch(/still here/);
    }
    expect(ERROR_MESSAGES['quota-exceeded']).toMatch(/NOT saved/);
  });

  it('maps VaultErrors by code, honours per-screen wording, and hides anything else', () => {
    const wrong = new VaultError('wrong-passphrase');
    expect(messageFor(wrong)).toBe(ERROR_MESSAGES['wrong-passphrase']);
    expect(messageFor(wrong, { 'wrong-passphrase': 'Not your current one.' })).toBe('Not your current one.');
    expect(messageFor(new TypeError('x is undefined'))).toBe(UNEXPECTED_MESSAGE);
    expect(messageFor('a string')).toBe(UNEXPECTED_MESSAGE);
    expect(errorCode(new VaultError('quota-exceeded'))).toBe('quota-exceeded');
    expect(errorCode(new Error('quota-exceeded'))).toBeNull();
  });
});

import { VaultError } from './errors';

/** Shorter passphrases are refused outright (the UI's strength meter says the same). */
export const MIN_PASSPHRASE_LENGTH = 10;

/**
 * NFC so that "é" typed as one code point or as e + accent (different keyboards,
 * different devices restoring a backup) derives the same key. Never trimmed: spaces
 * may be part of a passphrase.
 */
export function normalizePassphrase(passphrase: string): string {
  return passphrase.normalize('NFC');
}

/** Throw 'weak-passphrase' when a new passphrase is too short to protect a journal. */
export function assertPassphraseAcceptable(passphrase: string): void {
  if ([...normalizePassphrase(passphrase)].length < MIN_PASSPHRASE_LENGTH) {
    throw new VaultError('weak-passphrase', `a passphrase needs at least ${MIN_PASSPHRASE_LENGTH} characters`);
  }
}

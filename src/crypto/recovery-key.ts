import { randomBytes } from './random';

/**
 * Recovery keys (design §3): 26 characters from a 31-symbol alphabet without the
 * look-alikes 0/O, 1/I/L… (2-9, A-H, J-N, P-T, V-Z), so 26 × log2(31) ≈ 128.8 bits.
 * That much entropy needs no slow KDF: the key goes through HKDF only.
 */
export const RECOVERY_KEY_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTVWXYZ';
export const RECOVERY_KEY_LENGTH = 26;
const GROUPS = [5, 5, 5, 5, 6];

/** A fresh recovery key, unformatted (26 symbols). Uniform: rejection sampling, no modulo bias. */
export function generateRecoveryKey(): string {
  const n = RECOVERY_KEY_ALPHABET.length;
  const limit = 256 - (256 % n);
  let out = '';
  while (out.length < RECOVERY_KEY_LENGTH) {
    for (const b of randomBytes(64)) {
      if (b < limit && out.length < RECOVERY_KEY_LENGTH) out += RECOVERY_KEY_ALPHABET[b % n];
    }
  }
  return out;
}

/** For display and print: `ABCDE-FGHJK-MNPQR-STVWX-YZ2345`. */
export function formatRecoveryKey(key: string): string {
  const parts: string[] = [];
  let at = 0;
  for (const size of GROUPS) {
    parts.push(key.slice(at, at + size));
    at += size;
  }
  return parts.join('-');
}

/**
 * What the user typed, as the 26 canonical symbols, or null when it cannot be a key.
 * Forgiving about case, spaces and dashes, strict about everything else.
 */
export function normalizeRecoveryKey(input: string): string | null {
  const key = input.toUpperCase().replace(/[\s\-–—]/g, '');
  if (key.length !== RECOVERY_KEY_LENGTH) return null;
  for (const ch of key) if (!RECOVERY_KEY_ALPHABET.includes(ch)) return null;
  return key;
}

import { open, seal } from '../crypto/aead';
import { concatBytes, utf8, zeroize } from '../crypto/bytes';
import { hkdfSha256 } from '../crypto/hkdf';
import { canonicalKdfParams, type Argon2idParams } from '../crypto/kdf-params';
import type { SealedBox, StoredHeader } from '../storage/schema';
import { VaultError } from './errors';

/**
 * Key slots (design §3). The master key MK (32 random bytes) is wrapped twice:
 *
 *   KEK_pw  = Argon2id(passphrase, salt, params)
 *   KEK_rk  = HKDF-SHA256(ikm = recovery key symbols, salt = vault id, info = "tend/v1/slot/recovery")
 *   slot_pw = XChaCha20-Poly1305(KEK_pw, MK, aad = "tend/v1/slot/password" || vault id || canonical params)
 *   slot_rk = XChaCha20-Poly1305(KEK_rk, MK, aad = "tend/v1/slot/recovery" || vault id)
 *   EK      = HKDF-SHA256(MK, info = "tend/v1/entries")
 *
 * A passphrase is right exactly when slot_pw opens: there is no verifier hash to attack
 * offline faster than the KDF. The params are in the AAD so a header edited to weaker
 * parameters no longer opens.
 */
export const HEADER_VERSION = 1;
const PW_SLOT_LABEL = 'tend/v1/slot/password';
const RK_SLOT_LABEL = 'tend/v1/slot/recovery';
const ENTRIES_INFO = 'tend/v1/entries';

/** AAD of the passphrase slot. */
export function passwordSlotAad(vaultId: Uint8Array, params: Argon2idParams): Uint8Array {
  return concatBytes(utf8(PW_SLOT_LABEL), vaultId, utf8(canonicalKdfParams(params)));
}

/** AAD of the recovery slot. */
export function recoverySlotAad(vaultId: Uint8Array): Uint8Array {
  return concatBytes(utf8(RK_SLOT_LABEL), vaultId);
}

/** KEK_rk from the canonical 26-symbol recovery key. */
export function recoveryKek(recoveryKey: string, vaultId: Uint8Array): Uint8Array {
  return hkdfSha256(utf8(recoveryKey), vaultId, RK_SLOT_LABEL);
}

/** EK, the key of every record, from MK. */
export function entryKey(mk: Uint8Array): Uint8Array {
  return hkdfSha256(mk, undefined, ENTRIES_INFO);
}

/** Wrap MK into a slot. `nonce` only for golden-vector tests. */
export function wrapKey(kek: Uint8Array, mk: Uint8Array, aad: Uint8Array, nonce?: Uint8Array): SealedBox {
  const sealed = seal(kek, mk, aad, nonce);
  return { n: sealed.nonce, c: sealed.ciphertext };
}

/** Unwrap MK, or null when this KEK does not open the slot (wrong passphrase or key). */
export function unwrapKey(kek: Uint8Array, slot: SealedBox, aad: Uint8Array): Uint8Array | null {
  try {
    return open(kek, slot.n, slot.c, aad);
  } catch {
    return null;
  }
}

/** Params as stored in the header, in the crypto layer's names. */
export function headerParams(header: StoredHeader): Argon2idParams {
  return { memoryKiB: header.kdf.m, iterations: header.kdf.t, parallelism: header.kdf.p };
}

/**
 * Check the header's shape before trusting any field of it: a newer version is
 * 'unsupported-version', anything malformed is 'corrupt-header'.
 */
export function validateHeader(h: unknown): StoredHeader {
  const x = h as StoredHeader;
  if (typeof x?.v === 'number' && x.v > HEADER_VERSION) {
    throw new VaultError('unsupported-version', `vault header v${x.v} is newer than this app`);
  }
  const box = (b: SealedBox | undefined) => b?.n instanceof Uint8Array && b.c instanceof Uint8Array;
  const ok =
    x?.id === 'vault' && x.v === HEADER_VERSION &&
    x.vaultId instanceof Uint8Array && x.vaultId.length === 16 &&
    x.kdf?.alg === 'argon2id' && x.kdf.salt instanceof Uint8Array &&
    [x.kdf.m, x.kdf.t, x.kdf.p].every((n) => Number.isInteger(n)) &&
    box(x.slots?.pw) && box(x.slots?.rk);
  if (!ok) throw new VaultError('corrupt-header', 'the vault header is malformed');
  return x;
}

/** Zero-fill every key buffer given (MK, KEKs, EK). */
export function wipeKeys(...keys: (Uint8Array | null | undefined)[]): void {
  zeroize(...keys);
}

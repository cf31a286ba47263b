import { bytesEqual, utf8, zeroize } from '../crypto/bytes';
import type { DeriveKey } from '../crypto/kdf';
import { ARGON2ID_DEFAULT, KDF_SALT_BYTES, type Argon2idParams } from '../crypto/kdf-params';
import { randomBytes } from '../crypto/random';
import { formatRecoveryKey, generateRecoveryKey } from '../crypto/recovery-key';
import type { StoredHeader } from '../storage/schema';
import type { VaultStore } from '../storage/vault-store';
import { VaultError } from './errors';
import { headerParams, passwordSlotAad, recoveryKek, recoverySlotAad, unwrapKey, validateHeader, wipeKeys, wrapKey } from './key-slots';
import { normalizePassphrase } from './passphrase-policy';
import { storageCall } from './storage-errors';

/**
 * Rewriting the vault header's key slots while unlocked. Callers hold the keys lock
 * (`KEYS_LOCK`) around read-modify-write, so two tabs never rewrite it from the same old copy.
 */

/**
 * The header as stored now. Another tab may have changed the passphrase or the recovery
 * key since this one unlocked, and rewriting an old copy would silently undo that (a
 * printed recovery key would stop working), so every rewrite starts from this.
 */
export async function readCurrentHeader(store: VaultStore, vaultId: Uint8Array): Promise<StoredHeader> {
  const raw = await storageCall(() => store.readHeader());
  if (!raw) throw new VaultError('no-vault', 'the vault header is gone');
  const header = validateHeader(raw);
  if (!bytesEqual(header.vaultId, vaultId)) throw new VaultError('corrupt-header', 'another vault replaced this one');
  return header;
}

/**
 * `header` with a new password slot for `next` (new salt, current default parameters),
 * after checking that `current` opens its present slot to this very master key.
 */
export async function withNewPassphrase(
  deriveKey: DeriveKey,
  header: StoredHeader,
  mk: Uint8Array,
  current: string,
  next: string,
  params: Argon2idParams = ARGON2ID_DEFAULT,
): Promise<StoredHeader> {
  const oldKek = await derive(deriveKey, current, header.kdf.salt, headerParams(header));
  const opened = unwrapKey(oldKek, header.slots.pw, passwordSlotAad(header.vaultId, headerParams(header)));
  wipeKeys(oldKek);
  const matches = opened !== null && bytesEqual(opened, mk);
  wipeKeys(opened);
  if (!matches) throw new VaultError('wrong-passphrase', 'the current passphrase is not right');

  const salt = randomBytes(KDF_SALT_BYTES);
  const kek = await derive(deriveKey, next, salt, params);
  const pw = wrapKey(kek, mk, passwordSlotAad(header.vaultId, params));
  wipeKeys(kek);
  const kdf = { alg: 'argon2id' as const, m: params.memoryKiB, t: params.iterations, p: params.parallelism, salt };
  return { ...header, kdf, slots: { ...header.slots, pw } };
}

/** `header` with a new recovery slot, and the new key to show once. */
export function withNewRecoveryKey(header: StoredHeader, mk: Uint8Array): { header: StoredHeader; recoveryKey: string } {
  const key = generateRecoveryKey();
  const kek = recoveryKek(key, header.vaultId);
  const rk = wrapKey(kek, mk, recoverySlotAad(header.vaultId));
  wipeKeys(kek);
  return { header: { ...header, slots: { ...header.slots, rk } }, recoveryKey: formatRecoveryKey(key) };
}

async function derive(deriveKey: DeriveKey, passphrase: string, salt: Uint8Array, params: Argon2idParams): Promise<Uint8Array> {
  const password = utf8(normalizePassphrase(passphrase));
  try {
    return await deriveKey(password, salt, params);
  } finally {
    zeroize(password);
  }
}

/**
 * What Tend keeps in IndexedDB, field by field (design §2). Nothing a user wrote is
 * here in the clear: every record's content is inside `c` (ciphertext + tag). The
 * NOT ENCRYPTED fields are listed so a reviewer can check each one leaks nothing.
 */

/** Sealed bytes with their nonce (XChaCha20-Poly1305). */
export interface SealedBox {
  n: Uint8Array;
  c: Uint8Array;
}

/**
 * The vault header: one row, id "vault". NOT ENCRYPTED: format version, vault id
 * (random), KDF name/parameters/salt. The two key slots are ciphertext.
 */
export interface StoredHeader {
  id: 'vault';
  /** Header format version. */
  v: number;
  /** 16 random bytes; binds slots to this vault and salts the recovery HKDF. */
  vaultId: Uint8Array;
  kdf: { alg: 'argon2id'; m: number; t: number; p: number; salt: Uint8Array };
  /** Master key wrapped under the passphrase key (pw) and the recovery key (rk). */
  slots: { pw: SealedBox; rk: SealedBox };
}

/**
 * One encrypted record. NOT ENCRYPTED: id (random UUIDv4), kind (what sort of record,
 * e.g. "entry"), format version, key id, nonce. Length is padded (Padmé, 512-byte floor).
 */
export interface StoredRecord {
  id: string;
  kind: string;
  v: number;
  k: number;
  n: Uint8Array;
  c: Uint8Array;
}

/** Dexie store definitions per schema version. Every version with an upgrade stays forever. */
export const SCHEMA_V1 = {
  header: 'id',
  records: 'id, kind',
} as const;

/** The current IndexedDB schema version. */
export const SCHEMA_VERSION = 1;

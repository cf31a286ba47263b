import { utf8, zeroize } from '../crypto/bytes';
import { CryptoError } from '../crypto/errors';
import { assertKdfParams, ARGON2ID_DEFAULT, KDF_SALT_BYTES } from '../crypto/kdf-params';
import { randomBytes } from '../crypto/random';
import { formatRecoveryKey, generateRecoveryKey, normalizeRecoveryKey } from '../crypto/recovery-key';
import { KEYS_LOCK, webLockExclusive } from '../storage/exclusive';
import type { StoredHeader, StoredRecord } from '../storage/schema';
import { KIND_SUMMARY, parseSummaries, SUMMARY_ID } from './entry-schema';
import { isVaultError, VaultError } from './errors';
import {
  HEADER_VERSION, headerParams, passwordSlotAad, recoveryKek, recoverySlotAad, unwrapKey, validateHeader, wipeKeys, wrapKey,
} from './key-slots';
import { Keyring } from './keyring';
import { yieldToEventLoop } from './yield';
import { assertPassphraseAcceptable, normalizePassphrase } from './passphrase-policy';
import { decodeRecord, encodeRecord } from './record-codec';
import { Session, type SessionDeps } from './session';
import { storageCall } from './storage-errors';
import type { UnlockProgress, VaultGate } from './types';

type Progress = (p: UnlockProgress) => void;
/** Reads started before the key is known. */
interface Prefetched {
  summary: Promise<StoredRecord | undefined>;
  all: Promise<StoredRecord[]>;
}
/** A header whose slot opened, with the master key and the reads already started. */
interface Opened {
  header: StoredHeader;
  mk: Uint8Array;
  records: Prefetched;
}

/** The locked side of the vault over any store and KDF (tests hand in fake-indexeddb and inline Argon2id). */
export function createVaultGate(deps: SessionDeps): VaultGate {
  const { store } = deps;
  /**
   * Header work holds the keys lock, shared by every tab: a header read (and any future
   * header migration) never sees another tab's half-finished passphrase change or set-up.
   */
  const withKeysLock = <T>(task: () => Promise<T>) => (deps.exclusive ?? webLockExclusive)(KEYS_LOCK, task);

  async function loadHeader(): Promise<StoredHeader> {
    const raw = await storageCall(() => store.readHeader());
    if (!raw) throw new VaultError('no-vault', 'no vault on this device');
    return validateHeader(raw);
  }

  /**
   * Start reading ciphertext now, so IndexedDB works while Argon2id runs in the worker.
   * The small summary record is asked for first and on its own: the first page must not
   * wait for the bulk read of every record (10,000 entries take ~250 ms to read).
   */
  function prefetch(): Prefetched {
    const summary = storageCall(() => store.readRecord(SUMMARY_ID));
    const all = storageCall(() => store.readAllRecords());
    summary.catch(() => {}); // observed later; never an unhandled rejection
    all.catch(() => {});
    return { summary, all };
  }

  async function openSession(header: StoredHeader, mk: Uint8Array, records: Prefetched, onProgress?: Progress) {
    const session = new Session(deps, header, new Keyring(mk));
    onProgress?.({ phase: 'opening' });
    const summary = await records.summary;
    const seeded = summary?.kind === KIND_SUMMARY ? trySummaries(session, summary) : null;
    if (seeded) {
      session.index.seed(seeded);
      void backgroundLoad(session, records.all);
    } else {
      const all = await records.all;
      await session.index.loadAll(() => session.keyringEk(), all, (done, total) => onProgress?.({ phase: 'decrypting', done, total }));
      void session.repairSummary().catch(() => {});
    }
    return session;
  }

  return {
    onStorageClosed: (listener) => store.onClosed(listener),
    beforeStorageCloses: (save) => store.beforeClose(save),

    async status() {
      const raw = await storageCall(() => store.readHeader());
      // A journal from a newer Tend is refused before anyone types a passphrase for it.
      if (raw && typeof raw.v === 'number' && raw.v > HEADER_VERSION) validateHeader(raw);
      return raw ? 'locked' : 'none';
    },

    async create(passphrase) {
      assertPassphraseAcceptable(passphrase);
      return withKeysLock(() => createVault(passphrase));
    },

    // The lock covers reading the header and opening a slot; decrypting the journal runs after it.
    async unlockWithPassphrase(passphrase, onProgress) {
      const opened = await withKeysLock(() => openWithPassphrase(passphrase, onProgress));
      return openSession(opened.header, opened.mk, opened.records, onProgress);
    },

    async unlockWithRecoveryKey(input, onProgress) {
      const opened = await withKeysLock(() => openWithRecoveryKey(input));
      return openSession(opened.header, opened.mk, opened.records, onProgress);
    },
  };

  async function createVault(passphrase: string) {
    if (await storageCall(() => store.readHeader())) throw new VaultError('vault-exists', 'a vault already exists');
    const params = deps.kdfParams ?? ARGON2ID_DEFAULT;
    const vaultId = randomBytes(16);
    const salt = randomBytes(KDF_SALT_BYTES);
    const password = utf8(normalizePassphrase(passphrase));
    const kekPw = await deps.deriveKey(password, salt, params).finally(() => zeroize(password));
    const mk = randomBytes(32);
    const recoveryKey = generateRecoveryKey();
    const kekRk = recoveryKek(recoveryKey, vaultId);
    const header: StoredHeader = {
      id: 'vault',
      v: HEADER_VERSION,
      vaultId,
      kdf: { alg: 'argon2id', m: params.memoryKiB, t: params.iterations, p: params.parallelism, salt },
      slots: {
        pw: wrapKey(kekPw, mk, passwordSlotAad(vaultId, params)),
        rk: wrapKey(kekRk, mk, recoverySlotAad(vaultId)),
      },
    };
    wipeKeys(kekPw, kekRk);
    const keyring = new Keyring(mk);
    const summary = encodeRecord(keyring.ek, KIND_SUMMARY, SUMMARY_ID, { entries: [] });
    await storageCall(() => store.createVault(header, [summary]));
    const session = new Session(deps, header, keyring);
    session.index.seed([]);
    await session.index.loadAll(() => keyring.ek, []);
    return { session, recoveryKey: formatRecoveryKey(recoveryKey) };
  }

  async function openWithPassphrase(passphrase: string, onProgress?: Progress): Promise<Opened> {
    const header = await loadHeader();
    // No vault can have an empty passphrase (10 characters minimum): skip the KDF.
    if (passphrase.length === 0) throw new VaultError('wrong-passphrase', 'empty passphrase');
    const params = headerParams(header);
    try {
      assertKdfParams(params, header.kdf.salt); // before deriving: no downgrade, no memory bomb
    } catch (cause) {
      if (cause instanceof CryptoError) throw new VaultError('corrupt-header', cause.message, { cause });
      throw cause;
    }
    const records = prefetch();
    onProgress?.({ phase: 'deriving' });
    const password = utf8(normalizePassphrase(passphrase));
    const kek = await deps.deriveKey(password, header.kdf.salt, params).finally(() => zeroize(password));
    const mk = unwrapKey(kek, header.slots.pw, passwordSlotAad(header.vaultId, params));
    wipeKeys(kek);
    if (!mk) throw new VaultError('wrong-passphrase', 'the passphrase does not open this vault');
    return { header, mk, records };
  }

  async function openWithRecoveryKey(input: string): Promise<Opened> {
    const key = normalizeRecoveryKey(input);
    if (!key) throw new VaultError('malformed-recovery-key', 'not a recovery key');
    const header = await loadHeader();
    const records = prefetch();
    const kek = recoveryKek(key, header.vaultId);
    const mk = unwrapKey(kek, header.slots.rk, recoverySlotAad(header.vaultId));
    wipeKeys(kek);
    if (!mk) throw new VaultError('wrong-recovery-key', 'the recovery key does not open this vault');
    return { header, mk, records };
  }
}

function trySummaries(session: Session, record: StoredRecord) {
  try {
    return parseSummaries(decodeRecord(session.keyringEk(), record));
  } catch {
    return null; // a damaged summary only costs speed: the full load rebuilds it
  }
}

async function backgroundLoad(session: Session, pending: Promise<StoredRecord[]>): Promise<void> {
  const before = JSON.stringify(session.index.newestPage());
  await yieldToEventLoop(); // let the first page paint before the bulk decryption starts
  try {
    const records = await pending;
    if (!(await session.index.loadAll(() => session.keyringEk(), records))) return;
  } catch (err) {
    // Locked mid-load: nothing to report. Anything else (the storage read failed): the
    // list says so and offers a retry, instead of "Loading older entries…" forever.
    if (!isVaultError(err, 'locked')) session.failLoad(err);
    return;
  }
  session.emit();
  if (JSON.stringify(session.index.newestPage()) !== before) await session.repairSummary().catch(() => {});
}


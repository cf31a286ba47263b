import { argon2idBest } from './argon2id';
import { CryptoError } from './errors';
import { assertKdfParams, KDF_KEY_BYTES, type Argon2idParams } from './kdf-params';

/**
 * The passphrase KDF as the vault sees it. Two implementations of one signature:
 * `deriveKeyInWorker` in the browser (never on the main thread) and
 * `deriveKeyInline` where no Worker exists (unit tests in Node).
 * Both refuse out-of-range parameters BEFORE deriving anything (design §3).
 */
export type DeriveKey = (password: Uint8Array, salt: Uint8Array, params: Argon2idParams) => Promise<Uint8Array>;

/** Message to the KDF worker. */
export interface KdfRequest {
  password: Uint8Array;
  salt: Uint8Array;
  params: Argon2idParams;
  length: number;
}

/** Reply from the KDF worker. */
export type KdfResponse = { ok: true; key: Uint8Array } | { ok: false; message: string };

/** Argon2id on this thread (Node tests, benchmarks). */
export const deriveKeyInline: DeriveKey = async (password, salt, params) => {
  assertKdfParams(params, salt);
  try {
    return await argon2idBest(password, salt, params, KDF_KEY_BYTES);
  } catch (cause) {
    throw new CryptoError('kdf-failed', 'Argon2id failed', { cause });
  }
};

/**
 * Argon2id in a fresh Web Worker, terminated afterwards so its 64 MiB are returned at
 * once. The password is copied and the copy transferred (and zero-filled by the worker).
 */
export const deriveKeyInWorker: DeriveKey = (password, salt, params) => {
  assertKdfParams(params, salt);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./kdf-worker.ts', import.meta.url), { type: 'module', name: 'tend-kdf' });
    const finish = (fn: () => void) => {
      worker.terminate();
      fn();
    };
    worker.onmessage = (event: MessageEvent<KdfResponse>) => {
      const reply = event.data;
      if (reply.ok) finish(() => resolve(reply.key));
      else finish(() => reject(new CryptoError('kdf-failed', reply.message)));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish(() => reject(new CryptoError('kdf-failed', 'the key-derivation worker failed to start')));
    };
    const request: KdfRequest = { password: password.slice(), salt: salt.slice(), params: { ...params }, length: KDF_KEY_BYTES };
    worker.postMessage(request, [request.password.buffer]);
  });
};

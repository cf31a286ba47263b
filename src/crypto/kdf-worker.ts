/// <reference lib="webworker" />
import { argon2idBest } from './argon2id';
import type { KdfRequest, KdfResponse } from './kdf';

/**
 * The KDF Web Worker: Argon2id off the main thread, so the lock screen stays
 * responsive. Receives the passphrase bytes (transferred, then zero-filled here) and
 * returns the derived key (transferred).
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<KdfRequest>) => {
  const { password, salt, params, length } = event.data;
  let reply: KdfResponse;
  try {
    const key = await argon2idBest(password, salt, params, length);
    reply = { ok: true, key };
  } catch (err) {
    reply = { ok: false, message: err instanceof Error ? err.message : 'Argon2id failed' };
  } finally {
    password.fill(0);
  }
  scope.postMessage(reply, reply.ok ? [reply.key.buffer] : []);
};

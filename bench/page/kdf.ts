/** 1. KDF: the app's worker against raw hash-wasm and the pure-JS fallback on this thread. */
import { argon2idJs, argon2idWasm } from '../../src/crypto/argon2id';
import { utf8 } from '../../src/crypto/bytes';
import { deriveKeyInWorker } from '../../src/crypto/kdf';
import { ARGON2ID_DEFAULT, KDF_KEY_BYTES, KDF_SALT_BYTES } from '../../src/crypto/kdf-params';

/** Fixed inputs so the three implementations can be checked against each other. */
const kdfPassword = utf8('correct horse battery staple, benchmark edition');
const kdfSalt = new Uint8Array(KDF_SALT_BYTES).map((_, i) => i * 7 + 1);

/** One Argon2id derivation at the default parameters: in the Worker (the app), hash-wasm or pure JS on this thread. */
export async function kdf(impl: 'worker' | 'wasm' | 'js') {
  const params = { ...ARGON2ID_DEFAULT };
  const t0 = performance.now();
  const key =
    impl === 'worker'
      ? await deriveKeyInWorker(kdfPassword, kdfSalt, params)
      : impl === 'wasm'
        ? await argon2idWasm(kdfPassword, kdfSalt, params, KDF_KEY_BYTES)
        : await argon2idJs(kdfPassword, kdfSalt, params, KDF_KEY_BYTES);
  const ms = performance.now() - t0;
  return { ms, keyHex: Array.from(key, (b) => b.toString(16).padStart(2, '0')).join('') };
}

import { argon2id as wasmArgon2id } from 'hash-wasm';
import { argon2idAsync as jsArgon2id } from '@noble/hashes/argon2.js';
import type { Argon2idParams } from './kdf-params';

/**
 * The two Argon2id implementations in the tree. Both pass the same known-answer
 * vectors (test/unit/argon2id.test.ts). hash-wasm is the one we use: measured ~3x
 * faster than the pure-JS one at 64 MiB (docs/benchmarks.md). The pure-JS one is the
 * fallback for browsers that refuse WebAssembly (e.g. iOS Lockdown Mode), so those
 * users can still open their journal, only more slowly.
 *
 * These functions do NOT check parameters: callers go through `kdf.ts`, which refuses
 * out-of-range parameters before any derivation.
 */
export type Argon2idImpl = (
  password: Uint8Array,
  salt: Uint8Array,
  params: Argon2idParams,
  length: number,
) => Promise<Uint8Array>;

/** hash-wasm (WebAssembly). */
export const argon2idWasm: Argon2idImpl = (password, salt, params, length) =>
  wasmArgon2id({
    password,
    salt,
    iterations: params.iterations,
    parallelism: params.parallelism,
    memorySize: params.memoryKiB,
    hashLength: length,
    outputType: 'binary',
  });

/** @noble/hashes (pure JS). */
export const argon2idJs: Argon2idImpl = (password, salt, params, length) =>
  jsArgon2id(password, salt, {
    t: params.iterations,
    m: params.memoryKiB,
    p: params.parallelism,
    dkLen: length,
    maxmem: 2 ** 31,
  });

/** hash-wasm unless WebAssembly is unavailable or refuses to compile, then pure JS. */
export async function argon2idBest(
  password: Uint8Array,
  salt: Uint8Array,
  params: Argon2idParams,
  length: number,
): Promise<Uint8Array> {
  if (typeof WebAssembly !== 'object') return argon2idJs(password, salt, params, length);
  try {
    return await argon2idWasm(password, salt, params, length);
  } catch (err) {
    if (!isWasmRefusal(err)) throw err;
    return argon2idJs(password, salt, params, length);
  }
}

function isWasmRefusal(err: unknown): boolean {
  return err instanceof Error && /WebAssembly|wasm|CompileError|Content Security Policy/i.test(`${err.name} ${err.message}`);
}

import { zeroize } from '../crypto/bytes';
import { entryKey } from './key-slots';
import { VaultError } from './errors';

/**
 * The only place MK and EK live while unlocked (design §3). `wipe()` zero-fills both
 * buffers; afterwards every access throws 'locked'. JS cannot erase copies an engine
 * may have made, so the rule is: no other module keeps a reference to these buffers.
 */
export class Keyring {
  #mk: Uint8Array | null;
  #ek: Uint8Array | null;

  constructor(mk: Uint8Array) {
    this.#mk = mk;
    this.#ek = entryKey(mk);
  }

  /** The master key (for re-wrapping slots). */
  get mk(): Uint8Array {
    if (!this.#mk) throw new VaultError('locked', 'the vault is locked');
    return this.#mk;
  }

  /** The record key. */
  get ek(): Uint8Array {
    if (!this.#ek) throw new VaultError('locked', 'the vault is locked');
    return this.#ek;
  }

  get isWiped(): boolean {
    return this.#mk === null;
  }

  /** Zero-fill and forget both keys. Returns the wiped buffers for tests to inspect. */
  wipe(): Uint8Array[] {
    const buffers = [this.#mk, this.#ek].filter((b): b is Uint8Array => b !== null);
    zeroize(...buffers);
    this.#mk = null;
    this.#ek = null;
    return buffers;
  }
}

/**
 * Everything behind the lock screen, in one lazy chunk (design §1, §9): the vault (Dexie,
 * noble, the KDF worker) and the journal screens. App.tsx starts importing this at module
 * scope, so it downloads while the first screen paints.
 */
export { openVaultGate } from '../vault/open-gate';
export { UnlockedApp } from './UnlockedApp';

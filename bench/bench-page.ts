/**
 * The benchmark page. Built by bench/vite.config.ts into dist-bench/, served with the real
 * security headers by scripts/serve.mjs and driven by bench/run.mjs through
 * `window.runBench(config)`, one task per call. Every task returns plain JSON (numbers in ms).
 *
 * The app's figures use the real modules from src/ exactly as the app calls them. The floors
 * use the platform and the libraries directly: hash-wasm's Argon2id on this thread, the plain
 * IndexedDB API (no Dexie), and @noble/ciphers' XChaCha20-Poly1305 with no parsing around it.
 */
import { installScriptUrlPolicy } from '../src/pwa/trusted-types';
import { kdf } from './page/kdf';
import { save } from './page/save';
import { search } from './page/search';
import { seed } from './page/seed';
import { appSplit, floorFirst, floorRead, unlock } from './page/unlock';

export type BenchConfig =
  | { task: 'kdf'; impl: 'worker' | 'wasm' | 'js' }
  | { task: 'seed'; db: string; entries: number; viaSession: number; textBytes: number }
  | { task: 'unlock'; db: string; recoveryKey: string }
  | { task: 'floor-read'; db: string; recoveryKey: string }
  | { task: 'floor-first'; db: string; recoveryKey: string }
  | { task: 'app-split'; db: string; recoveryKey: string }
  | { task: 'save'; db: string; recoveryKey: string; count: number; textBytes: number }
  | { task: 'search'; entries: number; textBytes: number; rounds: number };

declare global {
  interface Window {
    runBench(config: BenchConfig): Promise<unknown>;
    benchReady: boolean;
  }
}

// The page is served with the app's CSP, Trusted Types included: the KDF worker needs the
// app's policy exactly as in the app (src/app/App.tsx installs it there).
installScriptUrlPolicy();

window.runBench = async (config: BenchConfig) => {
  switch (config.task) {
    case 'kdf':
      return kdf(config.impl);
    case 'seed':
      return seed(config.db, config.entries, config.viaSession, config.textBytes);
    case 'unlock':
      return unlock(config.db, config.recoveryKey);
    case 'search':
      return search(config.entries, config.textBytes, config.rounds);
    case 'floor-read':
      return floorRead(config.db, config.recoveryKey);
    case 'floor-first':
      return floorFirst(config.db, config.recoveryKey);
    case 'app-split':
      return appSplit(config.db, config.recoveryKey);
    case 'save':
      return save(config.db, config.recoveryKey, config.count, config.textBytes);
  }
};
window.benchReady = true;

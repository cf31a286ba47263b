import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The benchmark page (bench/index.html + bench/bench-page.ts) built into dist-bench/.
 * Same build settings as the app (vite.config.ts) where they matter for speed: ES2022
 * target, no inlined assets, the KDF worker as an ES module worker. No Preact: the page
 * has no UI. `node bench/run.mjs` builds it with this file and serves it with the real CSP.
 */
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../dist-bench', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
  worker: { format: 'es' },
});

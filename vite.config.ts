import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

// A build id lets the app (and later the update prompt) tell one deployment from another.
const buildId = process.env.TEND_BUILD_ID ?? new Date().toISOString().replace(/[-:]/g, '').slice(0, 15);

export default defineConfig({
  plugins: [preact()],
  define: {
    __TEND_BUILD_ID__: JSON.stringify(buildId),
    __TEND_VERSION__: JSON.stringify(process.env.npm_package_version ?? '0.0.0'),
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Keep WASM and everything else as files: nothing inlined as data: URLs (the CSP forbids them).
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
  worker: { format: 'es' },
});

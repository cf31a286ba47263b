import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { tendManifest } from './scripts/manifest';

// A build id lets the app (and the update prompt) tell one deployment from another.
const buildId = process.env.TEND_BUILD_ID ?? new Date().toISOString().replace(/[-:]/g, '').slice(0, 15);

/**
 * The entry chunk sets the chosen colour theme (app/theme.ts) before its first render. Marking
 * it render-blocking makes the browser wait for it before the first paint, so a person who
 * chose dark never sees a light frame on a light device (no inline script: the CSP forbids
 * them). Browsers without `blocking` simply paint a frame earlier. Vite drops the attribute
 * from index.html when it rewrites the tag, so it is added to the built tag here.
 */
function renderBlockingEntry(): Plugin {
  return {
    name: 'tend-render-blocking-entry',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const entry = /<script type="module" crossorigin src="(\/assets\/index-[\w-]+\.js)"><\/script>/;
        if (!entry.test(html)) throw new Error('tend-render-blocking-entry: the entry <script> was not found in index.html');
        return html.replace(entry, '<script type="module" crossorigin src="$1" blocking="render"></script>');
      },
    },
  };
}

export default defineConfig({
  plugins: [
    preact(),
    renderBlockingEntry(),
    VitePWA({
      // Never reload over an unsaved entry: the app asks first (src/pwa/UpdatePrompt.tsx).
      registerType: 'prompt',
      injectRegister: false,
      strategies: 'generateSW',
      manifestFilename: 'manifest.webmanifest',
      manifest: tendManifest,
      workbox: {
        // Everything the app needs to start, unlock, write and back up with no network:
        // every chunk, the KDF worker (with its inlined WASM), CSS, icons, the manifest.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,wasm}'],
        // The install-dialog screenshots are only for the browser's install sheet (and the
        // README): the app never shows them, so they are not worth a byte of every install.
        globIgnores: ['screenshots/**'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first install controls the open page at once, so one visit is enough to work
        // offline. Updates still wait for the user's Reload (no skipWaiting).
        clientsClaim: true,
        // The app never fetches anything at run time, so no runtime caching rules.
        runtimeCaching: [],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        // One self-contained sw.js: the workbox runtime is bundled in instead of loaded with
        // importScripts(), which the CSP's `require-trusted-types-for 'script'` refuses inside
        // the service worker (it would need a Trusted Types policy there too).
        inlineWorkboxRuntime: true,
      },
      devOptions: { enabled: false },
    }),
  ],
  define: {
    __TEND_BUILD_ID__: JSON.stringify(buildId),
    __TEND_VERSION__: JSON.stringify(process.env.npm_package_version ?? '0.0.0'),
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Keep WASM and everything else as files: nothing inlined as data: URLs.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    rollupOptions: {
      output: {
        // Reflective content (prompts, templates, exercises, the ProQOL text) is data, not
        // code: its own chunk, budgeted on its own (docs/benchmarks.md). The support page's
        // text stays with the lock screen, which shows it while locked.
        manualChunks(id: string) {
          if (id.includes('/src/content/') && !id.endsWith('/src/content/support.ts')) return 'content';
          return undefined;
        },
      },
    },
  },
  worker: { format: 'es' },
});

import type { ManifestOptions } from 'vite-plugin-pwa';

/** Colours shared with index.html's theme-color and the stylesheet's --bg / --accent. */
export const THEME_COLOR = '#f6f4ef';
export const BACKGROUND_COLOR = '#f6f4ef';

/**
 * The web app manifest. `id` and `scope` are fixed so an installed Tend stays the same app
 * across updates; icons are our own artwork (assets-src/, rasterised by make-icons.mjs).
 */
export const tendManifest: Partial<ManifestOptions> = {
  id: '/',
  name: 'Tend',
  short_name: 'Tend',
  description: 'A private, encrypted reflection journal for therapists. Your entries stay on this device.',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  orientation: 'any',
  theme_color: THEME_COLOR,
  background_color: BACKGROUND_COLOR,
  lang: 'en',
  categories: ['health', 'lifestyle', 'productivity'],
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
  ],
  shortcuts: [
    { name: 'New entry', short_name: 'New entry', url: '/?action=new-entry', icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }] },
    { name: 'Daily prompt', short_name: 'Prompt', url: '/?action=daily-prompt', icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }] },
  ],
  screenshots: [
    { src: '/screenshots/narrow.png', sizes: '390x844', type: 'image/png', form_factor: 'narrow', label: 'Tend on a phone' },
    { src: '/screenshots/wide.png', sizes: '1440x900', type: 'image/png', form_factor: 'wide', label: 'Tend on a desktop' },
  ],
};

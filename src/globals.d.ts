/** Replaced at build time by vite.config.ts `define`. */
declare const __TEND_BUILD_ID__: string;
declare const __TEND_VERSION__: string;

// Bundle sizes of the production build (dist/), deterministic: gzip level 9 with Node's zlib.
// Used by bench/run.mjs (the table) and test/browser/bundle-size.test.ts (the budgets as a test).
// Plain Node ESM, no dependencies.

import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** 1 KB = 1,000 bytes here, as in Vite's build report. */
export const KB = 1000;

/** Design §9. */
export const BUNDLE_BUDGETS = Object.freeze({
  /** What dist/index.html loads before anything else: the lock screen. */
  entryGzipBytes: 25 * KB,
  /**
   * The code that starts, unlocks and runs the journal: every JS file in dist/ except the
   * on-demand groups below and the service worker's own scripts (sw.js, workbox-*.js at
   * the root, which run in the worker and are not precached). The KDF worker is included.
   * Design §9 says "all precached JS <= 120 KB"; see docs/decisions.md for why the
   * content and the backup code have budgets of their own, and why the journal experience
   * (issue #6) raised this one to 140 KB.
   */
  codeGzipBytes: 140 * KB,
  /** The content chunk: text for clinicians, read when a guided feature opens. */
  contentGzipBytes: 40 * KB,
  /**
   * Backup and export: the age worker, its client and the Markdown zip, loaded on demand.
   * 33.0 KB since Tend writes age itself (was 74.5 KB with the age-encryption package; see
   * docs/decisions.md), so a little headroom, not room for that library to come back.
   */
  backupGzipBytes: 35 * KB,
});

/** Vite's chunk for src/content (see manualChunks in vite.config.ts). */
export const CONTENT_CHUNK = /(^|\/)content-[\w-]+\.js$/;
/** The backup and export chunks (lazy: `import()` from Settings and the restore screen). */
export const BACKUP_CHUNK = /(^|\/)(backup-[\w-]+|plaintext-export-[\w-]+)\.js$/;
/** The service worker's scripts: not precached, never run in the page. */
export const SW_SCRIPT = /^(sw|workbox-[\w-]+)\.js$/;

export function gzipSize(bytes) {
  return gzipSync(bytes, { level: 9 }).length;
}

function listFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(path));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

/**
 * The JS that index.html itself loads: module scripts plus the modulepreload links Vite adds
 * for the entry's static imports (they are fetched at once, so they count as the entry).
 * Lazy chunks (import()) and the worker are not in it.
 */
export function entryScripts(indexHtml) {
  const urls = new Set();
  for (const tag of indexHtml.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name) => tag.match(new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i'))?.[1];
    if (/^<script/i.test(tag) && attr('src')) urls.add(attr('src'));
    if (/^<link/i.test(tag) && /modulepreload/i.test(attr('rel') ?? '') && attr('href')) urls.add(attr('href'));
  }
  return [...urls].filter((u) => !/^[a-z]+:/i.test(u) && !u.startsWith('//'));
}

/**
 * @param {string} distDir the build directory (holds index.html)
 */
export function measureBundle(distDir) {
  const indexHtml = readFileSync(join(distDir, 'index.html'), 'utf8');
  const files = listFiles(distDir)
    .filter((f) => /\.m?js$/.test(f))
    .map((f) => {
      const bytes = readFileSync(f);
      return { file: relative(distDir, f).split(sep).join('/'), bytes: bytes.length, gzipBytes: gzipSize(bytes) };
    })
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  const entryFiles = entryScripts(indexHtml).map((u) => u.replace(/^\.?\//, '').split(/[?#]/)[0]);
  const entry = files.filter((f) => entryFiles.includes(f.file));
  const missing = entryFiles.filter((f) => !files.some((x) => x.file === f));
  if (entry.length === 0 || missing.length > 0) {
    throw new Error(`bundle-size: index.html loads ${JSON.stringify(entryFiles)}, not found as JS in ${distDir}`);
  }
  const sum = (list, key) => list.reduce((n, f) => n + f[key], 0);
  const content = files.filter((f) => CONTENT_CHUNK.test(f.file));
  const backup = files.filter((f) => BACKUP_CHUNK.test(f.file));
  const sw = files.filter((f) => SW_SCRIPT.test(f.file));
  const code = files.filter((f) => !content.includes(f) && !backup.includes(f) && !sw.includes(f));
  const group = (list) => ({ count: list.length, bytes: sum(list, 'bytes'), gzipBytes: sum(list, 'gzipBytes') });
  return {
    entry: { files: entry.map((f) => f.file), bytes: sum(entry, 'bytes'), gzipBytes: sum(entry, 'gzipBytes') },
    allJs: group(files),
    code: group(code),
    content: group(content),
    backup: group(backup),
    serviceWorker: group(sw),
    files,
  };
}

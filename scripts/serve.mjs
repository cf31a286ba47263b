#!/usr/bin/env node
// Static server for the production build (dist/), with the real security headers.
// Plain Node, no dependencies. `npm start` and the browser tests use it.
//
//   node scripts/serve.mjs [--port N] [--root DIR] [--host H]    (PORT env works too; 0 = random)
//   import { startServer } from './scripts/serve.mjs'
//   const { url, port, close } = await startServer({ root: 'dist', port: 0 })

import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEFAULT_PORT = 4173;
export const DEFAULT_HOST = '127.0.0.1';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  "trusted-types default",
].join('; ');

// Powerful features Tend never uses. Only names Chromium recognises: an unknown name logs a
// console warning (Linux Chromium rejects 'bluetooth', for one); the smoke test checks for that.
// Clipboard, fullscreen and web-share stay allowed: the app may copy a recovery key or share a backup.
export const PERMISSIONS_POLICY = [
  'camera', 'microphone', 'geolocation', 'accelerometer', 'autoplay',
  'browsing-topics', 'display-capture', 'encrypted-media', 'gyroscope', 'hid',
  'idle-detection', 'local-fonts', 'magnetometer', 'midi', 'otp-credentials', 'payment',
  'picture-in-picture', 'screen-wake-lock', 'serial', 'usb', 'xr-spatial-tracking',
].map((feature) => `${feature}=()`).join(', ');

/** Sent on every response, errors included. docs/deploy.md mirrors this list. */
export const SECURITY_HEADERS = Object.freeze({
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': PERMISSIONS_POLICY,
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
});

export const MIME_TYPES = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
});

export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
export const CACHE_REVALIDATE = 'no-cache';

/** Only content-hashed files under /assets/ may be cached for long; everything else revalidates. */
export function cacheControlFor(urlPath) {
  return urlPath.startsWith('/assets/') ? CACHE_IMMUTABLE : CACHE_REVALIDATE;
}

export function contentTypeFor(filePath) {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

async function statFile(path) {
  try {
    const info = await stat(path);
    return info.isFile() ? info : info.isDirectory() ? 'dir' : null;
  } catch {
    return null;
  }
}

/** Maps a URL path to a file under root, or null. Never leaves root (checked after symlinks too). */
async function resolveFile(root, realRoot, urlPath) {
  let target = resolve(root, '.' + urlPath);
  if (target !== root && !target.startsWith(root + sep)) return null;
  let info = await statFile(target);
  if (info === 'dir') {
    target = join(target, 'index.html');
    info = await statFile(target);
  }
  if (!info || info === 'dir') return null;
  const real = await realpath(target);
  if (real !== realRoot && !real.startsWith(realRoot + sep)) return null;
  return { path: target, info };
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(body),
    ...headers,
  });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

async function handle(root, realRoot, req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return send(res, 405, 'Method Not Allowed\n', { Allow: 'GET, HEAD' });
  }
  let urlPath;
  try {
    // Origin-form ("/path", never protocol-relative: "//x" is a path here) or absolute-form.
    const target = req.url ?? '/';
    const parsed = target.startsWith('/') ? new URL(`http://localhost${target}`) : new URL(target);
    urlPath = decodeURIComponent(parsed.pathname);
  } catch {
    return send(res, 400, 'Bad Request\n');
  }
  if (urlPath.includes('\0') || urlPath.includes('\\')) return send(res, 400, 'Bad Request\n');
  const segments = urlPath.split('/');
  if (segments.some((s) => s === '..')) return send(res, 400, 'Bad Request\n');
  if (segments.some((s) => s.startsWith('.'))) return send(res, 404, 'Not Found\n');

  let file = await resolveFile(root, realRoot, urlPath);
  let servedPath = urlPath;
  if (!file) {
    // Client-side routes (no extension in the last segment) get the app shell; missing assets are 404.
    const last = segments[segments.length - 1] ?? '';
    if (extname(last) !== '') return send(res, 404, 'Not Found\n');
    file = await resolveFile(root, realRoot, '/index.html');
    servedPath = '/index.html';
    if (!file) return send(res, 404, 'Not Found (no index.html in the build; run npm run build)\n');
  }

  const etag = `"${file.info.size.toString(16)}-${Math.floor(file.info.mtimeMs).toString(16)}"`;
  const headers = {
    ...SECURITY_HEADERS,
    'Content-Type': contentTypeFor(file.path),
    'Cache-Control': cacheControlFor(servedPath),
    ETag: etag,
    'Last-Modified': file.info.mtime.toUTCString(),
  };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers);
    return res.end();
  }
  headers['Content-Length'] = file.info.size;
  res.writeHead(200, headers);
  if (req.method === 'HEAD') return res.end();
  const stream = createReadStream(file.path);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

/**
 * Serves `root` (default: dist/ next to this script's parent) until close() is called.
 * @param {{ root?: string, port?: number, host?: string }} [options]
 * @returns {Promise<{ url: string, port: number, host: string, close: () => Promise<void> }>}
 */
export async function startServer({ root = fileURLToPath(new URL('../dist', import.meta.url)), port = DEFAULT_PORT, host = DEFAULT_HOST } = {}) {
  const absRoot = resolve(root);
  const realRoot = await realpath(absRoot).catch(() => {
    throw new Error(`serve: build directory not found: ${absRoot} (run npm run build first)`);
  });
  const server = createServer((req, res) => {
    handle(absRoot, realRoot, req, res).catch((err) => {
      console.error('serve: internal error', err);
      if (!res.headersSent) send(res, 500, 'Internal Server Error\n');
      else res.destroy();
    });
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      ok();
    });
  });
  const actualPort = /** @type {import('node:net').AddressInfo} */ (server.address()).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  let closing;
  return {
    url: `http://${urlHost}:${actualPort}`,
    port: actualPort,
    host,
    close() {
      closing ??= new Promise((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

function parseArgs(argv, env) {
  const options = { port: env.PORT !== undefined && env.PORT !== '' ? Number(env.PORT) : DEFAULT_PORT };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--port') options.port = Number(value());
    else if (flag === '--root') options.root = value();
    else if (flag === '--host') options.host = value();
    else throw new Error(`serve: unknown argument ${argv[i]} (use --port N, --root DIR, --host H)`);
  }
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) {
    throw new Error('serve: the port must be an integer from 0 to 65535');
  }
  return options;
}

async function main() {
  let server;
  try {
    const options = parseArgs(process.argv.slice(2), process.env);
    server = await startServer(options);
  } catch (err) {
    console.error(err.code === 'EADDRINUSE' ? `serve: port ${err.port} is in use; try --port N or PORT=N` : err.message);
    process.exit(1);
  }
  const shown = server.host === DEFAULT_HOST ? `http://localhost:${server.port}/` : `${server.url}/`;
  console.log(`Tend is being served at ${shown}  (Ctrl+C to stop)`);
  const stop = () => server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

const invokedDirectly = process.argv[1] !== undefined
  && (await realpath(process.argv[1]).catch(() => process.argv[1])) === (await realpath(fileURLToPath(import.meta.url)));
if (invokedDirectly) await main();

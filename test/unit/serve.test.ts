/**
 * scripts/serve.mjs: headers on every response, MIME types, cache rules, SPA fallback, 404/405,
 * path traversal, and docs/deploy.md staying in step with SECURITY_HEADERS.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS, startServer, type RunningServer } from '../../scripts/serve.mjs';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
let dir: string;
let server: RunningServer;

/** Raw GET (fetch would normalise "..": we want exactly these bytes on the wire). */
function raw(path: string, method = 'GET'): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((ok, fail) => {
    const req = request(`${server.url}/`, { method, path }, (res) => {
      let body = '';
      res.setEncoding('latin1');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tend-serve-'));
  const root = join(dir, 'dist');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><div id="app"></div>');
  writeFileSync(join(root, 'assets', 'app-1a2b.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'style-1a2b.css'), 'body{}');
  writeFileSync(join(root, 'assets', 'argon2-1a2b.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
  writeFileSync(join(root, 'sw.js'), 'self.addEventListener("fetch", () => {})');
  writeFileSync(join(root, 'manifest.webmanifest'), '{}');
  writeFileSync(join(root, 'icon.svg'), '<svg/>');
  writeFileSync(join(root, 'icon-192.png'), 'png');
  writeFileSync(join(root, 'favicon.ico'), 'ico');
  writeFileSync(join(root, 'robots.txt'), 'User-agent: *');
  writeFileSync(join(root, 'data.json'), '{}');
  writeFileSync(join(root, '.env'), 'SECRET=dotfile');
  writeFileSync(join(dir, 'secret.txt'), 'SECRET-OUTSIDE-ROOT');
  symlinkSync(join(dir, 'secret.txt'), join(root, 'assets', 'link.txt'));
  server = await startServer({ root, port: 0 });
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('serve.mjs', () => {
  it('sends every security header on every kind of response', async () => {
    const cases: Array<[string, string, number]> = [
      ['/', 'GET', 200],
      ['/assets/app-1a2b.js', 'GET', 200],
      ['/journal/some-route', 'GET', 200],
      ['/assets/missing.js', 'GET', 404],
      ['/', 'POST', 405],
      ['/%E0%A4%A', 'GET', 400],
      ['/', 'HEAD', 200],
    ];
    for (const [path, method, status] of cases) {
      const res = await raw(path, method);
      expect(res.status, `${method} ${path}`).toBe(status);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        expect(res.headers[name.toLowerCase()], `${method} ${path} ${name}`).toBe(value);
      }
    }
    expect(SECURITY_HEADERS['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    // Trusted Types (issue #7 item 7): strings never reach script sinks; one policy, `default`.
    expect(SECURITY_HEADERS['Content-Security-Policy']).toContain("require-trusted-types-for 'script'; trusted-types default");
    expect(SECURITY_HEADERS['Permissions-Policy']).toMatch(/camera=\(\), microphone=\(\), geolocation=\(\)/);
  });

  it('uses the right MIME type and cache rule per file', async () => {
    const expectations: Array<[string, RegExp, string]> = [
      ['/', /^text\/html; charset=utf-8$/, 'no-cache'],
      ['/index.html', /^text\/html/, 'no-cache'],
      ['/sw.js', /^text\/javascript/, 'no-cache'],
      ['/manifest.webmanifest', /^application\/manifest\+json/, 'no-cache'],
      ['/assets/app-1a2b.js', /^text\/javascript/, 'public, max-age=31536000, immutable'],
      ['/assets/style-1a2b.css', /^text\/css/, 'public, max-age=31536000, immutable'],
      ['/assets/argon2-1a2b.wasm', /^application\/wasm$/, 'public, max-age=31536000, immutable'],
      ['/icon.svg', /^image\/svg\+xml$/, 'no-cache'],
      ['/icon-192.png', /^image\/png$/, 'no-cache'],
      ['/favicon.ico', /^image\/x-icon$/, 'no-cache'],
      ['/robots.txt', /^text\/plain/, 'no-cache'],
      ['/data.json', /^application\/json/, 'no-cache'],
      ['/journal/entry', /^text\/html/, 'no-cache'],
    ];
    for (const [path, type, cache] of expectations) {
      const res = await fetch(server.url + path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toMatch(type);
      expect(res.headers.get('cache-control'), path).toBe(cache);
    }
  });

  it('falls back to index.html only for extensionless paths; 404 otherwise; GET/HEAD only', async () => {
    expect(await (await fetch(`${server.url}/settings/backup`)).text()).toContain('id="app"');
    expect((await fetch(`${server.url}/assets/nope-123.js`)).status).toBe(404);
    expect((await fetch(`${server.url}/nope.png`)).status).toBe(404);
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH']) {
      const res = await fetch(`${server.url}/`, { method });
      expect(res.status, method).toBe(405);
      expect(res.headers.get('allow')).toBe('GET, HEAD');
    }
    const head = await raw('/assets/app-1a2b.js', 'HEAD');
    expect(head.body).toBe('');
    expect(head.headers['content-length']).toBe(String('console.log(1)'.length));
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const first = await fetch(`${server.url}/sw.js`);
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await fetch(`${server.url}/sw.js`, { headers: { 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
    expect(again.headers.get('content-security-policy')).toBe(SECURITY_HEADERS['Content-Security-Policy']);
  });

  it('never serves anything outside the root, nor dotfiles', async () => {
    const attempts = [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/..%5c..%5csecret.txt',
      '/..%2fsecret.txt',
      '/assets/link.txt',
      '/.env',
      '/%2eenv',
      `/${'%00'}secret.txt`,
      '//secret.txt',
    ];
    for (const path of attempts) {
      const res = await raw(path);
      expect(res.body, path).not.toContain('SECRET');
      expect([400, 404], path).toContain(res.status);
    }
  });

  it('runs as a CLI on the given port and prints its URL', async () => {
    const child = spawn(process.execPath, [join(REPO, 'scripts/serve.mjs'), '--root', join(dir, 'dist'), '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await new Promise<string>((ok, fail) => {
        let out = '';
        child.stdout.on('data', (c: Buffer) => {
          out += c.toString();
          const m = /http:\/\/localhost:(\d+)\//.exec(out);
          if (m) ok(`http://127.0.0.1:${m[1]}/`);
        });
        child.on('exit', (code) => fail(new Error(`exited ${code}: ${out}`)));
      });
      const res = await fetch(url);
      expect(res.status).toBe(200);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    } finally {
      child.kill('SIGTERM');
    }
  });
});

describe('docs/deploy.md', () => {
  it('lists every header of SECURITY_HEADERS verbatim', () => {
    const doc = readFileSync(join(REPO, 'docs/deploy.md'), 'utf8');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(doc, name).toContain(`${name}: ${value}`);
      // nginx, Caddy, Apache each quote the value.
      expect(doc.split(`"${value}"`).length - 1, `${name} in nginx/Caddy/Apache`).toBeGreaterThanOrEqual(3);
    }
  });
});

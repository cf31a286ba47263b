import { describe, expect, it } from 'vitest';
import { allowScriptUrl, SERVICE_WORKER_SINK, UntrustedScriptUrlError, WORKER_SINK } from '../../src/pwa/trusted-types';

/**
 * The rule of Tend's only Trusted Types policy (src/pwa/trusted-types.ts): script URLs for
 * Tend's own built files on its own origin, and nothing else. The browser test
 * (test/browser/csp.test.ts) shows the policy installed and enforced in Chromium.
 */
const HERE = { origin: 'https://tend.example', baseURI: 'https://tend.example/', base: '/' };

describe('allowScriptUrl', () => {
  it('admits the built workers for the Worker sink and /sw.js for the service-worker sink', () => {
    expect(allowScriptUrl('https://tend.example/assets/kdf-worker-DBSGGTS2.js', WORKER_SINK, HERE)).toBe('https://tend.example/assets/kdf-worker-DBSGGTS2.js');
    expect(allowScriptUrl('/assets/backup-worker-TlhOx-zX.js', WORKER_SINK, HERE)).toBe('https://tend.example/assets/backup-worker-TlhOx-zX.js');
    expect(allowScriptUrl('/sw.js', SERVICE_WORKER_SINK, HERE)).toBe('https://tend.example/sw.js');
  });

  it('honours a base path: the app under /journal/ may load only /journal/… files', () => {
    const sub = { origin: 'https://x.example', baseURI: 'https://x.example/journal/', base: '/journal/' };
    expect(allowScriptUrl('sw.js', SERVICE_WORKER_SINK, sub)).toBe('https://x.example/journal/sw.js');
    expect(allowScriptUrl('assets/kdf-worker-1.js', WORKER_SINK, sub)).toBe('https://x.example/journal/assets/kdf-worker-1.js');
    expect(() => allowScriptUrl('/sw.js', SERVICE_WORKER_SINK, sub)).toThrow(UntrustedScriptUrlError);
    expect(() => allowScriptUrl('/assets/kdf-worker-1.js', WORKER_SINK, sub)).toThrow(UntrustedScriptUrlError);
  });

  it.each([
    ['another origin', 'https://elsewhere.example/assets/w.js', WORKER_SINK],
    ['another port', 'https://tend.example:8443/assets/w.js', WORKER_SINK],
    ['http instead of https', 'http://tend.example/assets/w.js', WORKER_SINK],
    ['a data: URL', 'data:text/javascript,self.x=1', WORKER_SINK],
    ['a blob: URL', 'blob:https://tend.example/5f0c1f3e-0000-4000-8000-000000000000', WORKER_SINK],
    ['a javascript: URL', 'javascript:alert(1)', WORKER_SINK],
    ['a query string', '/assets/w.js?x=1', WORKER_SINK],
    ['a fragment', '/assets/w.js#x', WORKER_SINK],
    ['credentials', 'https://u:p@tend.example/assets/w.js', WORKER_SINK],
    ['a nested folder', '/assets/sub/w.js', WORKER_SINK],
    ['a climb out of assets', '/assets/../sw.js', WORKER_SINK],
    ['an encoded climb', '/assets/%2e%2e/sw.js', WORKER_SINK],
    ['not JavaScript', '/assets/argon2.wasm', WORKER_SINK],
    ['the service worker as a worker', '/sw.js', WORKER_SINK],
    ['a worker as the service worker', '/assets/kdf-worker-1.js', SERVICE_WORKER_SINK],
    ['another service-worker file', '/sw2.js', SERVICE_WORKER_SINK],
    ['a <script src>', '/assets/index-1.js', 'HTMLScriptElement src'],
    ['importScripts', '/assets/index-1.js', 'WorkerGlobalScope importScripts'],
    ['a shared worker', '/assets/kdf-worker-1.js', 'SharedWorker constructor'],
    ['no sink name', '/assets/kdf-worker-1.js', ''],
  ])('refuses %s', (_why, url, sink) => {
    expect(() => allowScriptUrl(url, sink, HERE)).toThrow(UntrustedScriptUrlError);
  });
});

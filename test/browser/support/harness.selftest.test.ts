/**
 * The harness checks itself, so a browser test cannot pass because a detector is blind:
 * a foreign request, a CSP violation, a page error and markers hidden in every kind of storage
 * must all be seen. Runs against a tiny fixture site, not the app.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_HELP, dumpStorage, findChromium, foreignRequests, openApp, type RecordedRequest } from '../harness';

const SITE = fileURLToPath(new URL('./selftest-site', import.meta.url));

describe('harness self-test', () => {
  it('findChromium throws the install instruction instead of skipping', () => {
    expect(() => findChromium({ PATH: '' }, '/nonexistent/chromium')).toThrow(CHROMIUM_HELP);
    expect(() => findChromium({ CHROMIUM_PATH: '/nonexistent/chrome' })).toThrow(/CHROMIUM_PATH=\/nonexistent\/chrome/);
    expect(CHROMIUM_HELP).toMatch(/apt-get install chromium/);
  });

  it('foreignRequests counts other http(s)/ws(s) origins only', () => {
    const r = (url: string): RecordedRequest => ({ url, method: 'GET', resourceType: 'other', fromServiceWorker: false });
    const origin = 'http://127.0.0.1:4000';
    const all = [
      r('http://127.0.0.1:4000/assets/a.js'),
      r('ws://127.0.0.1:4000/socket'),
      r('data:image/png;base64,AAAA'),
      r('blob:http://127.0.0.1:4000/1234'),
      r('chrome-extension://abc/x.js'),
      r('http://127.0.0.1:4001/'),
      r('https://127.0.0.1:4000/'),
      r('http://localhost:4000/'),
      r('https://fonts.example.com/x.woff2'),
      r('wss://tracker.example/'),
    ];
    expect(foreignRequests(all, origin).map((x) => x.url)).toEqual([
      'http://127.0.0.1:4001/',
      'https://127.0.0.1:4000/',
      'http://localhost:4000/',
      'https://fonts.example.com/x.woff2',
      'wss://tracker.example/',
    ]);
  });

  it('sees foreign requests, CSP violations and page errors', async () => {
    const app = await openApp({ root: SITE });
    const { page } = app;
    await expect.poll(() => page.locator('#app').innerText()).toBe('self-test page');
    expect(foreignRequests(app.requests, app.origin)).toEqual([]);
    expect(app.cspViolations).toEqual([]);
    expect(app.pageErrors).toEqual([]);

    // CSP: an inline script and a fetch to another origin are both refused and reported. The
    // site is served with the app's CSP, so Trusted Types refuses the script's text first.
    const assigned = await page.evaluate(() => {
      const s = document.createElement('script');
      let ok = true;
      try {
        s.textContent = 'window.__inlineRan = true';
      } catch {
        ok = false;
      }
      document.body.append(s);
      void fetch('https://collector.example/beacon').catch(() => {});
      return ok;
    });
    expect(assigned).toBe(false);
    await expect.poll(() => app.cspViolations.filter((v) => v.source === 'event').map((v) => v.directive).sort())
      .toEqual(['connect-src', 'require-trusted-types-for']);
    expect(await page.evaluate(() => (window as { __inlineRan?: boolean }).__inlineRan)).toBeUndefined();

    // An uncaught error.
    await page.evaluate(() => setTimeout(() => { throw new Error('selftest-boom'); }));
    await expect.poll(() => app.pageErrors.map((e) => e.message)).toContain('selftest-boom');

    // A top-level navigation is not governed by CSP: it must show up as a foreign request.
    await page.goto('http://tend-selftest.example/leak?x=1').catch(() => {});
    expect(foreignRequests(app.requests, app.origin).map((r) => r.url)).toContain('http://tend-selftest.example/leak?x=1');
  });

  it('dumpStorage finds markers in every storage area and encoding', async () => {
    const app = await openApp({ root: SITE });
    await app.page.evaluate(async () => {
      const enc = (s: string) => new TextEncoder().encode(s);
      const utf16 = (s: string) => new Uint8Array(Uint16Array.from(s, (c) => c.charCodeAt(0)).buffer);
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const r = indexedDB.open('selftest', 3);
        r.onupgradeneeded = () => {
          r.result.createObjectStore('records', { keyPath: 'id' });
          r.result.createObjectStore('blobs');
        };
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
      const tx = db.transaction(['records', 'blobs'], 'readwrite');
      const records = tx.objectStore('records');
      records.put({ id: 'plain', title: 'MARK_PLAIN' });
      records.put({ id: 'u8', c: enc('xx MARK_UTF8 ü yy') });
      records.put({ id: 'ab', c: enc('MARK_BUFFER').buffer });
      records.put({ id: 'u16', c: utf16('MARK_UTF16') });
      records.put({ id: 'u16odd', c: new Uint8Array([0, ...utf16('MARK_ODD16')]) });
      records.put({ id: 'b64', c: btoa('MARK_BASE64 in here') });
      records.put({ id: 'hex', c: Array.from(enc('MARK_HEX'), (b) => b.toString(16).padStart(2, '0')).join('') });
      records.put({ id: 'nested', m: new Map([['k', new Set([{ deep: ['MARK_NESTED'] }])]]), d: new DataView(enc('MARK_VIEW').buffer) });
      records.put({ id: 'MARK_KEY', v: 1 });
      tx.objectStore('blobs').put(new Blob(['MARK_BLOB']), 'blob-1');
      await new Promise((ok) => { tx.oncomplete = ok; });
      db.close();
      localStorage.setItem('draft', 'MARK_LOCAL');
      sessionStorage.setItem('MARK_SESSIONKEY', 'x');
      const cache = await caches.open('selftest-cache');
      await cache.put('/cached', new Response('body MARK_CACHE'));
      const dir = await navigator.storage.getDirectory();
      const file = await (await dir.getDirectoryHandle('sub', { create: true })).getFileHandle('f.bin', { create: true });
      const w = await file.createWritable();
      await w.write('MARK_OPFS');
      await w.close();
    });
    const dump = await dumpStorage(app.page);
    const where: Record<string, string> = {
      MARK_PLAIN: 'idb/selftest/records/"plain"',
      MARK_UTF8: 'idb/selftest/records/"u8"',
      MARK_BUFFER: 'idb/selftest/records/"ab"',
      MARK_UTF16: 'idb/selftest/records/"u16"',
      MARK_ODD16: 'idb/selftest/records/"u16odd"',
      MARK_BASE64: 'idb/selftest/records/"b64"',
      MARK_HEX: 'idb/selftest/records/"hex"',
      MARK_NESTED: 'idb/selftest/records/"nested"',
      MARK_VIEW: 'idb/selftest/records/"nested"',
      MARK_KEY: 'idb/selftest/records/"MARK_KEY"',
      MARK_BLOB: 'idb/selftest/blobs/"blob-1"',
      MARK_LOCAL: 'localStorage/draft',
      MARK_SESSIONKEY: 'sessionStorage/MARK_SESSIONKEY',
      MARK_CACHE: `cache/selftest-cache/${app.origin}/cached`,
      MARK_OPFS: 'opfs/sub/f.bin',
    };
    for (const [marker, place] of Object.entries(where)) {
      expect(dump.text, marker).toContain(marker);
      expect(dump.find(marker), marker).toEqual([place]);
    }
    expect(dump.find('ü')).toContain('idb/selftest/records/"u8"');
    expect(dump.databases.map((d) => [d.name, d.version])).toEqual([['selftest', 3]]);
    expect(dump.text).not.toContain('MARK_NEVER_STORED');
    expect(dump.find('MARK_NEVER_STORED')).toEqual([]);
  });
});

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../scripts/serve.mjs';
import { foreignRequests, openApp, type App, type CspViolation } from './harness';
import { tendPages } from './pages';
import { BackupPage } from './pages/BackupPage';

/**
 * Issue #7 item 7: the CSP with Trusted Types (`require-trusted-types-for 'script';
 * trusted-types default`). The app runs under it with zero violations (service worker,
 * KDF worker, backup worker), the only policy lets through nothing but Tend's own script
 * files, and injected script (inline <script>, a javascript: link, innerHTML with an
 * <img onerror>) never runs and is reported.
 */
const PASS = 'juniper compass meadow eleven';
const BACKUP_PASS = 'copper lantern thistle ninety';
const TRUSTED_TYPES = ["require-trusted-types-for 'script'", 'trusted-types default'];

const directives = (csp: string) => csp.split(';').map((d) => d.trim()).filter(Boolean).sort();

async function setUp(app: App) {
  const ui = tendPages(app.page);
  await ui.setup.create(PASS);
  await ui.kit.confirm();
  await ui.journal.waitFor();
  return ui;
}

const marker = (page: Page) => page.evaluate(() => (window as unknown as { __injected?: unknown }).__injected);

/**
 * The violations reported since `from`, once one from `source` has arrived: the page's
 * securitypolicyviolation event, or (where Chromium only logs, as for a script element whose
 * text node was added directly) its console message.
 */
async function violationsSince(app: App, from: number, source: CspViolation['source'] = 'event'): Promise<CspViolation[]> {
  await expect.poll(() => app.cspViolations.slice(from).some((v) => v.source === source), { timeout: 10_000 }).toBe(true);
  return app.cspViolations.slice(from);
}

describe('CSP and Trusted Types', () => {
  it('/ and sw.js carry the full CSP with Trusted Types, and the page’s meta CSP says the same', async () => {
    const app = await openApp();
    expect(directives(CONTENT_SECURITY_POLICY)).toEqual(expect.arrayContaining(TRUSTED_TYPES));
    for (const path of ['/', '/sw.js']) {
      const res = await fetch(new URL(path, app.url));
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-security-policy'), path).toBe(CONTENT_SECURITY_POLICY);
    }
    expect((await app.response!.allHeaders())['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    // A <meta> CSP cannot carry frame-ancestors; every other directive is the same as the header's.
    const meta = await app.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(directives(meta ?? '')).toEqual(directives(CONTENT_SECURITY_POLICY).filter((d) => !d.startsWith('frame-ancestors')));
    // The browser enforces it: our one policy exists, and no other can be made.
    expect(await app.page.evaluate(() => (window as any).trustedTypes?.defaultPolicy?.name)).toBe('default');
    const another = await app.page.evaluate(() => {
      try {
        (window as any).trustedTypes.createPolicy('attacker', { createHTML: (s: string) => s });
        return 'created';
      } catch (e) {
        return (e as Error).name;
      }
    });
    expect(another).toBe('TypeError');
  });

  it('the service worker, the KDF worker and the backup worker all run under it with zero violations', async () => {
    const app = await openApp();
    const ui = await setUp(app); // the KDF worker derives the key
    await app.page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
    const sw = await app.page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.scriptURL);
    expect(new URL(sw!).pathname).toBe('/sw.js');

    await ui.journal.newEntry();
    await ui.editor.write('Under Trusted Types', 'Written with the policy in force.');
    await ui.editor.waitSaved();
    await ui.editor.back();
    await ui.journal.lock();
    await ui.unlock.withPassphrase(PASS); // the KDF worker again
    await ui.journal.waitFor();
    expect(await ui.journal.headings()).toEqual(['Under Trusted Types']);

    await ui.journal.settings();
    const { message } = await new BackupPage(app.page).backUp(BACKUP_PASS); // the backup worker
    expect(message).toMatch(/Backup saved: 1 entr/);

    expect(app.cspViolations).toEqual([]);
    expect(app.serviceWorkerErrors).toEqual([]);
    expect(app.pageErrors.map((e) => e.message)).toEqual([]);
    expect(foreignRequests(app.requests, app.origin)).toEqual([]);
  });

  it('injected script never runs: an inline <script>, a javascript: link, innerHTML with <img onerror>; each is reported', async () => {
    const app = await openApp();
    await setUp(app);
    expect(app.cspViolations).toEqual([]);
    // Only the injections below may be reported. They run from page.evaluate, so a report about
    // them names no source file (a report about Tend's own code names its /assets/ file), and
    // where the browser quotes the code, the quote holds the `__injected` marker.
    const fromInjection = (v: CspViolation) => v.source !== 'event' || (v.sourceFile === '' && (v.sample === '' || v.sample!.includes('__injected')));

    // 1. An inline <script>: its text set as a string (a TrustedScript sink: refused on the spot),
    // and as a text node, which gets past the setter but not past script-src and Trusted Types.
    let seen = app.cspViolations.length;
    const scriptText = await app.page.evaluate(() => {
      const s = document.createElement('script');
      try {
        s.text = '__injected = "script text"';
      } catch (e) {
        return (e as Error).name;
      }
      document.body.append(s);
      return 'assigned';
    });
    expect(scriptText).toBe('TypeError');
    expect((await violationsSince(app, seen)).every(fromInjection)).toBe(true);
    seen = app.cspViolations.length;
    await app.page.evaluate(() => {
      const s = document.createElement('script');
      s.append(document.createTextNode('__injected = "text node"'));
      document.body.append(s);
    });
    const logged = await violationsSince(app, seen, 'console');
    expect(logged.map((v) => v.text)).toContainEqual(expect.stringMatching(/HTMLScriptElement was directly modified and will not be executed/));
    expect(await marker(app.page)).toBeUndefined();

    // 2. A javascript: link, clicked.
    seen = app.cspViolations.length;
    await app.page.evaluate(() => {
      const a = document.createElement('a');
      a.href = 'javascript:__injected="link"';
      a.textContent = 'link';
      document.body.append(a);
      a.click();
    });
    expect((await violationsSince(app, seen)).every(fromInjection)).toBe(true);
    expect(await marker(app.page)).toBeUndefined();

    // 3. innerHTML with an <img onerror>: the assignment itself is refused.
    seen = app.cspViolations.length;
    const html = await app.page.evaluate(() => {
      const div = document.createElement('div');
      document.body.append(div);
      try {
        div.innerHTML = '<img src=x onerror=__injected="img">';
      } catch (e) {
        return `${(e as Error).name}, ${div.childElementCount} children`;
      }
      return 'assigned';
    });
    expect(html).toBe('TypeError, 0 children');
    const reported = await violationsSince(app, seen);
    expect(reported.every(fromInjection)).toBe(true);
    expect(reported.some((v) => v.directive === 'require-trusted-types-for')).toBe(true);
    expect(await marker(app.page)).toBeUndefined();

    // 4. The policy admits Tend's own files only: a data: worker, a worker from elsewhere and a
    // service worker other than /sw.js are all refused before anything is fetched.
    const refused = await app.page.evaluate(async () => {
      const attempt = async (f: () => unknown) => {
        try {
          await f();
          return 'allowed';
        } catch (e) {
          return (e as Error).name;
        }
      };
      return [
        await attempt(() => new Worker('data:text/javascript,__injected="worker"')),
        await attempt(() => new Worker('https://elsewhere.invalid/assets/w.js')),
        await attempt(() => new Worker('/assets/../sw.js')),
        await attempt(() => navigator.serviceWorker.register('/assets/evil.js')),
      ];
    });
    // Our policy's own error (src/pwa/trusted-types.ts), so it is the policy that said no.
    expect(refused).toEqual(Array(4).fill('UntrustedScriptUrlError'));
    expect(await marker(app.page)).toBeUndefined();
    expect(app.requests.filter((r) => /elsewhere\.invalid|evil\.js/.test(r.url))).toEqual([]);
    expect(app.cspViolations.every(fromInjection)).toBe(true);
    expect(app.pageErrors.map((e) => e.message)).toEqual([]);
    // Control: the marker check does see the global when something really sets it.
    await app.page.evaluate(() => ((window as unknown as { __injected?: unknown }).__injected = 'control'));
    expect(await marker(app.page)).toBe('control');
  });
});

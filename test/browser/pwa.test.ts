import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/serve.mjs';
import { DIST, foreignRequests, openApp, type App } from './harness';
import { screenHeading, tendPages } from './pages';

/**
 * Issue #4: an installable PWA that works with no network and updates only when asked.
 * Offline is tested by stopping the server: a service worker ignores context.setOffline.
 */
const PASS = 'lantern orchard quiet river';

async function waitForController(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
}

async function precachedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const out: string[] = [];
    for (const name of await caches.keys()) {
      if (!name.includes('precache')) continue;
      for (const req of await (await caches.open(name)).keys()) out.push(new URL(req.url).pathname);
    }
    return out.sort();
  });
}

async function setUp(app: App) {
  const ui = tendPages(app.page);
  await ui.setup.create(PASS);
  await ui.kit.confirm();
  await ui.journal.waitFor();
  return ui;
}

describe('the service worker', () => {
  it('registers, controls the page, and precaches the app shell, every chunk, the worker and the manifest (not sw.js)', async () => {
    const app = await openApp();
    await waitForController(app.page);
    await app.page.getByText('Ready to work offline').waitFor();
    const cached = await precachedPaths(app.page);
    const assets = readdirSync(join(DIST, 'assets')).filter((f) => f.endsWith('.js') || f.endsWith('.css'));
    expect(assets.some((f) => f.startsWith('kdf-worker'))).toBe(true);
    for (const file of assets) expect(cached).toContain(`/assets/${file}`);
    expect(cached).toContain('/index.html');
    expect(cached).toContain('/manifest.webmanifest');
    expect(cached).toContain('/icons/icon-192.png');
    expect(cached).not.toContain('/sw.js');
    // The install screenshots serve the install sheet only: never precached.
    expect(cached.filter((p) => p.startsWith('/screenshots/'))).toEqual([]);
    expect(cached.length).toBeGreaterThan(assets.length);
  });

  it('with the server stopped, the app reloads, unlocks, saves an entry and shows it', async () => {
    const app = await openApp();
    await waitForController(app.page);
    await app.page.getByText('Ready to work offline').waitFor();
    const ui = await setUp(app);
    await app.server.close(); // the network is gone for good
    await app.page.reload();
    await ui.unlock.withPassphrase(PASS);
    await ui.journal.newEntry();
    await ui.editor.write('Written offline', 'No network, still here.');
    await ui.editor.waitSaved();
    await ui.editor.back();
    expect(await ui.journal.headings()).toEqual(['Written offline']);
    await app.page.reload();
    await ui.unlock.withPassphrase(PASS);
    expect(await ui.journal.headings()).toEqual(['Written offline']);
    expect(app.pageErrors.map((e) => e.message)).toEqual([]);
  });
});

describe('installability', () => {
  it('has no installability errors in a persistent profile, and its icons decode at their declared sizes', async () => {
    const app = await openApp();
    await waitForController(app.page);
    const cdp = await app.context.newCDPSession(app.page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const manifest = await app.page.evaluate(async () => (await fetch('/manifest.webmanifest')).json());
    expect(manifest).toMatchObject({ name: 'Tend', short_name: 'Tend', id: '/', start_url: '/', scope: '/', display: 'standalone' });
    const themeMeta = await app.page.locator('meta[name="theme-color"]').first().getAttribute('content');
    expect(manifest.theme_color).toBe(themeMeta);
    expect(manifest.shortcuts.map((s: { name: string }) => s.name)).toEqual(['New entry', 'Daily prompt']);
    expect(manifest.screenshots.map((s: { form_factor: string }) => s.form_factor).sort()).toEqual(['narrow', 'wide']);
    const pngs = [
      ...manifest.icons.filter((i: { type: string }) => i.type === 'image/png'),
      ...manifest.screenshots,
      { src: '/icons/apple-touch-icon-180.png', sizes: '180x180' },
    ] as { src: string; sizes: string; purpose?: string }[];
    expect(pngs.filter((i) => i.purpose === 'maskable')).toHaveLength(1);
    for (const icon of pngs) {
      const size = await app.page.evaluate(async (src) => {
        const bitmap = await createImageBitmap(await (await fetch(src)).blob());
        return `${bitmap.width}x${bitmap.height}`;
      }, icon.src);
      expect(size, icon.src).toBe(icon.sizes);
    }
    expect(await app.page.locator('link[rel="apple-touch-icon"]').getAttribute('href')).toBe('/icons/apple-touch-icon-180.png');
    expect(await app.page.locator('meta[name="apple-mobile-web-app-capable"]').getAttribute('content')).toBe('yes');
  });
});

describe('storage that lasts', () => {
  it('asks for persistent storage after the first saved entry, and Settings shows persistence and usage', async () => {
    const app = await openApp({ path: null });
    await app.context.addInitScript(() => {
      const w = window as unknown as { __persistCalls: number };
      w.__persistCalls = 0;
      const original = StorageManager.prototype.persist;
      StorageManager.prototype.persist = function persist() {
        w.__persistCalls++;
        return original.call(this);
      };
    });
    // Let the browser grant it, as Chromium does for installed or engaged sites.
    const cdp = await app.context.newCDPSession(app.page);
    await cdp.send('Browser.grantPermissions', { origin: app.origin, permissions: ['durableStorage'] });
    await app.page.goto(app.url);
    const ui = await setUp(app);
    const calls = () => app.page.evaluate(() => (window as unknown as { __persistCalls: number }).__persistCalls);
    expect(await calls()).toBe(0); // nothing worth keeping yet
    await ui.journal.newEntry();
    await ui.editor.write('First entry', 'worth keeping');
    await ui.editor.waitSaved();
    await expect.poll(calls).toBe(1);
    await ui.editor.back();
    await ui.journal.settings();
    await expect.poll(() => app.page.getByTestId('persistence').innerText()).toMatch(/^Persistent:/);
    expect(await app.page.getByTestId('usage').innerText()).toMatch(/^Using [\d.]+ (bytes|KB|MB) of [\d.]+ (MB|GB|TB) available to Tend\.$/);
  });
});

describe('updates', () => {
  it('asks before updating, saves the draft on Reload, and lands on the new build', async () => {
    const second = buildInto('.tmp/pwa-update-b', 'pwa-update-b');
    const server = await startServer({ root: DIST, port: 0 });
    const app = await openApp({ server });
    await waitForController(app.page);
    const ui = await setUp(app);
    await ui.journal.newEntry();
    await ui.editor.title.fill('Typed before the update');
    await ui.editor.body.fill('This draft must survive the reload.');
    // The new version appears on the same origin.
    await server.close();
    const next = await startServer({ root: second!, port: server.port });
    try {
      await app.page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      await app.page.getByText('Update available').waitFor({ timeout: 30_000 });
      expect(await app.page.getByRole('heading', { level: 1 }).innerText()).toMatch(/entry/i); // nothing reloaded by itself
      // Typed a moment before Reload: still inside the autosave delay, so Reload must save it.
      await ui.editor.body.press('End');
      await ui.editor.body.pressSequentially(' And this line too.');
      await app.page.getByRole('button', { name: 'Reload' }).click();
      await ui.unlock.waitFor();
      await ui.unlock.withPassphrase(PASS);
      expect(await ui.journal.headings()).toEqual(['Typed before the update']);
      await ui.journal.open('Typed before the update');
      expect(await ui.editor.body.inputValue()).toBe('This draft must survive the reload. And this line too.');
      await ui.editor.back();
      await ui.journal.settings();
      expect(await ui.settings.versionText()).toContain('build pwa-update-b');
      expect(foreignRequests(app.requests, app.origin)).toEqual([]);
    } finally {
      await next.close();
    }
  });
});

function buildInto(outDir: string, buildId: string): string {
  execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    env: { ...process.env, NODE_ENV: 'production', TEND_BUILD_ID: buildId },
    stdio: 'pipe',
  });
  return outDir;
}

void screenHeading;

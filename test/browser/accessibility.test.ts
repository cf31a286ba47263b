import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, type App } from './harness';
import { screenHeading, tendPages } from './pages';
import { expectNoAxeViolations } from './support/axe';

/**
 * Accessibility of each screen's states (errors, dialogs, notices, startup failures): axe-core
 * (WCAG 2.1 A/AA and best practice) in light and dark, at desktop and phone size. Every screen
 * in both themes and both ways of choosing them, with touch targets and screenshots:
 * accessibility-screens.test.ts. Keyboard-only use: accessibility-keyboard.test.ts.
 */
const PASS = 'willow kettle harbour seven';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

/** Finite animations (a fade-in) finished: axe judges the screen as a person reads it. */
const SETTLED = `Promise.all(document.getAnimations()
  .filter((a) => a.effect && a.effect.getTiming().iterations !== Infinity)
  .map((a) => a.finished.catch(() => null))).then(() => true)`;

/** axe in light and dark; with `phone`, also at 390x844 (then back to desktop). Ends in light. */
async function checkScreen(page: Page, label: string, options: { phone?: boolean } = {}): Promise<void> {
  await page.evaluate(SETTLED);
  const sizes = options.phone ? [DESKTOP, PHONE] : [DESKTOP];
  for (const size of sizes) {
    await page.setViewportSize(size);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await expectNoAxeViolations(page, `${label}, ${colorScheme}, ${size.width}x${size.height}`);
      // Reflow (WCAG 1.4.10): nothing may need sideways scrolling, least of all on a phone.
      const overflow = await page.evaluate('document.documentElement.scrollWidth - innerWidth');
      expect(overflow, `${label} at ${size.width}px scrolls sideways`).toBeLessThanOrEqual(0);
    }
  }
  await page.setViewportSize(DESKTOP);
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Set-up through the page objects. */
async function setUpVault(app: App): Promise<ReturnType<typeof tendPages>> {
  const ui = tendPages(app.page);
  await ui.setup.create(PASS);
  await ui.kit.confirm();
  await ui.journal.waitFor();
  return ui;
}

function expectCleanSession(app: App): void {
  expect(app.cspViolations).toEqual([]);
  expect(app.pageErrors.map((e) => e.message)).toEqual([]);
}

describe('accessibility: axe on every screen, light and dark', () => {
  it('the axe helper runs under the app’s CSP (where an inline script would not) and catches a planted fault', async () => {
    const app = await openApp();
    const ui = tendPages(app.page);
    await ui.setup.waitFor();
    const report = await expectNoAxeViolations(app.page, 'set-up');
    expect(report.version).toMatch(/^4\./);
    expect(app.cspViolations).toEqual([]);

    // The premise: an inline <script> (what addScriptTag({ content }) makes) is refused here.
    await app.page.addScriptTag({ content: 'window.__inlineRan = true' }).catch(() => {});
    expect(await app.page.evaluate('window.__inlineRan === true')).toBe(false);
    await expect.poll(() => app.cspViolations.length).toBeGreaterThan(0);

    // And axe really examines the page: an unlabelled field and faint text are reported.
    await app.page.evaluate(`(() => {
      const main = document.querySelector('main');
      main.append(document.createElement('input'));
      const faint = document.createElement('p');
      faint.textContent = 'Barely there';
      faint.style.color = '#e0e0e0';
      main.append(faint);
    })()`);
    const failure = await expectNoAxeViolations(app.page, 'planted').then(
      () => '',
      (err: Error) => err.message,
    );
    expect(failure).toMatch(/- label \[critical\]: .*\n\s+at main > input/);
    expect(failure).toMatch(/- color-contrast \[serious\]/);
  });

  it('set-up (empty, error, strength meter), emergency kit, unlock (passphrase, wrong passphrase, recovery key)', async () => {
    const app = await openApp();
    const { page } = app;
    const ui = tendPages(page);
    await ui.setup.waitFor();
    await checkScreen(page, 'set-up', { phone: true });
    await ui.setup.submit('too short');
    expect(await ui.setup.errorText()).toMatch(/at least 10/);
    await checkScreen(page, 'set-up with an error');
    await ui.setup.passphrase.fill(PASS);
    expect(await ui.setup.strengthText()).toMatch(/^Strength:/);
    await checkScreen(page, 'set-up with the strength meter', { phone: true });

    await ui.setup.create(PASS);
    await ui.kit.waitFor();
    await checkScreen(page, 'emergency kit', { phone: true });
    await ui.kit.confirm('WRONG');
    expect(await ui.kit.errorText()).toMatch(/doesn.t match/);
    await checkScreen(page, 'emergency kit with an error');
    await ui.kit.confirm();
    await ui.journal.lock();

    await checkScreen(page, 'unlock, passphrase', { phone: true });
    await ui.unlock.withPassphrase('willow kettle harbour eight');
    expect(await ui.unlock.errorText()).toMatch(/didn.t open/);
    await checkScreen(page, 'unlock, wrong passphrase');
    await ui.unlock.useRecoveryKeyButton.click();
    await ui.unlock.recoveryKey.waitFor();
    await checkScreen(page, 'unlock, recovery key', { phone: true });
    expectCleanSession(app);
  });

  it('journal (empty, entries, undo notice), editor (new, existing, check-in, delete dialog), settings and its dialog', async () => {
    const app = await openApp();
    const { page } = app;
    const ui = await setUpVault(app);
    await checkScreen(page, 'journal, empty', { phone: true });

    await ui.journal.newEntry();
    await checkScreen(page, 'editor, new entry', { phone: true });
    await ui.editor.write('After the Tuesday group', 'I noticed how tired I was by the last hour.');
    await ui.editor.waitSaved();
    await ui.editor.back();
    await ui.journal.newEntry();
    await ui.editor.write('', 'No title today\nThe first line stands in for a title; this one is long enough to wrap on a phone.');
    await ui.editor.waitSaved();
    await ui.editor.back();
    expect(await ui.journal.headings()).toEqual(['No title today', 'After the Tuesday group']);
    await checkScreen(page, 'journal with entries', { phone: true });

    await ui.journal.open('After the Tuesday group');
    await checkScreen(page, 'editor, existing entry', { phone: true });
    await page.getByRole('group', { name: /^Mood/ }).getByRole('radio', { name: '3', exact: true }).check();
    await page.getByRole('button', { name: 'Clear mood', exact: true }).waitFor();
    await ui.editor.waitSaved();
    await checkScreen(page, 'editor with a check-in answered');
    await ui.editor.deleteButton.click();
    await ui.editor.deleteDialog.waitFor();
    await checkScreen(page, 'editor, delete dialog open', { phone: true });
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await ui.journal.undoButton.waitFor();
    await checkScreen(page, 'journal with the undo notice', { phone: true });

    await ui.journal.settings();
    await checkScreen(page, 'settings', { phone: true });
    await ui.settings.newKeyButton.click();
    await ui.settings.newKeyDialog.waitFor();
    await checkScreen(page, 'settings, new-recovery-key dialog', { phone: true });
    expectCleanSession(app);
  });

  it('the Reflect hub, and the first screen of every feature it opens', async () => {
    const app = await openApp();
    const { page } = app;
    const ui = await setUpVault(app);
    const hub = screenHeading(page, 'Reflect');
    await page.getByRole('button', { name: 'Reflect', exact: true }).click();
    await hub.waitFor();
    await checkScreen(page, 'reflect hub', { phone: true });
    const links = page.getByRole('list', { name: 'Ways to reflect' }).getByRole('button');
    const count = await links.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const name = (await links.nth(i).innerText()).split('\n')[0]!.trim();
      await links.nth(i).click();
      await hub.waitFor({ state: 'detached' });
      const title = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
      await checkScreen(page, `reflect → ${name} (“${title}”)`, { phone: true });
      // Back until the hub again (a feature may open a level or two deep).
      for (let depth = 0; depth < 3 && !(await hub.isVisible()); depth++) {
        await page.getByRole('button', { name: 'Back', exact: true }).click();
        await page.waitForTimeout(50);
      }
      await hub.waitFor();
    }
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await ui.journal.waitFor();
    expectCleanSession(app);
  });

  it('the storage-unavailable screen (IndexedDB refused)', async () => {
    const app = await openApp({ path: null });
    await app.context.addInitScript(() => {
      const broken = () => {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      };
      Object.defineProperty(IDBFactory.prototype, 'open', { value: broken });
    });
    await app.page.goto(app.url);
    await screenHeading(app.page, 'Tend can’t store your journal here').waitFor();
    await checkScreen(app.page, 'storage unavailable', { phone: true });
    expectCleanSession(app);
  });

  it('the starting screen, and the storage-closed banner', async () => {
    const app = await openApp({ path: null });
    const { page } = app;
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/journal-chunk/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(app.url);
    await page.getByText('Opening…').waitFor();
    await checkScreen(page, 'starting');
    release();
    await tendPages(page).setup.waitFor();
    // Another tab upgrading the database closes ours: the banner appears over the screen.
    await page.evaluate(`new Promise((resolve, reject) => {
      const open = indexedDB.open('tend', 10000);
      open.onsuccess = () => { open.result.close(); resolve(true); };
      open.onerror = () => reject(open.error);
    })`);
    await page.getByRole('button', { name: 'Reload', exact: true }).waitFor();
    await checkScreen(page, 'storage-closed banner', { phone: true });
    expectCleanSession(app);
  });

  it('the load-failed screen (the journal chunk never arrives on a first visit)', async () => {
    const app = await openApp({ path: null });
    await app.page.route(/journal-chunk/, (route) => route.abort());
    await app.page.goto(app.url);
    await screenHeading(app.page, 'Tend couldn’t load').waitFor();
    await checkScreen(app.page, 'load failed', { phone: true });
  });
});

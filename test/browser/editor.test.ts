import { describe, expect, it } from 'vitest';
import { foreignRequests, openApp, type App } from './harness';
import { screenHeading, tendPages } from './pages';
import { expectNoAxeViolationsInBothThemes as checkA11y } from './support/axe';
import { hasFocus, tabStops } from './support/keyboard';

/**
 * Issue #6 item 1, the editor, in the production build: Markdown preview (elements only,
 * javascript: and data: links left as text, safe links with rel="noopener noreferrer"), the
 * word count, backdating (the list re-sorts; a bad date is refused with a message), the
 * autosave status, and every keyboard shortcut with its help dialog; axe in both themes.
 */
const PASS = 'copper lantern orchard nine';

async function setUpVault(app: App) {
  const ui = tendPages(app.page);
  await ui.setup.create(PASS);
  await ui.kit.readRecoveryKey();
  await ui.kit.confirm();
  await ui.journal.waitFor();
  return ui;
}

function expectCleanSession(app: App): void {
  expect(foreignRequests(app.requests, app.origin)).toEqual([]);
  expect(app.cspViolations).toEqual([]);
  expect(app.pageErrors.map((e) => e.message)).toEqual([]);
}

const BODY = [
  '# Session notes',
  'A **heavy** day, and *then* some rest.',
  '',
  '- sleep',
  '- walk',
  '',
  '1. call Sam',
  '2. book supervision',
  '',
  '> what stays with me',
  '',
  '[ProQOL](https://proqol.org/proqol-measure) and [click me](javascript:window.__pwned=1) and [data](data:text/html,x)',
  '<img src=x onerror="window.__pwned=1"> <b>not bold</b>',
].join('\n');

describe('the editor', () => {
  it('previews Markdown as elements, keeps unsafe links as text, counts words, passes axe', async () => {
    const app = await openApp();
    const { page } = app;
    const ui = await setUpVault(app);
    await ui.journal.newEntry();
    await ui.editor.write('Formatting', BODY);
    await ui.editor.waitSaved();
    // 32 words: "#", "-" and ">" alone are not words ("1." is); characters are code points.
    await expect.poll(() => ui.editor.wordCount.innerText()).toBe(`32 words · ${[...BODY].length} characters`);
    expect(await ui.editor.body.getAttribute('aria-describedby')).toContain(await ui.editor.wordCount.getAttribute('id'));
    expect(await ui.editor.wordCount.getAttribute('aria-live')).toBeNull();
    await ui.editor.body.press('End');
    await ui.editor.body.pressSequentially(' Two more.');
    await expect.poll(() => ui.editor.wordCount.innerText()).toMatch(/^34 words · /);

    // The tabs: one Tab stop, arrows switch (APG pattern).
    expect(await ui.editor.writeTab.getAttribute('aria-selected')).toBe('true');
    await ui.editor.writeTab.focus();
    await page.keyboard.press('ArrowRight');
    expect(await ui.editor.previewTab.getAttribute('aria-selected')).toBe('true');
    expect(await hasFocus(ui.editor.previewTab)).toBe(true);
    const preview = ui.editor.preview;
    await preview.waitFor();
    expect(await ui.editor.body.isVisible()).toBe(false);

    // Rendered as elements; the title is the preview's h2, so "#" becomes an h3.
    expect(await preview.getByRole('heading', { level: 2 }).innerText()).toBe('Formatting');
    expect(await preview.getByRole('heading', { level: 3 }).innerText()).toBe('Session notes');
    expect(await preview.locator('strong').allInnerTexts()).toEqual(['heavy']);
    expect(await preview.locator('em').allInnerTexts()).toEqual(['then']);
    expect(await preview.locator('ul > li').allInnerTexts()).toEqual(['sleep', 'walk']);
    expect(await preview.locator('ol > li').allInnerTexts()).toEqual(['call Sam', 'book supervision']);
    expect((await preview.locator('blockquote').innerText()).trim()).toBe('what stays with me');
    // Exactly one link: the https one, opening safely in a new tab.
    const links = preview.getByRole('link');
    expect(await links.count()).toBe(1);
    const safe = preview.getByRole('link', { name: 'ProQOL' });
    expect(await safe.getAttribute('href')).toBe('https://proqol.org/proqol-measure');
    expect(await safe.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await safe.getAttribute('target')).toBe('_blank');
    // The javascript: and data: links, and the markup, are shown exactly as typed.
    const text = await preview.innerText();
    expect(text).toContain('[click me](javascript:window.__pwned=1)');
    expect(text).toContain('[data](data:text/html,x)');
    expect(text).toContain('<img src=x onerror="window.__pwned=1"> <b>not bold</b>');
    expect(await page.locator('main img, main b, main script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await checkA11y(page, 'editor preview');
    for (const [width, height] of [[390, 844], [1440, 900]] as const) {
      await page.setViewportSize({ width, height });
      await app.screenshot(`editor-preview-${width}x${height}`);
    }

    // Back to Write: the text is untouched and still saves.
    await ui.editor.showWrite();
    expect(await ui.editor.body.inputValue()).toBe(`${BODY} Two more.`);
    await ui.editor.waitSaved();
    await checkA11y(page, 'editor, write');
    await ui.editor.back();
    await ui.journal.open('Formatting');
    expect(await ui.editor.body.inputValue()).toBe(`${BODY} Two more.`);
    expectCleanSession(app);
  });

  it('backdating: the date saves with a visible "Saved", the list re-sorts, a bad date is refused', async () => {
    const app = await openApp();
    const ui = await setUpVault(app);
    for (const title of ['First written', 'Second written']) {
      await ui.journal.newEntry();
      await ui.editor.write(title, `${title}: body.`);
      await ui.editor.waitSaved();
      await ui.editor.back();
    }
    expect(await ui.journal.headings()).toEqual(['Second written', 'First written']);

    await ui.journal.open('Second written');
    await ui.editor.setDate('2020-05-01T08:15');
    await ui.editor.waitSaved();
    expect(await ui.editor.statusText()).toBe('Saved');
    expect(await ui.editor.status.isVisible()).toBe(true);
    expect(await ui.editor.dateError()).toBe('');
    await ui.editor.back();
    expect(await ui.journal.headings()).toEqual(['First written', 'Second written']);
    expect((await ui.journal.dates())[1]).toMatch(/2020/);

    // A future date and an incomplete one: refused with a message, the stored date kept.
    await ui.journal.open('Second written');
    expect(await ui.editor.date.inputValue()).toBe('2020-05-01T08:15');
    await ui.editor.setDate(`${new Date().getFullYear() + 1}-01-01T09:00`);
    expect(await ui.editor.dateError()).toBe('The date can’t be later than today.');
    expect(await ui.editor.date.getAttribute('aria-invalid')).toBe('true');
    await ui.editor.setDate('');
    expect(await ui.editor.dateError()).toMatch(/^Enter a complete date and time/);
    await ui.editor.back();
    expect(await ui.journal.headings()).toEqual(['First written', 'Second written']);
    await ui.journal.open('Second written');
    expect(await ui.editor.date.inputValue()).toBe('2020-05-01T08:15');
    expect(await ui.editor.dateError()).toBe('');
    expectCleanSession(app);
  });

  it('shortcuts: Alt+N, Ctrl+K and "/", Ctrl+S, "?" with its dialog, Ctrl+Shift+L', async () => {
    const app = await openApp();
    const { page } = app;
    const ui = await setUpVault(app);
    const kb = page.keyboard;

    // Alt+N from the list opens a new entry.
    await kb.press('Alt+n');
    await screenHeading(page, 'New entry').waitFor();
    await ui.editor.title.fill('Quick thought');
    await ui.editor.waitSaved(); // no real autosave timer may be left running below

    // Ctrl+S saves at once and the browser's "save page" never opens. With the page clock
    // paused, the 700 ms autosave timer cannot fire, so only the shortcut can save.
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 60_000);
    await ui.editor.body.fill('Typed, then saved with the keyboard.');
    await page.evaluate(() => {
      window.addEventListener('keydown', (e) => {
        if (e.key === 's') (window as unknown as { savePrevented?: boolean }).savePrevented = e.defaultPrevented;
      });
    });
    expect(await ui.editor.statusText()).toBe('Saving…'); // pending, waiting for the timer
    await kb.press('Control+s');
    await ui.editor.waitSaved();
    expect(await page.evaluate(() => (window as unknown as { savePrevented?: boolean }).savePrevented)).toBe(true);
    await page.clock.resume();

    // Alt+N while typing in the editor: saves this entry, opens a fresh one.
    await ui.editor.body.press('End');
    await ui.editor.body.pressSequentially(' More.');
    await kb.press('Alt+n');
    await expect.poll(() => ui.editor.title.inputValue()).toBe('');
    await screenHeading(page, 'New entry').waitFor();

    // Ctrl+K from the editor: to the list (nothing lost) with the search field focused.
    await ui.editor.body.focus();
    await kb.press('Control+k');
    await ui.journal.waitFor();
    await expect.poll(() => hasFocus(ui.journal.searchField)).toBe(true);
    expect(await ui.journal.headings()).toEqual(['Quick thought']);
    await ui.journal.open('Quick thought');
    expect(await ui.editor.body.inputValue()).toBe('Typed, then saved with the keyboard. More.');

    // "?" in a text field is a question mark; elsewhere it opens the help dialog.
    await ui.editor.body.press('End');
    await ui.editor.body.press('?');
    expect(await ui.editor.body.inputValue()).toBe('Typed, then saved with the keyboard. More.?');
    expect(await ui.shortcuts.dialog.count()).toBe(0);
    await screenHeading(page, 'Entry').focus();
    await kb.press('Shift+Slash');
    await ui.shortcuts.dialog.waitFor();
    expect(await ui.shortcuts.rows()).toEqual([
      ['New entry', ['Alt+N']],
      ['Search your journal', ['Ctrl+K', '/']],
      ['Save now', ['Ctrl+S']],
      ['Hide and lock', ['Ctrl+Shift+L']],
      ['Show keyboard shortcuts', ['?']],
    ]);
    expect(await hasFocus(ui.shortcuts.closeButton)).toBe(true);
    for (const stop of await tabStops(page, 4)) expect(stop.inDialog, stop.describe).toBe(true);
    // Shortcuts wait while the dialog is open.
    await kb.press('Alt+n');
    expect(await screenHeading(page, 'Entry').count()).toBe(1);
    await checkA11y(page, 'keyboard shortcuts dialog');
    await kb.press('Escape');
    await ui.shortcuts.dialog.waitFor({ state: 'detached' });
    expect(await hasFocus(screenHeading(page, 'Entry'))).toBe(true);
    await ui.editor.waitSaved();

    // "/" on the list; the Settings button opens the same dialog.
    await ui.editor.back();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await kb.press('/');
    await expect.poll(() => hasFocus(ui.journal.searchField)).toBe(true);
    expect(await ui.journal.searchField.inputValue()).toBe('');
    await ui.journal.settings();
    const open = page.getByRole('button', { name: 'Keyboard shortcuts', exact: true });
    await open.click();
    await ui.shortcuts.dialog.waitFor();
    await ui.shortcuts.closeButton.click();
    await ui.shortcuts.dialog.waitFor({ state: 'detached' });
    expect(await hasFocus(open)).toBe(true);

    // Ctrl+Shift+L hides and locks.
    await kb.press('Control+Shift+l');
    await screenHeading(page, 'Unlock your journal').waitFor();
    expectCleanSession(app);
  });

  it('on a Mac the dialog shows ⌘ and ⌃⌥, and Cmd+K searches', async () => {
    const app = await openApp({ path: null });
    await app.context.addInitScript(() => {
      Object.defineProperty(navigator, 'platform', { get: () => 'MacIntel' });
      Object.defineProperty(navigator, 'userAgentData', { get: () => ({ platform: 'macOS' }) });
    });
    await app.page.goto(app.url);
    const { page } = app;
    const ui = await setUpVault(app);
    await page.keyboard.press('Control+Alt+n');
    await screenHeading(page, 'New entry').waitFor();
    await ui.editor.write('Mac entry', 'Written on a Mac.');
    await page.keyboard.press('Meta+k');
    await ui.journal.waitFor();
    await expect.poll(() => hasFocus(ui.journal.searchField)).toBe(true);
    expect(await ui.journal.headings()).toEqual(['Mac entry']);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Shift+Slash');
    expect(await ui.shortcuts.rows()).toEqual([
      ['New entry', ['⌃⌥N']],
      ['Search your journal', ['⌘K', '/']],
      ['Save now', ['⌘S']],
      ['Hide and lock', ['⇧⌘L']],
      ['Show keyboard shortcuts', ['?']],
    ]);
    expectCleanSession(app);
  });
});

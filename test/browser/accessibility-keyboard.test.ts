import { describe, expect, it } from 'vitest';
import { openApp, type App } from './harness';
import { NAV_HEADINGS, screenHeading, tendPages } from './pages';
import { expectFocused, focusStop, hasFocus, tabStops, tabTo } from './support/keyboard';

/**
 * Keyboard-only use: every step through page.keyboard (Tab, Shift+Tab, Enter, Space, Escape,
 * arrows, typing), never .click() or .fill(). After each screen change focus must land on the
 * heading or the first field, every stop must show a focus ring that nothing covers, and
 * dialogs must keep Tab inside and give focus back when they close.
 */
const PASS = 'willow kettle harbour seven';
const PHONE = { width: 390, height: 844 };

/** Set-up through the page objects, for tests whose subject comes later. */
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

describe('accessibility: keyboard only', () => {
  it('on a phone-sized screen: sets up, writes, reopens, deletes, locks and unlocks with Tab, Shift+Tab, Enter, Space, Escape, arrows and typing', async () => {
    const app = await openApp({ viewport: PHONE });
    const { page } = app;
    const ui = tendPages(page);
    const kb = page.keyboard;

    // Set-up: focus starts on the heading; Tab to each field, Space for the checkbox, Enter submits.
    await expectFocused(ui.setup.heading, 'set-up on arrival');
    await tabTo(ui.setup.passphrase);
    await kb.type(PASS);
    await tabTo(ui.setup.passphraseAgain);
    await kb.type(PASS);
    await tabTo(ui.setup.showWhatIType);
    await kb.press('Space');
    expect(await ui.setup.passphrase.getAttribute('type')).toBe('text');
    await tabTo(ui.setup.passphraseAgain, { back: true });
    await kb.press('Enter');

    // Emergency kit: read the key (as a person would), Tab past Print to the field, type, Enter.
    await ui.kit.heading.waitFor({ timeout: 30_000 });
    await expectFocused(ui.kit.heading, 'emergency kit on arrival');
    const key = await ui.kit.readRecoveryKey();
    await tabTo(ui.kit.lastGroup);
    await kb.type(key.split('-').pop()!.toLowerCase());
    await kb.press('Enter');

    // Journal → new entry (Space on a button works as well as Enter).
    await expectFocused(ui.journal.heading, 'journal on arrival');
    await tabTo(ui.journal.newEntryButton);
    await kb.press('Space');
    await expectFocused(screenHeading(page, 'New entry'), 'new entry on arrival');
    await tabTo(ui.editor.title);
    await kb.type('Supervision notes');
    await kb.press('Tab');
    await expectFocused(ui.editor.body, 'Tab from the title');
    await kb.type('Bring the Thursday case to supervision.');
    // The check-in radios: Tab into the Mood row, arrows choose.
    const mood = page.getByRole('group', { name: /^Mood/ });
    await tabTo(mood.getByRole('radio', { name: '1', exact: true }));
    await kb.press('ArrowRight');
    await kb.press('ArrowRight');
    expect(await mood.getByRole('radio', { name: '3', exact: true }).isChecked()).toBe(true);
    await ui.editor.waitSaved();
    await tabTo(ui.editor.backButton, { back: true });
    await kb.press('Enter');

    // Back hands focus to the entry just left, in the list: Enter opens it again.
    await expectFocused(ui.journal.list.getByRole('button', { name: 'Supervision notes', exact: true }), 'journal after Back');
    await kb.press('Enter');
    await expectFocused(screenHeading(page, 'Entry'), 'entry on arrival');
    expect(await ui.editor.body.inputValue()).toBe('Bring the Thursday case to supervision.');

    // The delete dialog: the safe choice has focus, Tab stays inside, Escape gives focus back.
    await tabTo(ui.editor.deleteButton);
    await kb.press('Enter');
    const keepIt = ui.editor.deleteDialog.getByRole('button', { name: 'Keep it', exact: true });
    const confirm = ui.editor.deleteDialog.getByRole('button', { name: 'Delete', exact: true });
    await expectFocused(keepIt, 'delete dialog on opening');
    for (const stop of [...(await tabStops(page, 5)), ...(await tabStops(page, 5, true))]) {
      expect(stop.inDialog, `Tab left the open dialog for ${stop.describe}`).toBe(true);
      expect(stop.ring, `${stop.describe} in the dialog shows no focus`).toBe(true);
    }
    await kb.press('Escape');
    await ui.editor.deleteDialog.waitFor({ state: 'detached' });
    await expectFocused(ui.editor.deleteButton, 'after Escape closed the dialog');
    await kb.press('Enter');
    await expectFocused(keepIt, 'delete dialog opened again');
    await tabTo(confirm);
    await kb.press('Enter');

    // Back on the journal, with the undo notice and no entries.
    await expectFocused(ui.journal.heading, 'journal after delete');
    await ui.journal.undoButton.waitFor();
    expect(await ui.journal.headings()).toEqual([]);

    // Lock, then a wrong passphrase (focus returns to the field), then the right one.
    await tabTo(ui.journal.lockButton, { back: true });
    await kb.press('Enter');
    await expectFocused(ui.unlock.passphrase, 'lock screen on arrival');
    await kb.type('willow kettle harbour eight');
    await kb.press('Enter');
    await expect.poll(() => ui.unlock.errorText(), { timeout: 30_000 }).toMatch(/didn.t open/);
    await expectFocused(ui.unlock.passphrase, 'after a wrong passphrase');
    await kb.type(PASS); // the wrong one is selected, so typing replaces it
    await kb.press('Enter');
    await ui.journal.heading.waitFor({ timeout: 30_000 });
    await expectFocused(ui.journal.heading, 'journal after unlocking');
    expect(await ui.journal.headings()).toEqual([]);
    expectCleanSession(app);
  });

  it('settings: the new-recovery-key dialog keeps focus, Escape returns it; a changed passphrase leaves focus in the form', async () => {
    const app = await openApp();
    const { page } = app;
    const ui = await setUpVault(app);
    const kb = page.keyboard;
    await tabTo(ui.journal.settingsButton, { back: true });
    await kb.press('Enter');
    await expectFocused(ui.settings.heading, 'settings on arrival');

    await tabTo(ui.settings.currentPassphrase);
    await kb.type(PASS);
    await tabTo(ui.settings.newPassphrase);
    await kb.type('cedar lantern meadow four');
    await tabTo(ui.settings.newPassphraseAgain);
    await kb.type('cedar lantern meadow four');
    await kb.press('Enter');
    await ui.settings.changedMessage.waitFor({ timeout: 30_000 });
    // The button was disabled while busy; focus comes back to it rather than falling to <body>.
    await expectFocused(ui.settings.changeButton, 'after the passphrase changed');

    await tabTo(ui.settings.newKeyButton);
    await kb.press('Enter');
    const cancel = ui.settings.newKeyDialog.getByRole('button', { name: 'Cancel', exact: true });
    await expectFocused(cancel, 'new-key dialog on opening');
    for (const stop of await tabStops(page, 4)) expect(stop.inDialog, `Tab left the dialog for ${stop.describe}`).toBe(true);
    await kb.press('Escape');
    await ui.settings.newKeyDialog.waitFor({ state: 'detached' });
    await expectFocused(ui.settings.newKeyButton, 'after Escape closed the dialog');

    // Confirm this time: the new kit, then back to Settings.
    await kb.press('Enter');
    await tabTo(ui.settings.newKeyDialog.getByRole('button', { name: 'Create new key', exact: true }));
    await kb.press('Enter');
    await ui.kit.heading.waitFor({ timeout: 30_000 });
    await expectFocused(ui.kit.heading, 'new kit on arrival');
    const key = await ui.kit.readRecoveryKey();
    await tabTo(ui.kit.lastGroup);
    await kb.type(key.split('-').pop()!);
    await kb.press('Enter');
    await expectFocused(ui.settings.heading, 'settings after the new kit');
    expect((await focusStop(page)).describe).toBe('h1 "Settings"');
    expectCleanSession(app);
  });

  it('the bottom navigation on a phone: every item reached with Tab and Shift+Tab, opened with Enter or Space, focus on the new heading, current item announced', async () => {
    const app = await openApp({ viewport: PHONE });
    const { page } = app;
    const ui = await setUpVault(app);
    const kb = page.keyboard;
    const names = await ui.nav.names();
    expect(names.length).toBeGreaterThanOrEqual(3);
    expect(await hasFocus(ui.journal.heading)).toBe(true);

    // Forward from the journal's heading through the list to the bar, then every other item.
    await tabTo(ui.nav.item('Reflect'), { max: 30 });
    await kb.press('Enter');
    await expectFocused(screenHeading(page, 'Reflect'), 'Reflect from the bar');
    expect(await ui.nav.item('Reflect').getAttribute('aria-current')).toBe('page');
    for (const [i, name] of [...names.filter((n) => n !== 'Journal' && n !== 'Reflect'), 'Journal'].entries()) {
      // Shift+Tab from a heading wraps round to the bar at the end of the page.
      await tabTo(ui.nav.item(name), { back: true, max: 30 });
      await kb.press(i % 2 === 0 ? 'Space' : 'Enter');
      const heading = screenHeading(page, NAV_HEADINGS[name] ?? name);
      await expectFocused(heading, `${name} from the bar`);
      expect(await ui.nav.item(name).getAttribute('aria-current')).toBe('page');
      expect(await ui.nav.nav.locator('[aria-current]').count()).toBe(1);
    }
    expectCleanSession(app);
  });
});

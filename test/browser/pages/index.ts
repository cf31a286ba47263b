/**
 * Page objects for the browser tests, one per screen. All take a playwright-core Page.
 *
 *   const ui = tendPages(app.page);
 *   await ui.setup.create('four unrelated words here');
 *   const key = await ui.kit.readRecoveryKey();
 *   await ui.kit.confirm();
 *   await ui.journal.newEntry();
 *   await ui.editor.write('Title', 'Body');
 *   await ui.editor.waitSaved();
 */
import type { Page } from 'playwright-core';
import { EditorPage } from './EditorPage';
import { EmergencyKitPage } from './EmergencyKitPage';
import { JournalPage } from './JournalPage';
import { NAV_HEADINGS, NavPage } from './NavPage';
import { SettingsPage } from './SettingsPage';
import { SetupPage } from './SetupPage';
import { ShortcutsDialog } from './ShortcutsDialog';
import { UnlockPage } from './UnlockPage';
import { button } from './common';

export { EditorPage, EmergencyKitPage, JournalPage, NavPage, SettingsPage, SetupPage, ShortcutsDialog, UnlockPage };
export { alertText, button, KEY_WORK_TIMEOUT, screenHeading } from './common';
export { NAV_HEADINGS };

/** Every page object for one page. */
export function tendPages(page: Page) {
  return {
    setup: new SetupPage(page),
    kit: new EmergencyKitPage(page),
    unlock: new UnlockPage(page),
    journal: new JournalPage(page),
    editor: new EditorPage(page),
    settings: new SettingsPage(page),
    shortcuts: new ShortcutsDialog(page),
    nav: new NavPage(page),
  };
}

/**
 * A brand-new journal, open on its (empty) list: sets up with `passphrase`, confirms the
 * emergency kit, and dismisses "Ready to work offline" if it came, so it can't cover anything.
 */
export async function openNewJournal(page: Page, passphrase: string) {
  const ui = tendPages(page);
  await ui.setup.create(passphrase);
  await ui.kit.confirm();
  await ui.journal.waitFor();
  const offline = button(page, 'OK');
  if (await offline.isVisible()) await offline.click();
  return ui;
}

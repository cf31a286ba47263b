import type { Page } from 'playwright-core';
import { activeAlerts, alertText, button, KEY_WORK_TIMEOUT, screenHeading } from './common';
import { EmergencyKitPage } from './EmergencyKitPage';

/** Settings (heading "Settings"): change passphrase, new recovery key, version. */
export class SettingsPage {
  constructor(readonly page: Page) {}

  get heading() {
    return screenHeading(this.page, 'Settings');
  }
  get currentPassphrase() {
    return this.page.getByLabel('Current passphrase', { exact: true });
  }
  get newPassphrase() {
    return this.page.getByLabel('New passphrase', { exact: true });
  }
  get newPassphraseAgain() {
    return this.page.getByLabel('New passphrase again', { exact: true });
  }
  get changeButton() {
    return button(this.page, 'Change passphrase');
  }
  /** Success message after changing the passphrase. */
  get changedMessage() {
    return this.page.getByText(/^Your passphrase has been changed/);
  }
  get newKeyButton() {
    return button(this.page, 'Create a new recovery key');
  }
  get newKeyDialog() {
    return this.page.getByRole('dialog', { name: 'Create a new recovery key?' });
  }
  /** Appearance: the System / Light / Dark radio group. */
  themeRadio(name: 'System' | 'Light' | 'Dark') {
    return this.page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name, exact: true });
  }
  get backButton() {
    return button(this.page, 'Back');
  }
  get lockButton() {
    return button(this.page, 'Lock');
  }

  /** Waits until Settings is showing. */
  async waitFor(): Promise<void> {
    await this.heading.waitFor();
  }

  /** Changes the passphrase; throws with the message shown if it was refused. */
  async changePassphrase(current: string, next: string, confirmation: string = next): Promise<void> {
    await this.currentPassphrase.fill(current);
    await this.newPassphrase.fill(next);
    await this.newPassphraseAgain.fill(confirmation);
    await this.changeButton.click();
    await this.changedMessage.or(activeAlerts(this.page)).first().waitFor({ timeout: KEY_WORK_TIMEOUT });
    if (!(await this.changedMessage.isVisible())) throw new Error(`passphrase not changed: ${await this.errorText()}`);
  }

  /** Replaces the recovery key (confirming the dialog) and returns the kit showing it. */
  async newRecoveryKey(): Promise<EmergencyKitPage> {
    await this.newKeyButton.click();
    await button(this.newKeyDialog, 'Create new key').click();
    const kit = new EmergencyKitPage(this.page);
    await kit.heading.waitFor({ timeout: KEY_WORK_TIMEOUT });
    return kit;
  }

  /** "Tend 0.1.0 (build …)". */
  async versionText(): Promise<string> {
    return (await this.page.getByText(/^Tend \d/).innerText()).trim();
  }

  /** The message in the alert region ('' when none). */
  errorText(): Promise<string> {
    return alertText(this.page);
  }

  /** Back to the journal list. */
  async back(): Promise<void> {
    await this.backButton.click();
    await screenHeading(this.page, 'Journal').waitFor();
  }

  /** Locks and waits for the lock screen. */
  async lock(): Promise<void> {
    await this.lockButton.click();
    await screenHeading(this.page, 'Unlock your journal').waitFor();
  }
}

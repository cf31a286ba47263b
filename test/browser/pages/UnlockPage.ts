import type { Page } from 'playwright-core';
import { activeAlerts, alertText, button, KEY_WORK_TIMEOUT, screenHeading } from './common';

/** The lock screen (heading "Unlock your journal"): passphrase or recovery key. */
export class UnlockPage {
  constructor(readonly page: Page) {}

  get heading() {
    return screenHeading(this.page, 'Unlock your journal');
  }
  get passphrase() {
    return this.page.getByLabel('Passphrase', { exact: true });
  }
  get recoveryKey() {
    return this.page.getByLabel('Recovery key', { exact: true });
  }
  get unlockButton() {
    return button(this.page, 'Unlock');
  }
  get useRecoveryKeyButton() {
    return button(this.page, 'Use recovery key instead');
  }
  get usePassphraseButton() {
    return button(this.page, 'Use passphrase instead');
  }
  /** Present only while unlocking ("Unlocking", then "Opening your entries"). */
  get progress() {
    return this.page.getByRole('progressbar');
  }

  /** Waits until the lock screen is showing. */
  async waitFor(): Promise<void> {
    await this.heading.waitFor();
  }

  /** Unlocks with a passphrase; resolves when the journal or an error is showing. */
  async withPassphrase(passphrase: string): Promise<void> {
    await this.waitFor();
    if (await this.usePassphraseButton.isVisible()) await this.usePassphraseButton.click();
    await this.passphrase.fill(passphrase);
    await this.unlockButton.click();
    await this.settled();
  }

  /** Unlocks with the recovery key; resolves when the journal or an error is showing. */
  async withRecoveryKey(key: string): Promise<void> {
    await this.waitFor();
    if (await this.useRecoveryKeyButton.isVisible()) await this.useRecoveryKeyButton.click();
    await this.recoveryKey.fill(key);
    await this.unlockButton.click();
    await this.settled();
  }

  /** The message in the alert region ('' when none). */
  errorText(): Promise<string> {
    return alertText(this.page);
  }

  /** Waits for the outcome of an attempt: the journal, or an error on this screen. */
  private async settled(): Promise<void> {
    const journal = screenHeading(this.page, 'Journal');
    await journal.or(activeAlerts(this.page)).first().waitFor({ timeout: KEY_WORK_TIMEOUT });
  }
}

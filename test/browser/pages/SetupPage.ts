import type { Page } from 'playwright-core';
import { activeAlerts, alertText, button, KEY_WORK_TIMEOUT, screenHeading } from './common';

/** First run: choose a passphrase (heading "Welcome to Tend"). */
export class SetupPage {
  constructor(readonly page: Page) {}

  get heading() {
    return screenHeading(this.page, 'Welcome to Tend');
  }
  get passphrase() {
    return this.page.getByLabel('Passphrase', { exact: true });
  }
  get passphraseAgain() {
    return this.page.getByLabel('Passphrase again', { exact: true });
  }
  get showWhatIType() {
    return this.page.getByLabel('Show what I type', { exact: true });
  }
  get submitButton() {
    return button(this.page, 'Create my journal');
  }

  /** Waits until the set-up screen is showing. */
  async waitFor(): Promise<void> {
    await this.heading.waitFor();
  }

  /** Fills both boxes and submits, without waiting for the outcome. */
  async submit(passphrase: string, confirmation: string = passphrase): Promise<void> {
    await this.passphrase.fill(passphrase);
    await this.passphraseAgain.fill(confirmation);
    await this.submitButton.click();
  }

  /** Creates the journal and waits for the emergency kit (or throws with the error shown). */
  async create(passphrase: string): Promise<void> {
    await this.submit(passphrase);
    const kit = screenHeading(this.page, 'Your emergency kit');
    await kit.or(activeAlerts(this.page)).first().waitFor({ timeout: KEY_WORK_TIMEOUT });
    if (!(await kit.isVisible())) throw new Error(`set-up failed: ${await this.errorText()}`);
  }

  /** The message in the alert region ('' when none). */
  errorText(): Promise<string> {
    return alertText(this.page);
  }

  /** The strength meter's words, e.g. "Strength: Strong. Make sure…". */
  async strengthText(): Promise<string> {
    return (await this.page.getByText(/^Strength:/).innerText()).trim();
  }
}

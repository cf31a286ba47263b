import type { Page } from 'playwright-core';
import { alertText, button, screenHeading } from './common';

/** The emergency kit: the recovery key shown once, confirmed by retyping its last group. */
export class EmergencyKitPage {
  constructor(readonly page: Page) {}

  get heading() {
    return screenHeading(this.page, 'Your emergency kit');
  }
  /** `<figure>` captioned "Recovery key"; the key is in its `<code>`. */
  get keyFigure() {
    return this.page.getByRole('figure', { name: 'Recovery key' });
  }
  get lastGroup() {
    return this.page.getByLabel('Last group of your key', { exact: true });
  }
  get printButton() {
    return button(this.page, 'Print this kit');
  }
  get continueButton() {
    return button(this.page, 'Continue');
  }

  /** Waits until the kit is showing. */
  async waitFor(): Promise<void> {
    await this.heading.waitFor();
  }

  /** The key as displayed: `XXXXX-XXXXX-XXXXX-XXXXX-XXXXXX`. */
  async readRecoveryKey(): Promise<string> {
    await this.waitFor();
    return (await this.keyFigure.locator('code').innerText()).replace(/\s+/g, '');
  }

  /** Retypes the last group (read from the page unless given) and continues. */
  async confirm(typed?: string): Promise<void> {
    const group = typed ?? (await this.readRecoveryKey()).split('-').pop() ?? '';
    await this.lastGroup.fill(group);
    await this.continueButton.click();
    if (typed === undefined) await this.heading.waitFor({ state: 'detached' });
  }

  /** The message in the alert region ('' when none). */
  errorText(): Promise<string> {
    return alertText(this.page);
  }
}

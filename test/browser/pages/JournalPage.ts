import type { Page } from 'playwright-core';
import { alertText, button, screenHeading } from './common';

/** The journal list (heading "Journal"): newest first, New entry, Settings, Lock. */
export class JournalPage {
  constructor(readonly page: Page) {}

  get heading() {
    return screenHeading(this.page, 'Journal');
  }
  /** The `<ul aria-label="Entries">`; absent while the journal is empty. */
  get list() {
    return this.page.getByRole('list', { name: 'Entries' });
  }
  get newEntryButton() {
    return button(this.page, 'New entry');
  }
  get settingsButton() {
    return button(this.page, 'Settings');
  }
  get lockButton() {
    return button(this.page, 'Lock');
  }
  get undoButton() {
    return button(this.page, 'Undo');
  }
  /** "Loading older entries…", shown until every entry is decrypted. */
  get loadingOlder() {
    return this.page.getByText('Loading older entries…', { exact: true });
  }
  /** The empty-journal invitation. */
  get emptyState() {
    return this.page.getByText('Nothing here yet.', { exact: true });
  }

  /** Waits until the journal list is showing. */
  async waitFor(): Promise<void> {
    await this.heading.waitFor();
  }

  /** Opens a blank editor. */
  async newEntry(): Promise<void> {
    await this.newEntryButton.click();
    await screenHeading(this.page, 'New entry').waitFor();
  }

  /** The entries' headings as listed (newest first; only the first page is rendered). */
  async headings(): Promise<string[]> {
    await this.waitFor();
    if ((await this.list.count()) === 0) return [];
    const texts = await this.list.getByRole('heading', { level: 2 }).allInnerTexts();
    return texts.map((t) => t.trim());
  }

  /** Opens the first entry whose heading is exactly `heading`. */
  async open(heading: string): Promise<void> {
    await button(this.list, heading).first().click();
    await screenHeading(this.page, 'Entry').waitFor();
  }

  /** Locks and waits for the lock screen. */
  async lock(): Promise<void> {
    await this.lockButton.click();
    await screenHeading(this.page, 'Unlock your journal').waitFor();
  }

  /** Opens Settings. */
  async settings(): Promise<void> {
    await this.settingsButton.click();
    await screenHeading(this.page, 'Settings').waitFor();
  }

  /** Undoes the delete just made (the "Entry deleted. Undo" notice). */
  async undoDelete(): Promise<void> {
    await this.undoButton.click();
    await this.undoButton.waitFor({ state: 'detached' });
  }

  /** The message in the alert region ('' when none). */
  errorText(): Promise<string> {
    return alertText(this.page);
  }
}

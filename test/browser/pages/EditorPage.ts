import type { Page } from 'playwright-core';
import { alertText, button, screenHeading } from './common';

/** The editor (heading "New entry" or "Entry"): autosaves as you type. */
export class EditorPage {
  constructor(readonly page: Page) {}

  get title() {
    return this.page.getByLabel('Title', { exact: true });
  }
  get body() {
    return this.page.getByLabel('Entry', { exact: true });
  }
  /** The save status line: "Saving…", "Saved", "Not saved" (reason in the alert), or absent. */
  get status() {
    return this.page.getByRole('status').filter({ hasText: /^(Saving…|Saved|Not saved)$/ });
  }
  get backButton() {
    return button(this.page, 'Back');
  }
  get lockButton() {
    return button(this.page, 'Lock');
  }
  get deleteButton() {
    return button(this.page, 'Delete entry');
  }
  /** The delete confirmation dialog ("Delete this entry?"). */
  get deleteDialog() {
    return this.page.getByRole('dialog', { name: 'Delete this entry?' });
  }
  /** The dialog shown when leaving with changes that could not be saved. */
  get unsavedDialog() {
    return this.page.getByRole('dialog', { name: 'Your latest changes are not saved' });
  }
  /** The entry's date and time (`<input type="datetime-local">`, value "YYYY-MM-DDTHH:mm"). */
  get date() {
    return this.page.getByLabel('Date', { exact: true });
  }
  get writeTab() {
    return this.page.getByRole('tab', { name: 'Write', exact: true });
  }
  get previewTab() {
    return this.page.getByRole('tab', { name: 'Preview', exact: true });
  }
  /** The rendered Markdown (the Preview tab's panel). */
  get preview() {
    return this.page.getByRole('tabpanel', { name: 'Preview', exact: true });
  }
  /** "N words · N characters" under the text. */
  get wordCount() {
    return this.page.getByText(/^[\d,.]+ words? · [\d,.]+ characters?$/);
  }

  /** The tag field (an ARIA combobox named "Tags"). */
  get tagInput() {
    return this.page.getByRole('combobox', { name: 'Tags', exact: true });
  }
  /** The suggestions list under the tag field (open while it has options). */
  get tagSuggestions() {
    return this.page.getByRole('listbox', { name: 'Suggested tags' });
  }
  /** The pin toggle: "Pin to top", with aria-pressed saying whether it is on. */
  get pinButton() {
    return button(this.page, 'Pin to top');
  }
  /** The remove button of one tag chip ("Remove tag X"). */
  removeTagButton(tag: string) {
    return button(this.page, `Remove tag ${tag}`);
  }

  /** The tags on this entry as shown in the chips, in order. */
  async tags(): Promise<string[]> {
    const list = this.page.getByRole('list', { name: 'Tags on this entry' });
    if ((await list.count()) === 0) return [];
    return (await list.locator('.tag-text').allInnerTexts()).map((t) => t.trim());
  }

  /** The suggestions offered, in order ([] while the list is closed). */
  async suggestionTexts(): Promise<string[]> {
    if (!(await this.tagSuggestions.isVisible())) return [];
    return (await this.tagSuggestions.getByRole('option').allInnerTexts()).map((t) => t.trim());
  }

  /** Types a tag and presses Enter. */
  async addTag(text: string): Promise<void> {
    await this.tagInput.fill(text);
    await this.tagInput.press('Enter');
  }

  /** Whether the pin toggle is on. */
  async isPinned(): Promise<boolean> {
    return (await this.pinButton.getAttribute('aria-pressed')) === 'true';
  }

  /** Waits until an editor is showing (new or existing entry). */
  async waitFor(): Promise<void> {
    await screenHeading(this.page, 'New entry').or(screenHeading(this.page, 'Entry')).waitFor();
  }

  /** Replaces title and body with the given text (autosave then runs by itself). */
  async write(title: string, body: string): Promise<void> {
    await this.title.fill(title);
    await this.body.fill(body);
  }

  /** Waits for the status line to say "Saved". */
  async waitSaved(timeout = 10_000): Promise<void> {
    await this.page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor({ timeout });
  }

  /** The status line's text ("Saving…", "Saved", "Not saved" or ''). */
  async statusText(): Promise<string> {
    return (await this.status.count()) === 0 ? '' : (await this.status.innerText()).trim();
  }

  /** "Not saved: <reason>" when a save failed, '' otherwise. */
  errorText(): Promise<string> {
    return alertText(this.page);
  }

  /** Shows the rendered Markdown. */
  async showPreview(): Promise<void> {
    await this.previewTab.click();
    await this.preview.waitFor();
  }

  /** Back to the fields. */
  async showWrite(): Promise<void> {
    await this.writeTab.click();
    await this.body.waitFor();
  }

  /** Sets the entry's date ("YYYY-MM-DDTHH:mm") and leaves the field, which saves. */
  async setDate(value: string): Promise<void> {
    await this.date.fill(value);
    await this.date.blur();
  }

  /** The message under the date field ('' when the date is fine). */
  async dateError(): Promise<string> {
    const id = await this.date.getAttribute('aria-describedby');
    return id === null ? '' : (await this.page.locator(`[id="${id}"]`).innerText()).trim();
  }

  /** Goes back to the list (saving first). */
  async back(): Promise<void> {
    await this.backButton.click();
    await screenHeading(this.page, 'Journal').waitFor();
  }

  /** Locks (saving first) and waits for the lock screen. */
  async lock(): Promise<void> {
    await this.lockButton.click();
    await screenHeading(this.page, 'Unlock your journal').waitFor();
  }

  /** Deletes this entry through the confirmation dialog; ends on the list. */
  async delete(): Promise<void> {
    await this.deleteButton.click();
    await button(this.deleteDialog, 'Delete').click();
    await screenHeading(this.page, 'Journal').waitFor();
  }
}

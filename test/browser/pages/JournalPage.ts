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
  /** The search field (present once the journal has entries). */
  get searchField() {
    return this.page.getByRole('searchbox', { name: 'Search your journal' });
  }
  /** The dates shown under the entries, in list order. */
  async dates(): Promise<string[]> {
    return (await this.list.locator('time').allInnerTexts()).map((t) => t.trim());
  }
  /** "Loading older entries…", shown until every entry is decrypted. */
  get loadingOlder() {
    return this.page.getByText('Loading older entries…', { exact: true });
  }
  /** The empty-journal invitation. */
  get emptyState() {
    return this.page.getByText('Nothing here yet.', { exact: true });
  }

  /** The pinned group at the top (`<ul aria-label="Pinned">`); absent while nothing is pinned. */
  get pinnedList() {
    return this.page.getByRole('list', { name: 'Pinned', exact: true });
  }
  /**
   * The "Filters" / "Filters (2)" disclosure beside the search field: closed by default, it
   * holds the From/To dates and the filters below (call `openFilters()` before using them).
   */
  get filtersButton() {
    return this.page.getByRole('button', { name: /^Filters( \(\d+\))?$/ });
  }
  /** The panel the Filters button controls (found through its aria-controls, so the link is checked). */
  async filtersPanel() {
    const id = await this.filtersButton.getAttribute('aria-controls');
    if (id === null || id === '') throw new Error('The Filters button controls no panel (aria-controls missing)');
    return this.page.locator(`[id="${id}"]`);
  }
  /** The Filters button's visible label: "Filters", or "Filters (2)" with two filters set. */
  async filtersLabel(): Promise<string> {
    return (await this.filtersButton.innerText()).trim();
  }
  /** True while the Filters panel is open (read from aria-expanded, then checked against the panel). */
  async filtersOpen(): Promise<boolean> {
    const expanded = (await this.filtersButton.getAttribute('aria-expanded')) === 'true';
    const visible = await (await this.filtersPanel()).isVisible();
    if (expanded !== visible) throw new Error(`Filters: aria-expanded=${expanded} but the panel is ${visible ? 'shown' : 'hidden'}`);
    return expanded;
  }
  /** Opens the Filters panel (no-op when open) and waits until it shows. */
  async openFilters(): Promise<void> {
    if (!(await this.filtersOpen())) await this.filtersButton.click();
    await (await this.filtersPanel()).waitFor({ state: 'visible' });
  }
  /** Closes the Filters panel (no-op when closed). */
  async closeFilters(): Promise<void> {
    if (await this.filtersOpen()) await this.filtersButton.click();
    await (await this.filtersPanel()).waitFor({ state: 'hidden' });
  }
  /** The search's date range (inside the Filters panel). */
  get fromDate() {
    return this.page.getByLabel('From', { exact: true });
  }
  get toDate() {
    return this.page.getByLabel('To', { exact: true });
  }
  /** The list's filter menus and checkbox, by label (inside the Filters panel). */
  get themeFilter() {
    return this.page.getByRole('combobox', { name: 'Theme', exact: true });
  }
  get tagFilter() {
    return this.page.getByRole('combobox', { name: 'Tag', exact: true });
  }
  get kindFilter() {
    return this.page.getByRole('combobox', { name: 'Entry kind', exact: true });
  }
  get pinnedOnly() {
    return this.page.getByRole('checkbox', { name: 'Pinned only', exact: true });
  }
  get clearFiltersButton() {
    return button(this.page, 'Clear filters');
  }
  /** "3 entries", "No entries match these filters.", "2 entries found"…; '' when not shown. */
  async countText(): Promise<string> {
    const count = this.page.locator('.search-count');
    return (await count.count()) === 0 ? '' : (await count.innerText()).trim();
  }

  /** The pinned entries' headings, in order. */
  async pinnedHeadings(): Promise<string[]> {
    await this.waitFor();
    if ((await this.pinnedList.count()) === 0) return [];
    return (await this.pinnedList.getByRole('heading', { level: 2 }).allInnerTexts()).map((t) => t.trim());
  }

  /** Every heading on the list as shown: the pinned group, then the rest. */
  async allHeadings(): Promise<string[]> {
    return [...(await this.pinnedHeadings()), ...(await this.headings())];
  }

  /** The tag chips of the listed entry with this heading. */
  async tagsOf(heading: string): Promise<string[]> {
    const item = this.page.getByRole('listitem').filter({ has: this.page.getByRole('heading', { level: 2, name: heading, exact: true }) });
    const chips = item.first().getByRole('list', { name: 'Tags' });
    if ((await chips.count()) === 0) return [];
    return (await chips.locator('.tag-pill').allInnerTexts()).map((t) => t.trim());
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

  /** Opens the first entry whose heading is exactly `heading` (pinned or not). */
  async open(heading: string): Promise<void> {
    await button(this.pinnedList.or(this.list), heading).first().click();
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

import type { Page } from 'playwright-core';
import { button } from './common';

/** The "Keyboard shortcuts" dialog (opened with "?" or from Settings). */
export class ShortcutsDialog {
  constructor(readonly page: Page) {}

  get dialog() {
    return this.page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  }
  get closeButton() {
    return button(this.dialog, 'Close');
  }

  /** Each row as [action, keys as shown], e.g. ['Save now', 'Ctrl+S']. */
  async rows(): Promise<Array<[string, string[]]>> {
    await this.dialog.waitFor();
    const rows = this.dialog.getByRole('row');
    const out: Array<[string, string[]]> = [];
    for (let i = 1; i < (await rows.count()); i++) {
      const row = rows.nth(i);
      const action = (await row.getByRole('rowheader').evaluate((el) => el.firstChild?.textContent ?? '')).trim();
      out.push([action, (await row.locator('kbd').allInnerTexts()).map((k) => k.trim())]);
    }
    return out;
  }
}

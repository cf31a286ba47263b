import type { Page } from 'playwright-core';
import { button, screenHeading } from './common';

/** The headings each navigation item leads to. */
export const NAV_HEADINGS: Record<string, string> = {
  Journal: 'Journal',
  Reflect: 'Reflect',
  'Look back': 'Look back',
  Insights: 'Insights',
  Settings: 'Settings',
};

/** The main navigation (<nav aria-label="Main">): a bottom bar on phones, a side rail from 1024 px. */
export class NavPage {
  constructor(readonly page: Page) {}

  get nav() {
    return this.page.getByRole('navigation', { name: 'Main', exact: true });
  }
  item(name: string) {
    return button(this.nav, name);
  }
  /** The item names, in order. */
  async names(): Promise<string[]> {
    return (await this.nav.getByRole('button').allInnerTexts()).map((t) => t.trim());
  }
  /** The item marked aria-current="page" ('' when none). */
  async current(): Promise<string> {
    const current = this.nav.locator('[aria-current="page"]');
    return (await current.count()) === 0 ? '' : (await current.innerText()).trim();
  }
  /** Chooses an item and waits for its screen's heading. */
  async go(name: string): Promise<void> {
    await this.item(name).click();
    await screenHeading(this.page, NAV_HEADINGS[name] ?? name).waitFor();
  }
}

/**
 * Shared bits for the page objects (style §12: one page object per screen, Notesnook
 * `__e2e__/models`). Locators go by role and label only, the way a person finds things,
 * so a test failing here usually means the screen stopped being accessible too.
 */
import type { Locator, Page } from 'playwright-core';

/** Argon2id at 64 MiB can take seconds on a slow CI machine; give key work room. */
export const KEY_WORK_TIMEOUT = 30_000;

/** A screen's h1 by its exact text. */
export function screenHeading(page: Page, name: string): Locator {
  return page.getByRole('heading', { level: 1, name, exact: true });
}

/** A button by its exact accessible name. */
export function button(scope: Page | Locator, name: string): Locator {
  return scope.getByRole('button', { name, exact: true });
}

/** The alert regions on screen that currently hold a message. */
export function activeAlerts(page: Page): Locator {
  return page.getByRole('alert').filter({ hasText: /\S/ });
}

/** The text of the first alert with a message, or '' when there is none. */
export async function alertText(page: Page): Promise<string> {
  const alerts = activeAlerts(page);
  return (await alerts.count()) === 0 ? '' : (await alerts.first().innerText()).trim();
}

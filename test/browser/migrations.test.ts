import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HEADER_VERSION } from '../../src/vault/key-slots';
import { SCHEMA_VERSION } from '../../src/storage/schema';
import { FIXTURES, readFixture } from '../fixtures/db-fixtures';
import { BROWSER_DUMP_DB, BROWSER_LOAD_DB, type DbDump } from '../support/idb-dump';
import { foreignRequests, openApp, type App } from './harness';
import { screenHeading, tendPages } from './pages';
import { expectNoAxeViolations } from './support/axe';

/**
 * Issue #7 item 4 in real IndexedDB: each committed fixture (a journal written by an older
 * Tend, test/fixtures/db-*.json) is written into the browser at its OLD version with raw
 * IndexedDB, then the production build opens it, upgrades it and shows every entry. A
 * journal from a NEWER Tend is refused in plain words, and the database is left exactly as
 * it was (a full dump before and after).
 */

const dumpDb = (page: Page) => page.evaluate(`${BROWSER_DUMP_DB}('tend')`) as Promise<DbDump | null>;

/** Writes `dump` on the app's origin BEFORE the app runs (from a page that is not the app). */
async function openAppWith(dump: DbDump): Promise<App> {
  const app = await openApp({ path: null });
  await app.page.goto(`${app.url}manifest.webmanifest`);
  await app.page.evaluate(`${BROWSER_LOAD_DB}(${JSON.stringify(dump)})`);
  expect((await dumpDb(app.page))!.version).toBe(dump.version);
  await app.page.goto(app.url);
  return app;
}

function expectCleanSession(app: App): void {
  expect(foreignRequests(app.requests, app.origin)).toEqual([]);
  expect(app.cspViolations).toEqual([]);
  expect(app.pageErrors.map((e) => e.message)).toEqual([]);
}

describe.each(FIXTURES)('fixture %s in the browser', (name) => {
  const { dump, expected } = readFixture(name);

  it('opens, upgrades and shows every entry with its full text', async () => {
    const app = await openAppWith(dump);
    const ui = tendPages(app.page);
    await ui.unlock.withPassphrase(expected.passphrase);
    await ui.journal.waitFor();
    await ui.journal.loadingOlder.waitFor({ state: 'detached' });
    const heading = (e: { title: string; body: string }) => (e.title.trim() !== '' ? e.title : e.body.split('\n')[0]!);
    const listed = [...(await ui.journal.pinnedHeadings()), ...(await ui.journal.headings())];
    expect(listed.sort()).toEqual(expected.entries.map(heading).sort());
    expect(await app.page.getByRole('note').filter({ hasText: /couldn.t be opened/ }).count()).toBe(0);
    for (const entry of expected.entries.filter((e) => !e.sections)) {
      // Pinned entries are listed in their own group: find the entry in either list.
      await app.page.getByRole('list').getByRole('button', { name: heading(entry), exact: true }).first().click();
      await screenHeading(app.page, 'Entry').waitFor();
      expect(await ui.editor.body.inputValue()).toBe(entry.body);
      await ui.editor.back();
    }
    expect((await dumpDb(app.page))!.version).toBe(SCHEMA_VERSION * 10);
    expectCleanSession(app);
  });
});

describe('a journal from a NEWER Tend', () => {
  const { dump } = readFixture(FIXTURES[FIXTURES.length - 1]!);

  async function expectRefusedUntouched(newer: DbDump): Promise<void> {
    const app = await openAppWith(newer);
    const before = await dumpDb(app.page);
    await screenHeading(app.page, 'Tend couldn’t open').waitFor();
    expect(await app.page.locator('main').innerText()).toMatch(/newer version of Tend than this one.*won’t open it or change anything in it.*Reload/s);
    expect(await app.page.getByLabel('Passphrase').count()).toBe(0);
    for (const colorScheme of ['light', 'dark'] as const) {
      await app.page.emulateMedia({ colorScheme });
      await expectNoAxeViolations(app.page, `newer journal refused, ${colorScheme}`);
    }
    expect(await dumpDb(app.page)).toEqual(before);
    expect(before).toEqual(newer); // the dump round-trips exactly, so "unchanged" means unchanged
    expectCleanSession(app);
  }

  it('a newer database version is refused with a message, and nothing is written', async () => {
    await expectRefusedUntouched({ ...dump, version: (SCHEMA_VERSION + 1) * 10 });
  });

  it('a newer vault header format is refused before the passphrase is asked for, and nothing is written', async () => {
    const [row] = dump.stores.header!.rows as Record<string, unknown>[];
    await expectRefusedUntouched({
      ...dump,
      stores: { ...dump.stores, header: { ...dump.stores.header!, rows: [{ ...row, v: HEADER_VERSION + 1 }] } },
    });
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { writeBackup } from '../../src/backup/backup-file';
import { foreignRequests, openApp, type App } from './harness';
import { KEY_WORK_TIMEOUT, tendPages } from './pages';
import { BackupPage } from './pages/BackupPage';
import { expectNoAxeViolations } from './support/axe';

/**
 * Issue #7 item 2: several tabs. Two pages of one browser profile edit the same entry (both
 * texts survive: the original and a conflict copy, with a notice), lists stay fresh across
 * tabs without a reload (a new entry, an import, a delete), and the cross-tab messages carry
 * record ids and kinds only, never what was written.
 */
const PASS = 'willow ferry saffron eleven';
const BACKUP_PASS = 'tidal quarry umber 19';
type Ui = ReturnType<typeof tendPages>;

/** Records every BroadcastChannel message a page posts, before any app script runs. */
const SPY = `
  window.__posted = [];
  const post = BroadcastChannel.prototype.postMessage;
  BroadcastChannel.prototype.postMessage = function (message) {
    window.__posted.push({ channel: this.name, json: JSON.stringify(message) });
    return post.call(this, message);
  };
`;

async function posted(page: Page): Promise<{ channel: string; json: string }[]> {
  return page.evaluate(() => (window as unknown as { __posted: { channel: string; json: string }[] }).__posted);
}

/** Tab A sets up the journal; tab B (same profile) unlocks it. */
async function twoTabs(): Promise<{ app: App; a: Ui; b: Ui; pageB: Page }> {
  const app = await openApp({ path: null });
  await app.context.addInitScript(SPY);
  await app.page.goto(app.url, { waitUntil: 'load' });
  const a = tendPages(app.page);
  await a.setup.create(PASS);
  await a.kit.readRecoveryKey();
  await a.kit.confirm();
  await a.journal.waitFor();
  const pageB = await app.context.newPage();
  await pageB.goto(app.url, { waitUntil: 'load' });
  const b = tendPages(pageB);
  await b.unlock.withPassphrase(PASS);
  await b.journal.waitFor();
  return { app, a, b, pageB };
}

/** Only `{ v, changes: [{ id, kind }] }` on the change channel, and no marker on any channel. */
async function expectBareMessages(page: Page, markers: string[]): Promise<number> {
  const messages = await posted(page);
  for (const m of messages) {
    for (const marker of markers) expect(m.json).not.toContain(marker);
    if (!m.channel.startsWith('tend-changes:')) continue;
    const data = JSON.parse(m.json) as { v: number; changes: Record<string, unknown>[] };
    expect(Object.keys(data).sort()).toEqual(['changes', 'v']);
    for (const change of data.changes) {
      expect(Object.keys(change).sort()).toEqual(['id', 'kind']);
      expect(change.id).toMatch(/^([0-9a-f-]{36}|summary)$/);
    }
  }
  return messages.filter((m) => m.channel.startsWith('tend-changes:')).length;
}

async function bodyOf(ui: Ui, index: number): Promise<string> {
  await ui.journal.list.getByRole('listitem').nth(index).getByRole('button').first().click();
  await ui.editor.waitFor();
  const body = await ui.editor.body.inputValue();
  await ui.editor.back();
  return body;
}

describe('several tabs', () => {
  it('editing one entry in two tabs keeps both texts: the original and a conflict copy, with a notice', async () => {
    const { app, a, b, pageB } = await twoTabs();
    const markA = `MARK-${Date.now().toString(36)}-ta`;
    const markB = `MARK-${Date.now().toString(36)}-tb`;
    await a.journal.newEntry();
    await a.editor.write('Shared entry', 'The first words');
    await a.editor.waitSaved();
    await a.editor.back();
    await expect.poll(() => b.journal.headings()).toEqual(['Shared entry']);

    await a.journal.open('Shared entry');
    await b.journal.open('Shared entry');
    await a.editor.body.fill(`Tab A's version ${markA}`);
    await a.editor.waitSaved();
    await b.editor.body.fill(`Tab B's version ${markB}`);
    const notice = pageB.getByRole('status').filter({ hasText: 'changed in another tab' });
    await notice.waitFor();
    expect(await notice.innerText()).toMatch(/Nothing was overwritten: your version is saved as a separate entry, marked “Conflict copy”/);
    await b.editor.waitSaved();
    for (const colorScheme of ['light', 'dark'] as const) {
      await pageB.emulateMedia({ colorScheme });
      await expectNoAxeViolations(pageB, `editor with the conflict notice (${colorScheme})`);
    }
    // Tab B keeps writing: into its copy, with no further copies.
    await b.editor.body.fill(`Tab B's version ${markB}, continued`);
    await b.editor.waitSaved();
    await b.editor.back();
    expect(await b.journal.headings()).toEqual(['Shared entry', 'Shared entry']);
    expect(await b.journal.list.getByText('Conflict copy', { exact: true }).count()).toBe(1);
    await pageB.getByRole('button', { name: 'OK', exact: true }).click();
    expect(await notice.count()).toBe(0);

    // Tab A sees the copy without a reload.
    await a.editor.back();
    await expect.poll(() => a.journal.headings()).toEqual(['Shared entry', 'Shared entry']);
    const bodies = [await bodyOf(a, 0), await bodyOf(a, 1)].sort();
    expect(bodies).toEqual([`Tab A's version ${markA}`, `Tab B's version ${markB}, continued`]);

    expect(await expectBareMessages(app.page, [markA, markB, 'Shared entry', 'first words'])).toBeGreaterThan(0);
    expect(await expectBareMessages(pageB, [markA, markB, 'Shared entry', 'first words'])).toBeGreaterThan(0);
    expect(foreignRequests(app.requests, app.origin)).toEqual([]);
    expect(app.cspViolations).toEqual([]);
    expect(app.pageErrors.map((e) => e.message)).toEqual([]);
  }, 180_000);

  it('a new entry, an import and a delete in one tab show in the other without a reload', async () => {
    const { app, a, b, pageB } = await twoTabs();
    await a.journal.newEntry();
    await a.editor.write('Written in tab A', 'Typed on the left');
    await a.editor.waitSaved();
    await a.editor.back();
    await expect.poll(() => b.journal.headings()).toEqual(['Written in tab A']);

    const dir = mkdtempSync(join(tmpdir(), 'tend-tabs-'));
    const file = join(dir, 'other-device.age');
    const day = Date.UTC(2024, 4, 1);
    const batch = {
      entries: [
        { id: '7b0a4f6e-3c1d-4e2a-9f10-1a2b3c4d5e01', title: 'Imported one', body: 'From another device', created: day, updated: day },
        { id: '7b0a4f6e-3c1d-4e2a-9f10-1a2b3c4d5e02', title: 'Imported two', body: 'Also from there', created: day + 1, updated: day + 1 },
      ],
      docs: [],
    };
    // A small scrypt work factor keeps the test quick; the reader accepts any factor up to its ceiling.
    writeFileSync(file, (await writeBackup(batch, BACKUP_PASS, 'test', new Date(day), { unsafeTestLogN: 12 })).file);
    await b.journal.settings();
    expect(await new BackupPage(pageB).importFile(file, BACKUP_PASS)).toMatch(/Import finished: 2 added/);
    await expect.poll(() => a.journal.headings(), { timeout: KEY_WORK_TIMEOUT }).toEqual(['Written in tab A', 'Imported two', 'Imported one']);

    await a.journal.open('Written in tab A');
    await a.editor.delete();
    await b.settings.back();
    await expect.poll(() => b.journal.headings()).toEqual(['Imported two', 'Imported one']);

    expect(await expectBareMessages(app.page, ['Written in tab A', 'Typed on the left'])).toBeGreaterThan(0);
    expect(await expectBareMessages(pageB, ['Imported', 'another device'])).toBeGreaterThan(0);
    expect(foreignRequests(app.requests, app.origin)).toEqual([]);
    expect(app.cspViolations).toEqual([]);
    expect(app.pageErrors.map((e) => e.message)).toEqual([]);
  }, 180_000);
});

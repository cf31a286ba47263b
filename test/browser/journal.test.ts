import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dumpStorage, foreignRequests, openApp, type App } from './harness';
import { screenHeading, tendPages } from './pages';
import { expectNoAxeViolationsInBothThemes } from './support/axe';

/**
 * Issue #2's end-to-end journey against the production build in the system Chromium:
 * set up, write, reload, unlock, read, edit, delete, with the raw storage scan for
 * plaintext, and each bad input a clinician can meet.
 */
const PASS = 'willow kettle harbour seven';

async function setUpVault(app: App): Promise<{ key: string; ui: ReturnType<typeof tendPages> }> {
  const ui = tendPages(app.page);
  await ui.setup.create(PASS);
  const key = await ui.kit.readRecoveryKey();
  await ui.kit.confirm();
  await ui.journal.waitFor();
  return { key, ui };
}

function expectCleanSession(app: App): void {
  expect(foreignRequests(app.requests, app.origin)).toEqual([]);
  expect(app.requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD')).toEqual([]);
  expect(app.cspViolations).toEqual([]);
  expect(app.pageErrors.map((e) => e.message)).toEqual([]);
}

describe('the journal, end to end', () => {
  it('writes, keeps nothing in plaintext, reloads, unlocks, reads, edits and deletes', async () => {
    const app = await openApp();
    const ui = tendPages(app.page);
    await ui.setup.waitFor();
    // Bad input first: nothing is created.
    await ui.setup.submit('');
    expect(await ui.setup.errorText()).not.toBe('');
    await ui.setup.submit('too short');
    expect(await ui.setup.errorText()).toMatch(/at least 10/);
    await ui.setup.submit(PASS, `${PASS}!`);
    expect(await ui.setup.errorText()).toMatch(/match/);
    expect(await dbNames(app.page)).not.toContain('tend-never-created'); // sanity of the helper
    const { key } = await setUpVault(app);

    const marker = `MARKER-${Date.now().toString(36)}-q7`;
    await ui.journal.newEntry();
    await ui.editor.write(`Title ${marker}`, `After the 4pm session I noticed ${marker} in my shoulders.`);
    await ui.editor.waitSaved();
    await ui.editor.back();
    expect(await ui.journal.headings()).toEqual([`Title ${marker}`]);
    // Search is part of the session too (issue #4: the whole session stays on this origin).
    await app.page.getByRole('searchbox', { name: 'Search your journal' }).fill('shoulders');
    await expect.poll(() => app.page.locator('mark').allInnerTexts()).toContain('shoulders');
    await app.page.getByRole('searchbox', { name: 'Search your journal' }).fill('');

    // The raw scan: every database, store and record, localStorage, sessionStorage, caches.
    const dump = await dumpStorage(app.page);
    expect(dump.databases.map((d) => d.name)).toContain('tend');
    expect(dump.databases.flatMap((d) => d.stores).reduce((n, s) => n + s.records.length, 0)).toBeGreaterThanOrEqual(3);
    expect(dump.find(marker)).toEqual([]);
    expect(dump.find('4pm session')).toEqual([]);
    expect(dump.find(PASS)).toEqual([]);
    expect(dump.find(key.replace(/-/g, '').slice(0, 12))).toEqual([]);

    await app.page.reload();
    await ui.unlock.waitFor();
    expect(await app.page.locator('body').innerText()).not.toContain(marker);
    await ui.unlock.withPassphrase(PASS);
    await ui.journal.waitFor();
    await ui.journal.open(`Title ${marker}`);
    expect(await ui.editor.body.inputValue()).toBe(`After the 4pm session I noticed ${marker} in my shoulders.`);

    await ui.editor.body.fill('Edited: I left it at work.');
    await ui.editor.waitSaved();
    await ui.editor.back();
    await app.page.reload();
    await ui.unlock.withPassphrase(PASS);
    await ui.journal.open(`Title ${marker}`);
    expect(await ui.editor.body.inputValue()).toBe('Edited: I left it at work.');

    await ui.editor.delete();
    expect(await ui.journal.headings()).toEqual([]);
    await app.page.reload();
    await ui.unlock.withPassphrase(PASS);
    expect(await ui.journal.headings()).toEqual([]);
    expect((await dumpStorage(app.page)).find(marker)).toEqual([]);
    expectCleanSession(app);
  });

  it('a wrong passphrase shows the error and does not unlock; the recovery key does', async () => {
    const app = await openApp();
    const { key, ui } = await setUpVault(app);
    await ui.journal.newEntry();
    await ui.editor.write('Kept safe', 'still here');
    await ui.editor.waitSaved();
    await ui.editor.lock();
    await ui.unlock.withPassphrase('willow kettle harbour eight');
    expect(await ui.unlock.errorText()).toMatch(/didn.t open/);
    expect(await screenHeading(app.page, 'Journal').count()).toBe(0);
    expect(await app.page.locator('body').innerText()).not.toContain('Kept safe');
    await ui.unlock.withRecoveryKey(key.toLowerCase().replace(/-/g, ' '));
    await ui.journal.waitFor();
    expect(await ui.journal.headings()).toEqual(['Kept safe']);
    expectCleanSession(app);
  });

  it('quota exceeded keeps the text on screen, says so, and loses nothing', async () => {
    const app = await openApp({ path: null });
    // A real quota, enforced by Chromium itself (set before the first storage use, which is
    // when Chromium reads it): room for the offline cache (~0.8 MB), the vault and a short
    // entry, not for a long one (~1.1 MB).
    const cdp = await app.context.newCDPSession(app.page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: app.origin, quotaSize: 1_500_000 });
    await app.page.goto(app.url);
    const { ui } = await setUpVault(app);
    await ui.journal.newEntry();
    await ui.editor.write('Before the disk filled', 'this one is safe');
    await ui.editor.waitSaved();
    await ui.editor.back();
    const big = 'A long reflection. '.repeat(60_000);
    await ui.journal.newEntry();
    await ui.editor.write('Written while full', big);
    await expect.poll(() => ui.editor.errorText(), { timeout: 15_000 }).toMatch(/out of space/i);
    expect(await ui.editor.statusText()).toBe('Not saved');
    expect(await ui.editor.body.inputValue()).toBe(big);
    expect(await ui.editor.title.inputValue()).toBe('Written while full');
    // Space comes back: the same draft saves, and the earlier entry is intact.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: app.origin });
    await ui.editor.body.press('End');
    await ui.editor.body.pressSequentially('.');
    await ui.editor.waitSaved(20_000);
    await ui.editor.back();
    expect(await ui.journal.headings()).toEqual(['Written while full', 'Before the disk filled']);
    expectCleanSession(app);
  });

  it('IndexedDB unavailable (private mode, storage blocked) gives a clear blocking message', async () => {
    const app = await openApp({ path: null });
    await app.context.addInitScript(() => {
      const broken = () => {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      };
      Object.defineProperty(IDBFactory.prototype, 'open', { value: broken });
    });
    await app.page.goto(app.url);
    await screenHeading(app.page, 'Tend can’t store your journal here').waitFor();
    expect(await app.page.locator('body').innerText()).toMatch(/private|storage/i);
    expect(app.cspViolations).toEqual([]);
  });

  it('a damaged record is reported and kept; the other entries open', async () => {
    const app = await openApp();
    const { ui } = await setUpVault(app);
    for (const title of ['Intact one', 'Will be damaged', 'Intact two']) {
      await ui.journal.newEntry();
      await ui.editor.write(title, `${title} body`);
      await ui.editor.waitSaved();
      await ui.editor.back();
    }
    await ui.journal.lock();
    const flipped = await app.page.evaluate(FLIP_ONE_ENTRY_BYTE);
    expect(flipped).toBe(true);
    await app.page.reload();
    await ui.unlock.withPassphrase(PASS);
    await expect.poll(() => app.page.getByRole('note').innerText()).toMatch(/1 entry couldn.t be opened/);
    expect((await ui.journal.headings()).length).toBe(2);
    expectCleanSession(app);
  });

  it('an entry from a newer Tend is told apart from a damaged one, and kept byte for byte', async () => {
    const app = await openApp();
    const { ui } = await setUpVault(app);
    for (const title of ['Intact', 'Will be damaged', 'From the future']) {
      await ui.journal.newEntry();
      await ui.editor.write(title, `${title} body`);
      await ui.editor.waitSaved();
      await ui.editor.back();
    }
    await ui.journal.lock();
    expect(await app.page.evaluate(FLIP_ONE_ENTRY_BYTE)).toBe(true);
    const newerId = await app.page.evaluate(MAKE_ONE_ENTRY_NEWER);
    expect(newerId).not.toBe('');
    const before = await app.page.evaluate(READ_RECORD, newerId);
    await app.page.reload();
    await ui.unlock.withPassphrase(PASS);
    const notes = app.page.getByRole('note');
    await expect.poll(() => notes.count()).toBe(2);
    const text = (await notes.allInnerTexts()).join('\n');
    expect(text).toMatch(/1 entry couldn.t be opened: the stored data is damaged/);
    expect(text).toMatch(/1 entry was saved by a newer version of Tend\. Update Tend on this device to open it.*kept safe/s);
    expect(await ui.journal.headings()).toHaveLength(1);
    await expectNoAxeViolationsInBothThemes(app.page, 'journal with a damaged and a newer entry');
    // A save (which rewrites the summary) leaves the newer record exactly as it was.
    await ui.journal.newEntry();
    await ui.editor.write('After', 'written by this version');
    await ui.editor.waitSaved();
    await ui.editor.back();
    expect(await app.page.evaluate(READ_RECORD, newerId)).toBe(before);
    expectCleanSession(app);
  });
});

/** Raw IndexedDB, no app code: mark one intact entry record as written in record format v2 (a newer Tend). */
const MAKE_ONE_ENTRY_NEWER = `new Promise((resolve, reject) => {
  const open = indexedDB.open('tend');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const db = open.result;
    const tx = db.transaction('records', 'readwrite');
    const store = tx.objectStore('records');
    const all = store.getAll();
    let id = '';
    all.onsuccess = () => {
      const entry = all.result.filter((r) => r.kind === 'entry' && r.v === 1)[1];
      if (!entry) return;
      entry.v = 2;
      id = entry.id;
      store.put(entry);
    };
    tx.oncomplete = () => { db.close(); resolve(id); };
    tx.onerror = () => reject(tx.error);
  };
})`;

/** Raw IndexedDB: one record with its bytes as a string, for a byte-for-byte comparison. */
function READ_RECORD(id: unknown): Promise<string> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('tend');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const get = db.transaction('records').objectStore('records').get(id as string);
      get.onsuccess = () => {
        const r = get.result as { id: string; kind: string; v: number; k: number; n: Uint8Array; c: Uint8Array };
        db.close();
        resolve(JSON.stringify({ ...r, n: Array.from(r.n), c: Array.from(r.c) }));
      };
      get.onerror = () => reject(get.error);
    };
  });
}

async function dbNames(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? ''));
}

/** Raw IndexedDB, no app code: flip one ciphertext byte of one entry record. */
const FLIP_ONE_ENTRY_BYTE = `new Promise((resolve, reject) => {
  const open = indexedDB.open('tend');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const db = open.result;
    const tx = db.transaction('records', 'readwrite');
    const store = tx.objectStore('records');
    const all = store.getAll();
    all.onsuccess = () => {
      const entry = all.result.find((r) => r.kind === 'entry');
      if (!entry) return resolve(false);
      entry.c[20] ^= 0xff;
      store.put(entry);
    };
    tx.oncomplete = () => { db.close(); resolve(true); };
    tx.onerror = () => reject(tx.error);
  };
})`;

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dumpStorage, foreignRequests, openApp, type App } from './harness';
import { tendPages } from './pages';
import { BackupPage, RestorePage } from './pages/BackupPage';
import { expectNoAxeViolations } from './support/axe';

/**
 * Issue #5 end to end in Chromium against the production build: back up in profile A (the
 * worker writes, verifies, the page downloads through a Blob URL), read the file with the
 * stock age CLI, import it twice (no duplicates), refuse a wrong passphrase and a damaged
 * file without changing anything, then restore it into a fresh profile B from the first-run
 * screen. No plaintext in storage, no foreign requests, no CSP violations, axe clean.
 */
const PASS_A = 'willow kettle harbour seven';
const BACKUP_PASS = 'saffron quarry lantern ninety';
const PASS_B = 'orchard pebble violet anchor';

function expectClean(app: App): void {
  expect(foreignRequests(app.requests, app.origin)).toEqual([]);
  expect(app.requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD')).toEqual([]);
  expect(app.cspViolations).toEqual([]);
  expect(app.pageErrors.map((e) => e.message)).toEqual([]);
}

/** The stock age CLI reads the passphrase from a terminal: `script` gives it one (see the unit test). */
function ageDecrypt(file: string, passphrase: string): string {
  const out = `${file}.jsonl`;
  execFileSync('script', ['-qec', `age -d -o ${out} ${file}`, '/dev/null'], { input: passphrase + '\n', timeout: 60_000 });
  return readFileSync(out, 'utf8');
}

describe('backup and restore', () => {
  it('backs up in A, reads with age, imports twice, refuses bad files, restores into a fresh B', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tend-backup-'));
    const marker = `MARK-${Date.now().toString(36)}-b5`;
    const a = await openApp();
    const ui = tendPages(a.page);
    await ui.setup.create(PASS_A);
    await ui.kit.readRecoveryKey();
    await ui.kit.confirm();
    await ui.journal.waitFor();
    for (const [title, body] of [[`First ${marker}`, 'Supervision notes, ünïcödé 🌿'], ['Second', `Body ${marker}`]]) {
      await ui.journal.newEntry();
      await ui.editor.write(title!, body!);
      await ui.editor.waitSaved();
      await ui.editor.back();
    }
    const headingsA = await ui.journal.headings();
    expect(headingsA).toEqual(['Second', `First ${marker}`]);

    await ui.journal.settings();
    const backup = new BackupPage(a.page);
    expect(await backup.lastBackup.innerText()).toBe('Last backup: never.');
    await expectNoAxeViolations(a.page, 'settings with backup cards');
    const { download, message } = await backup.backUp(BACKUP_PASS);
    expect(message).toMatch(/Backup saved: 2 entries/);
    expect(download.suggestedFilename()).toMatch(/^tend-backup-\d{4}-\d{2}-\d{2}\.age$/);
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    await backup.lastBackup.filter({ hasText: 'today' }).waitFor();
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 22).toString('latin1')).toBe('age-encryption.org/v1\n');
    expect(bytes.includes(Buffer.from(marker))).toBe(false);

    // The stock age CLI opens it; the inside is plain JSON Lines.
    if (spawnSync('age', ['--version']).status === 0) {
      const lines = ageDecrypt(file, BACKUP_PASS).trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, any>);
      expect(lines[0]).toMatchObject({ format: 'tend-backup', v: 1, entries: 2 });
      expect(lines.filter((l) => l.entry).map((l) => l.entry.title).sort()).toEqual(['Second', `First ${marker}`].sort());
      expect(lines.at(-1)).toMatchObject({ end: true, entries: 2 });
    } else if (process.env.CI) throw new Error('the age CLI must be installed in CI');

    // Same file again: nothing added. Wrong passphrase, damaged file: own messages, nothing changes.
    expect(await backup.importFile(file, BACKUP_PASS)).toMatch(/0 added, \d+ unchanged, 0 conflict copies/);
    expect(await backup.importFile(file, 'not the right passphrase')).toMatch(/passphrase didn’t open the backup/);
    const damaged = Buffer.from(bytes);
    damaged[damaged.length - 200]! ^= 0x10;
    writeFileSync(join(dir, 'damaged.age'), damaged);
    expect(await backup.importFile(join(dir, 'damaged.age'), BACKUP_PASS)).toMatch(/changed or damaged/);
    writeFileSync(join(dir, 'cut.age'), bytes.subarray(0, bytes.length - 100));
    expect(await backup.importFile(join(dir, 'cut.age'), BACKUP_PASS)).toMatch(/incomplete/);
    writeFileSync(join(dir, 'notes.age'), 'just some notes');
    expect(await backup.importFile(join(dir, 'notes.age'), BACKUP_PASS)).toMatch(/isn’t a Tend backup/);
    await expectNoAxeViolations(a.page, 'settings after an import error');
    await ui.settings.back();
    expect(await ui.journal.headings()).toEqual(headingsA);
    expect((await dumpStorage(a.page)).find(marker)).toEqual([]);
    expectClean(a);
    await a.close();

    // A new device: restore from the first-run screen.
    const b = await openApp();
    const uiB = tendPages(b.page);
    await uiB.setup.waitFor();
    const restore = new RestorePage(b.page);
    await restore.start();
    await expectNoAxeViolations(b.page, 'restore screen');
    expect(await restore.open(file, 'wrong wrong wrong')).toMatch(/passphrase didn’t open the backup/);
    expect(await restore.open(file, BACKUP_PASS)).toMatch(/checks out: 2 entries/);
    await expectNoAxeViolations(b.page, 'restore: choose a passphrase');
    await restore.restore(PASS_B);
    await uiB.kit.readRecoveryKey();
    await uiB.kit.confirm();
    expect(await uiB.journal.headings()).toEqual(headingsA);
    await uiB.journal.open(`First ${marker}`);
    expect(await uiB.editor.body.inputValue()).toBe('Supervision notes, ünïcödé 🌿');
    expect((await dumpStorage(b.page)).find(marker)).toEqual([]);
    expectClean(b);
  }, 240_000);
});

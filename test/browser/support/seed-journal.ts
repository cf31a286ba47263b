import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { writeBackup } from '../../../src/backup/backup-file';
import { promptsByTheme } from '../../../src/content/prompts/index';
import { scoreProqol } from '../../../src/content/proqol/scoring';
import type { ThemeId } from '../../../src/content/types';
import type { CheckIn, Doc, Entry } from '../../../src/vault/types';
import { openApp, type App } from '../harness';
import { tendPages } from '../pages';
import { BackupPage } from '../pages/BackupPage';

/**
 * A journal on fixed past dates, for Look back and Insights: a backup made here with Tend's
 * own writer, imported through Settings (the path a person takes to merge a journal), and one
 * entry written through the editor ("Afternoon": mood 4, energy 3, stress 2), all with the
 * page clock fixed to "today" = Wednesday 12 March 2025, 15:00 local time.
 */
export const TODAY = new Date(2025, 2, 12, 15, 0);
/** The new journal's passphrase. */
export const PASS = 'juniper ladder copper seventeen';
const BACKUP_PASS = 'meadow violin granite forty';

/** One seeded entry, on a local wall-clock time (month 1-12). */
function entry(title: string, [y, m, d, h, min]: number[], extra: { checkin?: [number, number, number]; theme?: ThemeId; tags?: string[] } = {}): Entry {
  const created = new Date(y!, m! - 1, d!, h!, min ?? 0).getTime();
  const e: Entry = { id: randomUUID(), title, body: `A few lines about ${title.toLowerCase()}.`, created, updated: created };
  if (extra.checkin) {
    const [mood, energy, stress] = extra.checkin;
    e.checkin = { mood, energy, stress } satisfies CheckIn;
  }
  if (extra.theme) {
    const prompt = promptsByTheme(extra.theme)[0]!;
    e.source = { kind: 'prompt', id: prompt.id, theme: extra.theme, label: prompt.text };
  }
  if (extra.tags) e.tags = extra.tags;
  return e;
}

/** The imported entries, oldest first. */
export const SEED: Entry[] = [
  entry('Two years back', [2023, 3, 12, 9], { checkin: [2, 2, 4], tags: ['first year'] }),
  entry('A year ago today', [2024, 3, 12, 10], { checkin: [3, 3, 3], theme: 'boundaries', tags: ['supervision'] }),
  entry('February evening', [2025, 2, 20, 12], { checkin: [3, 4, 2] }),
  entry('Two moods, morning', [2025, 3, 3, 9], { checkin: [2, 3, 4], theme: 'boundaries', tags: ['supervision', 'sleep'] }),
  entry('Two moods, evening', [2025, 3, 3, 21], { checkin: [5, 4, 2], theme: 'self-awareness', tags: ['Supervision'] }),
  entry('Monday notes', [2025, 3, 10, 8], { checkin: [4, 4, 3], tags: ['sleep'] }),
  entry('Late Tuesday', [2025, 3, 11, 22, 30]),
  entry('Early Wednesday', [2025, 3, 12, 7, 45], { checkin: [1, 2, 5], theme: 'stress-burnout' }),
];
// One ProQOL result, the first answer set of self-check.test.ts (worked out by hand there):
// compassion satisfaction 41, burnout 22, secondary traumatic stress 17.
const BY_ITEM: Record<number, number> = {
  3: 4, 6: 4, 12: 5, 16: 4, 18: 3, 20: 4, 22: 5, 24: 4, 27: 3, 30: 5,
  1: 4, 4: 5, 8: 1, 10: 2, 15: 4, 17: 3, 19: 3, 21: 4, 26: 3, 29: 5,
  2: 2, 5: 1, 7: 3, 9: 2, 11: 2, 13: 1, 14: 2, 23: 1, 25: 1, 28: 2,
};
const ANSWERS = Array.from({ length: 30 }, (_, i) => BY_ITEM[i + 1]!);

/** A backup file of the seed, made with Tend's own writer. */
async function seedBackup(): Promise<string> {
  const scored = scoreProqol(ANSWERS);
  if (!scored.ok) throw new Error('seed answers do not score');
  const at = new Date(2025, 0, 15, 18).getTime();
  const doc: Doc = { id: randomUUID(), type: 'proqol-result', data: { at, answers: ANSWERS, scores: scored.scores }, updated: at };
  const { file } = await writeBackup({ entries: SEED, docs: [doc] }, BACKUP_PASS, 'tend test', TODAY);
  const path = join(mkdtempSync(join(tmpdir(), 'tend-lookback-')), 'seed.age');
  writeFileSync(path, file);
  return path;
}

/** A journal seeded by import, today fixed to 12 March 2025, and one entry written today with a check-in. */
export async function seededJournal(): Promise<App> {
  const opened = await openApp();
  const { page } = opened;
  const ui = tendPages(page);
  await ui.setup.create(PASS);
  await ui.kit.readRecoveryKey();
  await ui.kit.confirm();
  await ui.journal.waitFor();
  await page.clock.setFixedTime(TODAY);
  await ui.journal.settings();
  expect(await new BackupPage(page).importFile(await seedBackup(), BACKUP_PASS)).toMatch(/Import finished/);
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await ui.journal.waitFor();
  await ui.journal.newEntry();
  await ui.editor.write('Afternoon', 'Written today, through the editor.');
  for (const [name, value] of [['Mood', 4], ['Energy', 3], ['Stress', 2]] as const) {
    await page.getByRole('group', { name: new RegExp(`^${name} `) }).getByRole('radio', { name: String(value), exact: true }).check();
  }
  await ui.editor.waitSaved();
  await ui.editor.back();
  return opened;
}


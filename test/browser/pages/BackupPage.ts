import type { Download, Page } from 'playwright-core';
import { button, KEY_WORK_TIMEOUT, screenHeading } from './common';

/** The backup cards of Settings: back up, import, plaintext exports. */
export class BackupPage {
  constructor(readonly page: Page) {}

  section(heading: string) {
    return this.page.getByRole('region', { name: heading, exact: true });
  }
  get lastBackup() {
    return this.section('Backup').getByText(/^Last backup:/);
  }

  /** Types the backup passphrase twice, backs up, and returns the download once saved. */
  async backUp(passphrase: string): Promise<{ download: Download; message: string }> {
    const card = this.section('Backup');
    await card.getByLabel('Backup passphrase', { exact: true }).fill(passphrase);
    await card.getByLabel('Backup passphrase again', { exact: true }).fill(passphrase);
    const download = this.page.waitForEvent('download', { timeout: KEY_WORK_TIMEOUT * 2 });
    await card.getByRole('button', { name: 'Back up now' }).click();
    const d = await download;
    const status = card.getByRole('status').filter({ hasText: /Backup saved/ });
    await status.waitFor({ timeout: KEY_WORK_TIMEOUT });
    return { download: d, message: await status.innerText() };
  }

  /** Picks a file, types its passphrase, imports; returns the success or the alert text. */
  async importFile(path: string, passphrase: string): Promise<string> {
    const card = this.section('Import from a backup');
    await card.getByLabel('Backup file', { exact: true }).setInputFiles(path);
    await card.getByLabel('Backup passphrase', { exact: true }).fill(passphrase);
    await card.getByRole('button', { name: 'Import' }).click();
    const outcome = card.getByRole('status').filter({ hasText: /Import finished/ }).or(card.getByRole('alert').filter({ hasText: /./ }));
    await outcome.first().waitFor({ timeout: KEY_WORK_TIMEOUT * 2 });
    return (await outcome.first().innerText()).trim();
  }
}

/** First run: "Restore from a backup". */
export class RestorePage {
  constructor(readonly page: Page) {}

  get heading() {
    return screenHeading(this.page, 'Restore from a backup');
  }

  /** From the set-up screen: open the restore screen. */
  async start(): Promise<void> {
    await button(this.page, 'Restore from a backup').click();
    await this.heading.waitFor();
  }

  /** Step 1: file and backup passphrase; returns the summary or the alert text. */
  async open(path: string, passphrase: string): Promise<string> {
    await this.page.getByLabel('Backup file', { exact: true }).setInputFiles(path);
    await this.page.getByLabel('Backup passphrase', { exact: true }).fill(passphrase);
    await button(this.page, 'Open backup').click();
    const outcome = this.page.getByRole('status').filter({ hasText: /checks out/ }).or(this.page.getByRole('alert').filter({ hasText: /./ }));
    await outcome.first().waitFor({ timeout: KEY_WORK_TIMEOUT * 2 });
    return (await outcome.first().innerText()).trim();
  }

  /** Step 2: the new journal passphrase, twice; then the emergency kit shows. */
  async restore(passphrase: string): Promise<void> {
    await this.page.getByLabel('Journal passphrase', { exact: true }).fill(passphrase);
    await this.page.getByLabel('Journal passphrase again', { exact: true }).fill(passphrase);
    await button(this.page, 'Create journal and restore').click();
    await screenHeading(this.page, 'Your emergency kit').waitFor({ timeout: KEY_WORK_TIMEOUT * 2 });
  }
}

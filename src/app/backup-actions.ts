import { createBackup, openBackup } from '../backup/backup-client';
import type { BackupProgress } from '../backup/backup-file';
import { BACKUP_STATUS_TYPE, backupFileName, daysSince, latestBackup, needsBackupNudge } from '../backup/backup-status';
import { BackupError } from '../backup/errors';
import type { BackupContents } from '../backup/inner-format';
import { MAX_BACKUP_BYTES } from '../backup/limits';
import type { VaultGate, VaultSession } from '../vault/types';
import type { BackupOffer } from '../ui/screens/SaveFailureHelp';
import { backupMessageFor, newerLeftOut } from './backup-messages';
import { messageFor } from './error-messages';

/**
 * The app side of backups: ties the session, the backup worker, downloads and the
 * backup-status document together, and turns every outcome into words for the screens.
 */

/** Progress as the screens show it (they never see backup types). */
export interface TaskProgress {
  label: string;
  value?: number;
  max?: number;
}

/** A finished task: its message, and whether it worked. */
export type TaskOutcome = { ok: true; message: string } | { ok: false; message: string };

const APP = `Tend ${__TEND_VERSION__}`;
const words = (err: unknown) => backupMessageFor(err, (e) => messageFor(e));

/** Any failure of a backup task in words. */
export const backupWords = words;

/** The worker's progress in words, with a fraction where there is one. */
export function progressWords(p: BackupProgress): TaskProgress {
  switch (p.phase) {
    case 'encoding':
      return { label: 'Gathering your entries…' };
    case 'deriving':
      return { label: 'Applying the backup passphrase (this takes a few seconds)…' };
    case 'encrypting':
      return { label: 'Encrypting…' };
    case 'decrypting':
      return { label: 'Decrypting…', value: p.done, max: p.total };
    case 'checking':
      return { label: 'Checking every entry…', value: p.done, max: p.total };
  }
}

/** Saves bytes as a file: a Blob URL on an <a download>, revoked afterwards (no network). */
export function downloadBytes(bytes: Uint8Array, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The backup the editors offer on the spot when a save fails for lack of space. */
export function backupOffer(session: VaultSession): BackupOffer {
  return {
    lastBackupDays: backupState(session).lastDays,
    backUp: (passphrase, onProgress) => backUpNow(session, passphrase, onProgress),
  };
}

/** "Back up now": export, encrypt and verify in the worker, download, remember the date. */
export async function backUpNow(session: VaultSession, passphrase: string, onProgress: (p: TaskProgress) => void): Promise<TaskOutcome> {
  try {
    const batch = await session.exportAll();
    const written = await createBackup(batch, passphrase, APP, (p) => onProgress(progressWords(p)));
    const now = new Date();
    downloadBytes(written.file, backupFileName(now), 'application/octet-stream');
    const n = written.entries === 1 ? '1 entry' : `${written.entries} entries`;
    const saved = `Backup saved: ${n}, checked by reading it back. Keep the file somewhere safe, away from this device.${newerLeftOut(session)}`;
    // The file is the backup; the date is only a reminder. A full device (the very moment a
    // backup is offered) must not turn a good backup into a failure.
    const noted = await rememberBackup(session, now, written.entries);
    return { ok: true, message: noted ? saved : `${saved} (Tend couldn’t note the date of this backup on this device, so Settings may still show an older one.)` };
  } catch (err) {
    return { ok: false, message: words(err) };
  }
}

/** Stores the date of a verified backup; false when that write failed (the backup itself is fine). */
async function rememberBackup(session: VaultSession, now: Date, entries: number): Promise<boolean> {
  try {
    const last = latestBackup(session.docs(BACKUP_STATUS_TYPE));
    await session.putDoc(BACKUP_STATUS_TYPE, { at: now.getTime(), entries }, last?.doc.id);
    return true;
  } catch {
    return false;
  }
}

/** Reads a picked file and checks it completely in the worker. */
export async function openBackupFile(file: File, passphrase: string, onProgress: (p: TaskProgress) => void): Promise<BackupContents> {
  if (file.size > MAX_BACKUP_BYTES) throw new BackupError('too-large', `${file.size} bytes`);
  onProgress({ label: 'Reading the file…' });
  const bytes = new Uint8Array(await file.arrayBuffer());
  return openBackup(bytes, passphrase, (p) => onProgress(progressWords(p)));
}

/** The merge summary in words. */
export function summaryWords(s: { added: number; unchanged: number; conflictCopies: number }): string {
  const copies = s.conflictCopies === 1 ? '1 conflict copy' : `${s.conflictCopies} conflict copies`;
  return `Import finished: ${s.added} added, ${s.unchanged} unchanged, ${copies}. Nothing was overwritten or deleted.`;
}

/** Import into the open journal: check everything first, then merge in one transaction. */
export async function importBackup(session: VaultSession, file: File, passphrase: string, onProgress: (p: TaskProgress) => void): Promise<TaskOutcome> {
  try {
    const contents = await openBackupFile(file, passphrase, onProgress);
    onProgress({ label: 'Adding entries to your journal…' });
    return { ok: true, message: summaryWords(await session.mergeImport(contents)) };
  } catch (err) {
    return { ok: false, message: words(err) };
  }
}

/** First run: check the backup, then (separately) create a vault and merge it in. */
export async function restoreNewVault(gate: VaultGate, contents: BackupContents, passphrase: string) {
  const created = await gate.create(passphrase);
  await created.session.mergeImport(contents);
  return created;
}

/** Plaintext export: Markdown zip or JSON, downloaded. */
export async function exportPlain(session: VaultSession, kind: 'markdown' | 'json'): Promise<string | null> {
  try {
    const [batch, plain] = await Promise.all([session.exportAll(), import('../backup/plaintext-export')]);
    const now = new Date();
    const day = backupFileName(now, 'x').slice('tend-backup-'.length, -2);
    if (kind === 'markdown') downloadBytes(plain.markdownZip(batch, now), `tend-journal-${day}.zip`, 'application/zip');
    else downloadBytes(plain.jsonExport(batch, now), `tend-journal-${day}.json`, 'application/json');
    return null;
  } catch (err) {
    return messageFor(err);
  }
}

/** Days since the last verified backup (null: never), and whether to nudge. */
export function backupState(session: VaultSession, now = Date.now()): { lastDays: number | null; nudge: boolean } {
  const last = latestBackup(session.docs(BACKUP_STATUS_TYPE));
  const list = session.listEntries();
  const oldest = list.length ? Math.min(...list.map((e) => e.created)) : null;
  return { lastDays: last ? daysSince(last.status.at, now) : null, nudge: session.isFullyLoaded() && needsBackupNudge(last?.status ?? null, list.length, oldest, now) };
}

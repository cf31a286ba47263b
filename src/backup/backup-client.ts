import type { ImportBatch } from '../vault/types';
import type { BackupProgress, WrittenBackup } from './backup-file';
import { BackupError, BACKUP_ERROR_CODES, type BackupErrorCode } from './errors';
import type { BackupContents } from './inner-format';

/**
 * The typed facade over the backup worker (style §9): scrypt, encryption, decryption and
 * parsing run off the main thread, which only shows progress. A fresh worker per job,
 * terminated afterwards so scrypt's 256 MiB are returned at once. The page itself never
 * loads age or scrypt: only the worker does.
 */

/** A job for the worker. */
export type BackupJob =
  | { op: 'write'; batch: ImportBatch; passphrase: string; app: string; created: number }
  | { op: 'read'; file: Uint8Array; passphrase: string };

/** A message from the worker. */
export type BackupReply =
  | { kind: 'progress'; progress: BackupProgress }
  | { kind: 'done'; result: WrittenBackup | BackupContents }
  | { kind: 'failed'; code: BackupErrorCode | null; message: string };

function inWorker(job: BackupJob, onProgress: (p: BackupProgress) => void): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./backup-worker.ts', import.meta.url), { type: 'module', name: 'tend-backup' });
    const finish = (fn: () => void) => {
      worker.terminate();
      fn();
    };
    worker.onmessage = (event: MessageEvent<BackupReply>) => {
      const reply = event.data;
      if (reply.kind === 'progress') onProgress(reply.progress);
      else if (reply.kind === 'done') finish(() => resolve(reply.result));
      else {
        const code = reply.code && BACKUP_ERROR_CODES.includes(reply.code) ? reply.code : null;
        finish(() => reject(code ? new BackupError(code, reply.message) : new Error(reply.message)));
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish(() => reject(new BackupError('write-failed', 'the backup worker failed to start')));
    };
    worker.postMessage(job);
  });
}

function run(job: BackupJob, onProgress: (p: BackupProgress) => void): Promise<unknown> {
  // Node code (tests, the bench) calls backup-file.ts directly; a browser always has Worker.
  if (typeof Worker === 'undefined') return Promise.reject(new BackupError('write-failed', 'no Web Worker here'));
  return inWorker(job, onProgress);
}

/** Write a backup and verify it by reading it back, off the main thread. */
export function createBackup(batch: ImportBatch, passphrase: string, app: string, onProgress: (p: BackupProgress) => void = () => {}): Promise<WrittenBackup> {
  return run({ op: 'write', batch, passphrase, app, created: Date.now() }, onProgress) as Promise<WrittenBackup>;
}

/** Decrypt and check a backup file completely, off the main thread. */
export function openBackup(file: Uint8Array, passphrase: string, onProgress: (p: BackupProgress) => void = () => {}): Promise<BackupContents> {
  return run({ op: 'read', file, passphrase }, onProgress) as Promise<BackupContents>;
}

import type { BackupJob, BackupReply } from './backup-client';
import { readBackup, writeVerifiedBackup, type BackupProgress, type WrittenBackup } from './backup-file';
import { BackupError } from './errors';
import type { BackupContents } from './inner-format';

/** Run a job on this thread: in the worker, or inline where no Worker exists. */
export function runJob(job: BackupJob, onProgress: (p: BackupProgress) => void): Promise<WrittenBackup | BackupContents> {
  return job.op === 'write'
    ? writeVerifiedBackup(job.batch, job.passphrase, job.app, new Date(job.created), { onProgress })
    : readBackup(job.file, job.passphrase, { onProgress });
}

/** A thrown value as a worker reply: BackupErrors keep their code. */
export function failureOf(err: unknown): BackupReply {
  if (err instanceof BackupError) return { kind: 'failed', code: err.code, message: err.message };
  return { kind: 'failed', code: null, message: err instanceof Error ? err.message : 'backup job failed' };
}

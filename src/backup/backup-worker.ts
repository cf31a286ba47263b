/// <reference lib="webworker" />
import type { BackupJob, BackupReply } from './backup-client';
import { failureOf, runJob } from './backup-jobs';

/**
 * The backup Web Worker: one job (write and verify, or read and check), progress messages,
 * then one reply. The passphrase arrives by structured clone and lives only for this job.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (reply: BackupReply, transfer: Transferable[] = []) => scope.postMessage(reply, transfer);

scope.onmessage = async (event: MessageEvent<BackupJob>) => {
  try {
    const result = await runJob(event.data, (progress) => post({ kind: 'progress', progress }));
    post({ kind: 'done', result }, 'file' in result ? [result.file.buffer] : []);
  } catch (err) {
    post(failureOf(err));
  }
};

import { useId, useRef, useState } from 'preact/hooks';
import { Alert } from '../components/Alert';
import { Field } from '../components/Field';
import { NewPassphraseFields } from '../components/NewPassphraseFields';
import { ProgressBar } from '../components/ProgressBar';
import { ShowSecretToggle } from '../components/ShowSecretToggle';
import { newPassphraseProblem } from '../components/passphrase-strength';

/** Progress in words, with a fraction when there is one. */
export interface TaskProgress {
  label: string;
  value?: number;
  max?: number;
}

/** A finished task in words. */
export type TaskOutcome = { ok: boolean; message: string };

/** Props: the app does the work; this only collects input and shows progress and outcomes. */
export interface BackupSettingsProps {
  /** Whole days since the last verified backup; null when there has never been one. */
  lastBackupDays: number | null;
  backUp: (passphrase: string, onProgress: (p: TaskProgress) => void) => Promise<TaskOutcome>;
  importFile: (file: File, passphrase: string, onProgress: (p: TaskProgress) => void) => Promise<TaskOutcome>;
  /** Resolves null on success, or a reason in words. */
  exportPlain: (kind: 'markdown' | 'json') => Promise<string | null>;
}

/** "Last backup: 3 days ago". */
export function lastBackupWords(days: number | null): string {
  if (days === null) return 'Last backup: never.';
  if (days === 0) return 'Last backup: today.';
  return `Last backup: ${days === 1 ? '1 day' : `${days} days`} ago.`;
}

/** Runs a task with progress; shared by the backup and import forms. */
function useTask() {
  const [progress, setProgress] = useState<TaskProgress | null>(null);
  const [outcome, setOutcome] = useState<TaskOutcome | null>(null);
  const run = async (task: (onProgress: (p: TaskProgress) => void) => Promise<TaskOutcome>) => {
    setOutcome(null);
    setProgress({ label: 'Starting…' });
    const result = await task(setProgress);
    setProgress(null);
    setOutcome(result);
    return result;
  };
  return { busy: progress !== null, progress, outcome, setOutcome, run };
}

function TaskStatus({ task }: { task: ReturnType<typeof useTask> }) {
  return (
    <>
      {task.progress && <ProgressBar label={task.progress.label} value={task.progress.value} max={task.progress.max} />}
      {task.progress && <p class="muted">{task.progress.label}</p>}
      <Alert>{task.outcome && !task.outcome.ok ? task.outcome.message : null}</Alert>
      <p role="status" class="success">
        {task.outcome?.ok ? task.outcome.message : ''}
      </p>
    </>
  );
}

/**
 * "Back up now": a backup passphrase twice (strength shown), then the encrypted file. Also
 * shown inside the editor when a save fails for lack of space (`focusHeading`: its heading
 * can take focus when it appears there).
 */
export function BackUpCard({ lastBackupDays, backUp, focusHeading }: Pick<BackupSettingsProps, 'lastBackupDays' | 'backUp'> & { focusHeading?: boolean }) {
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [show, setShow] = useState(false);
  const [problem, setProblem] = useState<ReturnType<typeof newPassphraseProblem>>(null);
  const refs = { first: useRef<HTMLInputElement>(null), second: useRef<HTMLInputElement>(null) };
  const task = useTask();
  const submit = async (e: Event) => {
    e.preventDefault();
    if (task.busy) return;
    const found = newPassphraseProblem(first, second);
    setProblem(found);
    if (found) return refs[found.field].current?.focus();
    const result = await task.run((p) => backUp(first, p));
    if (result.ok) (setFirst(''), setSecond(''));
  };
  return (
    <section aria-labelledby="backup" class="card backup">
      <h2 id="backup" tabIndex={focusHeading ? -1 : undefined}>
        Backup
      </h2>
      <p class="last-backup">{lastBackupWords(lastBackupDays)}</p>
      <p>
        A backup is one encrypted file with everything in your journal. Keep it somewhere other than this device. It
        opens with the backup passphrase you choose here (it may be the same as your journal passphrase), in Tend or with
        the free <code>age</code> tool.
      </p>
      <form class="stack" onSubmit={(e) => void submit(e)} noValidate>
        <NewPassphraseFields
          first={first}
          second={second}
          onFirst={(v) => (setFirst(v), setProblem(null))}
          onSecond={(v) => (setSecond(v), setProblem(null))}
          firstLabel="Backup passphrase"
          secondLabel="Backup passphrase again"
          show={show}
          disabled={task.busy}
          invalid={problem?.field ?? null}
          firstRef={refs.first}
          secondRef={refs.second}
        />
        <ShowSecretToggle checked={show} onChange={setShow} />
        <Alert>{problem?.message}</Alert>
        <TaskStatus task={task} />
        <button type="submit" class="primary" disabled={task.busy}>
          {task.busy ? 'Backing up…' : 'Back up now'}
        </button>
      </form>
    </section>
  );
}

/** Import: a file and its backup passphrase; everything is checked before anything is added. */
export function ImportCard({ importFile }: Pick<BackupSettingsProps, 'importFile'>) {
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [missing, setMissing] = useState<string | null>(null);
  const task = useTask();
  const fileId = useId();
  const submit = async (e: Event) => {
    e.preventDefault();
    if (task.busy) return;
    if (!file) return setMissing('Choose a backup file first.');
    if (passphrase === '') return setMissing('Type the backup passphrase.');
    setMissing(null);
    const result = await task.run((p) => importFile(file, passphrase, p));
    if (result.ok) setPassphrase('');
  };
  return (
    <section aria-labelledby="import" class="card backup">
      <h2 id="import">Import from a backup</h2>
      <p>
        Adds the entries of a backup to this journal. Entries you already have are skipped; if one differs, both are
        kept and the imported one is marked as a conflict copy. Nothing is overwritten or deleted.
      </p>
      <form class="stack" onSubmit={(e) => void submit(e)} noValidate>
        <div class="field">
          <label for={fileId}>Backup file</label>
          <input id={fileId} type="file" accept=".age" disabled={task.busy} onChange={(e) => (setFile(e.currentTarget.files?.[0] ?? null), task.setOutcome(null))} />
        </div>
        <Field label="Backup passphrase" type="password" autoComplete="off" value={passphrase} onInput={(v) => (setPassphrase(v), task.setOutcome(null))} disabled={task.busy} />
        <Alert>{missing}</Alert>
        <TaskStatus task={task} />
        <button type="submit" disabled={task.busy}>
          {task.busy ? 'Importing…' : 'Import'}
        </button>
      </form>
    </section>
  );
}

/** Plaintext exports, each behind a plain warning that the file is not encrypted. */
function ExportCard({ exportPlain }: Pick<BackupSettingsProps, 'exportPlain'>) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (kind: 'markdown' | 'json') => {
    setBusy(true);
    setError(await exportPlain(kind));
    setBusy(false);
  };
  return (
    <section aria-labelledby="export" class="card backup">
      <h2 id="export">Export as plain text</h2>
      <p class="warning" role="note">
        <strong>These files are NOT encrypted.</strong> Anyone who gets hold of them can read every entry. Use them to
        move your writing to another app, and delete them afterwards. For safekeeping, use the encrypted backup above.
      </p>
      <Alert>{error}</Alert>
      <div class="button-row">
        <button type="button" disabled={busy} onClick={() => void run('markdown')}>
          Export Markdown (.zip, not encrypted)
        </button>
        <button type="button" disabled={busy} onClick={() => void run('json')}>
          Export JSON (not encrypted)
        </button>
      </div>
    </section>
  );
}

/** The backup section of Settings. */
export function BackupSettings(props: BackupSettingsProps) {
  return (
    <>
      <BackUpCard lastBackupDays={props.lastBackupDays} backUp={props.backUp} />
      <ImportCard importFile={props.importFile} />
      <ExportCard exportPlain={props.exportPlain} />
    </>
  );
}

/** The gentle nudge on the journal list: it has been a while since the last backup. */
export function BackupNudge({ lastBackupDays, onBackup }: { lastBackupDays: number | null; onBackup: () => void }) {
  return (
    <p class="notice backup-nudge">
      {lastBackupDays === null
        ? 'Your journal has never been backed up.'
        : lastBackupDays >= 14
          ? `Your last backup was ${lastBackupDays} days ago.`
          : 'You have written many entries since your last backup.'}{' '}
      <button type="button" class="link" onClick={onBackup}>
        Back up in Settings
      </button>
    </p>
  );
}

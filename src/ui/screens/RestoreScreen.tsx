import { useId, useRef, useState } from 'preact/hooks';
import { Alert } from '../components/Alert';
import { Field } from '../components/Field';
import { NewPassphraseFields } from '../components/NewPassphraseFields';
import { ProgressBar } from '../components/ProgressBar';
import { Screen } from '../components/Screen';
import { ShowSecretToggle } from '../components/ShowSecretToggle';
import { BackButton, Toolbar } from '../components/Toolbar';
import { newPassphraseProblem } from '../components/passphrase-strength';
import type { TaskProgress } from './BackupSettings';

/** Props: the app checks the file, then creates the journal and merges the backup in. */
export interface RestoreScreenProps {
  /** Decrypts and checks the whole file; resolves what it holds in words, or a reason. */
  open: (file: File, passphrase: string, onProgress: (p: TaskProgress) => void) => Promise<{ ok: true; summary: string } | { ok: false; message: string }>;
  /** Creates the journal with this passphrase and restores into it; resolves null or a reason. */
  restore: (passphrase: string) => Promise<string | null>;
  onBack: () => void;
}

/** Step 1: which file, and its backup passphrase. */
function PickBackup({ open, onOpened }: { open: RestoreScreenProps['open']; onOpened: (summary: string) => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [progress, setProgress] = useState<TaskProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fileId = useId();
  const submit = async (e: Event) => {
    e.preventDefault();
    if (progress) return;
    if (!file) return setError('Choose your backup file first.');
    if (passphrase === '') return setError('Type the backup passphrase.');
    setError(null);
    setProgress({ label: 'Starting…' });
    const result = await open(file, passphrase, setProgress);
    setProgress(null);
    if (result.ok) onOpened(result.summary);
    else setError(result.message);
  };
  return (
    <form class="stack" onSubmit={(e) => void submit(e)} noValidate>
      <div class="field">
        <label for={fileId}>Backup file</label>
        <input id={fileId} type="file" accept=".age" disabled={!!progress} onChange={(e) => (setFile(e.currentTarget.files?.[0] ?? null), setError(null))} />
      </div>
      <Field label="Backup passphrase" type="password" value={passphrase} onInput={(v) => (setPassphrase(v), setError(null))} disabled={!!progress} />
      <Alert>{error}</Alert>
      {progress && <ProgressBar label={progress.label} value={progress.value} max={progress.max} />}
      {progress && <p class="muted">{progress.label}</p>}
      <button type="submit" class="primary" disabled={!!progress}>
        {progress ? 'Opening…' : 'Open backup'}
      </button>
    </form>
  );
}

/** Step 2: a passphrase for the new journal on this device, typed twice. */
function ChoosePassphrase({ summary, restore }: { summary: string; restore: RestoreScreenProps['restore'] }) {
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [show, setShow] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; field: 'first' | 'second' | null } | null>(null);
  const refs = { first: useRef<HTMLInputElement>(null), second: useRef<HTMLInputElement>(null) };
  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const problem = newPassphraseProblem(first, second);
    if (problem) {
      setError(problem);
      return refs[problem.field].current?.focus();
    }
    setBusy(true);
    const reason = await restore(first);
    setBusy(false);
    if (reason) setError({ message: reason, field: null });
  };
  return (
    <form class="stack" onSubmit={(e) => void submit(e)} noValidate>
      <p role="status" class="success">{summary}</p>
      <p>Now choose a passphrase for your journal on this device. It may be the same as before.</p>
      <NewPassphraseFields
        first={first}
        second={second}
        onFirst={(v) => (setFirst(v), setError(null))}
        onSecond={(v) => (setSecond(v), setError(null))}
        firstLabel="Journal passphrase"
        secondLabel="Journal passphrase again"
        show={show}
        disabled={busy}
        invalid={error?.field ?? null}
        firstRef={refs.first}
        secondRef={refs.second}
      />
      <ShowSecretToggle checked={show} onChange={setShow} />
      <Alert>{error?.message}</Alert>
      {busy && <ProgressBar label="Creating your journal and restoring…" />}
      <button type="submit" class="primary" disabled={busy}>
        {busy ? 'Restoring…' : 'Create journal and restore'}
      </button>
    </form>
  );
}

/** First run on a new device: a journal made from a backup file. */
export function RestoreScreen(props: RestoreScreenProps) {
  const [summary, setSummary] = useState<string | null>(null);
  return (
    <Screen title="Restore from a backup" toolbar={<Toolbar start={<BackButton onClick={props.onBack} />} />}>
      <p>
        Choose a Tend backup file (named like <code>tend-backup-2025-03-04.age</code>) and type the passphrase it was
        saved with. Tend checks the whole file before it creates anything.
      </p>
      {summary === null ? <PickBackup open={props.open} onOpened={setSummary} /> : <ChoosePassphrase summary={summary} restore={props.restore} />}
    </Screen>
  );
}

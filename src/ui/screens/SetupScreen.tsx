import { useEffect, useRef, useState } from 'preact/hooks';
import { Alert } from '../components/Alert';
import { NewPassphraseFields } from '../components/NewPassphraseFields';
import { ProgressBar } from '../components/ProgressBar';
import { Screen } from '../components/Screen';
import { ShowSecretToggle } from '../components/ShowSecretToggle';
import { SupportLink } from './SupportScreen';
import { newPassphraseProblem } from '../components/passphrase-strength';

/** Props: the app layer creates the vault and reports back through `busy` and `error`. */
export interface SetupScreenProps {
  busy: boolean;
  /** A failure from creating the vault, already in words for the user. */
  error: string | null;
  onCreate: (passphrase: string) => void;
  /** Opens "Need support now", which needs no journal. */
  onSupport?: () => void;
  /** Opens "Restore from a backup" (a new device, or after the browser lost its data). */
  onRestore?: () => void;
}

/** First run: choose a passphrase (typed twice, with a strength meter), then create the vault. */
export function SetupScreen({ busy, error, onCreate, onSupport, onRestore }: SetupScreenProps) {
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [show, setShow] = useState(false);
  const [problem, setProblem] = useState<ReturnType<typeof newPassphraseProblem>>(null);
  // A message is about what was submitted; once the person edits, it is out of date.
  const [stale, setStale] = useState(false);
  const firstRef = useRef<HTMLInputElement>(null);
  const secondRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!busy && error !== null) firstRef.current?.focus();
  }, [busy, error]);

  const submit = (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const found = newPassphraseProblem(first, second);
    setProblem(found);
    setStale(false);
    if (found !== null) {
      (found.field === 'first' ? firstRef : secondRef).current?.focus();
      return;
    }
    onCreate(first);
  };

  return (
    <Screen title="Welcome to Tend">
      <p class="lead">
        A private place for your reflections. Everything you write is encrypted on this device
        and never sent anywhere.
      </p>
      <p>
        Choose a passphrase to lock your journal. There is no account and no reset: if you
        forget it, only the recovery key you get next can let you back in.
      </p>
      <form class="stack" onSubmit={submit} noValidate>
        <NewPassphraseFields
          first={first}
          second={second}
          onFirst={(v) => {
            setFirst(v);
            setStale(true);
          }}
          onSecond={(v) => {
            setSecond(v);
            setStale(true);
          }}
          firstLabel="Passphrase"
          secondLabel="Passphrase again"
          show={show}
          disabled={busy}
          invalid={stale ? null : (problem?.field ?? null)}
          firstRef={firstRef}
          secondRef={secondRef}
        />
        <ShowSecretToggle checked={show} onChange={setShow} />
        <Alert>{stale || busy ? null : (problem?.message ?? error)}</Alert>
        {busy && <ProgressBar label="Setting up your journal…" />}
        <button type="submit" class="primary" disabled={busy}>
          {busy ? 'Setting up…' : 'Create my journal'}
        </button>
      </form>
      {onRestore && (
        <p>
          Already have a Tend backup?{' '}
          <button type="button" class="link" onClick={onRestore} disabled={busy}>
            Restore from a backup
          </button>
        </p>
      )}
      {onSupport && <SupportLink onClick={onSupport} disabled={busy} />}
    </Screen>
  );
}

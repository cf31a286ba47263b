import { useEffect, useRef, useState } from 'preact/hooks';
import { Alert } from '../components/Alert';
import { AppearanceCard, type AppearanceCardProps } from '../components/AppearanceCard';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { DeviceStorageCard, type DeviceStorageInfo } from '../components/DeviceStorageCard';
import { Field } from '../components/Field';
import { BackupSettings, type BackupSettingsProps } from './BackupSettings';
import { LockingCard, type LockingCardProps } from '../components/LockingCard';
import { NewPassphraseFields } from '../components/NewPassphraseFields';
import { ProgressBar } from '../components/ProgressBar';
import { Screen } from '../components/Screen';
import { ShowSecretToggle } from '../components/ShowSecretToggle';
import { BackButton, LockButton, Toolbar } from '../components/Toolbar';
import { newPassphraseProblem } from '../components/passphrase-strength';

/** Props: actions resolve null on success or a reason in words for the user. */
export interface SettingsScreenProps {
  version: string;
  buildId: string;
  /** Storage persistence and usage (null while being read). */
  storage: DeviceStorageInfo | null;
  /** Shows the browser's install dialog; absent when the browser offers none. */
  onInstall?: () => void;
  changePassphrase: (current: string, next: string) => Promise<string | null>;
  /** Creates a new recovery key; on success the app shows the emergency kit instead. */
  newRecoveryKey: () => Promise<string | null>;
  onBack: () => void;
  onLock: () => void;
  /** Backup, import and plaintext exports (absent in older callers). */
  backup?: BackupSettingsProps;
  /** The "Locking" card: auto-lock, hiding on switch (absent in older callers). */
  locking?: LockingCardProps;
  /** Opens the keyboard shortcuts dialog (absent: no Keyboard card). */
  onShortcuts?: () => void;
  /** The "Appearance" card: the colour theme (absent in older callers). */
  appearance?: AppearanceCardProps;
}

type Invalid = 'current' | 'first' | 'second' | null;

/** Change the passphrase: current one, new one twice, same rules as at set-up. */
function ChangePassphrase({ changePassphrase }: Pick<SettingsScreenProps, 'changePassphrase'>) {
  const [current, setCurrent] = useState('');
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [show, setShow] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; field: Invalid } | null>(null);
  const [done, setDone] = useState(false);
  const refs = {
    current: useRef<HTMLInputElement>(null),
    first: useRef<HTMLInputElement>(null),
    second: useRef<HTMLInputElement>(null),
  };
  const submitButton = useRef<HTMLButtonElement>(null);

  // Editing makes the last message out of date, so it goes away.
  const edited = (set: (v: string) => void) => (v: string) => {
    set(v);
    setError(null);
    setDone(false);
  };
  const fail = (message: string, field: Exclude<Invalid, null>) => {
    setError({ message, field });
    refs[field].current?.focus();
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    setDone(false);
    if (current === '') return fail('Type your current passphrase first.', 'current');
    const problem = newPassphraseProblem(first, second);
    if (problem !== null) return fail(problem.message, problem.field);
    setError(null);
    setBusy(true);
    const reason = await changePassphrase(current, first);
    setBusy(false);
    if (reason !== null) return fail(reason, 'current');
    setCurrent('');
    setFirst('');
    setSecond('');
    setDone(true);
  };
  // The button was disabled while busy, which drops focus to <body>: give it back.
  useEffect(() => {
    if (done) submitButton.current?.focus();
  }, [done]);

  return (
    <section aria-labelledby="change-passphrase" class="card">
      <h2 id="change-passphrase">Change passphrase</h2>
      <form class="stack" onSubmit={(e) => void submit(e)} noValidate>
        <Field
          label="Current passphrase"
          type={show ? 'text' : 'password'}
          autoComplete="current-password"
          value={current}
          onInput={edited(setCurrent)}
          disabled={busy}
          invalid={error?.field === 'current'}
          inputRef={refs.current}
        />
        <NewPassphraseFields
          first={first}
          second={second}
          onFirst={edited(setFirst)}
          onSecond={edited(setSecond)}
          firstLabel="New passphrase"
          secondLabel="New passphrase again"
          show={show}
          disabled={busy}
          invalid={error?.field === 'current' ? null : (error?.field ?? null)}
          firstRef={refs.first}
          secondRef={refs.second}
        />
        <ShowSecretToggle checked={show} onChange={setShow} />
        <Alert>{error?.message}</Alert>
        {busy && <ProgressBar label="Changing your passphrase…" />}
        <p role="status" class="success">
          {done ? 'Your passphrase has been changed. Use the new one next time you unlock.' : ''}
        </p>
        <button ref={submitButton} type="submit" class="primary" disabled={busy}>
          {busy ? 'Changing…' : 'Change passphrase'}
        </button>
      </form>
    </section>
  );
}

/** Replace the recovery key, after saying plainly that the old one stops working. */
function RecoveryKey({ newRecoveryKey }: Pick<SettingsScreenProps, 'newRecoveryKey'>) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    setBusy(true);
    const reason = await newRecoveryKey();
    setBusy(false);
    setAsking(false);
    setError(reason);
  };
  return (
    <section aria-labelledby="recovery-key" class="card">
      <h2 id="recovery-key">Recovery key</h2>
      <p>
        Lost your emergency kit, or think someone else has seen it? Create a new recovery key.
        The old one will stop working.
      </p>
      <Alert>{error}</Alert>
      <button type="button" onClick={() => setAsking(true)}>
        Create a new recovery key
      </button>
      {asking && (
        <ConfirmDialog
          title="Create a new recovery key?"
          confirmLabel="Create new key"
          cancelLabel="Cancel"
          busy={busy}
          onConfirm={() => void confirm()}
          onCancel={() => setAsking(false)}
        >
          <p>Your current recovery key will stop working straight away. You will see the new one once, to print or write down.</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

/** Where the keyboard shortcuts can be found without knowing the "?" key. */
function KeyboardCard({ onShortcuts }: { onShortcuts: () => void }) {
  return (
    <section aria-labelledby="keyboard" class="card">
      <h2 id="keyboard">Keyboard</h2>
      <p>Tend can be used entirely from the keyboard. Press ? (when not typing) for the list of shortcuts.</p>
      <p>
        <button type="button" onClick={onShortcuts}>
          Keyboard shortcuts
        </button>
      </p>
    </section>
  );
}

/** Settings: passphrase, recovery key, locking, storage, backup, appearance, and the version. */
export function SettingsScreen(props: SettingsScreenProps) {
  const toolbar = (
    <Toolbar start={<BackButton onClick={props.onBack} />} end={<LockButton onClick={props.onLock} />} />
  );
  return (
    <Screen title="Settings" toolbar={toolbar}>
      <ChangePassphrase changePassphrase={props.changePassphrase} />
      <RecoveryKey newRecoveryKey={props.newRecoveryKey} />
      {props.locking && <LockingCard {...props.locking} />}
      <DeviceStorageCard storage={props.storage} onInstall={props.onInstall} />
      {props.backup && <BackupSettings {...props.backup} />}
      {props.onShortcuts && <KeyboardCard onShortcuts={props.onShortcuts} />}
      {props.appearance && <AppearanceCard {...props.appearance} />}
      <section aria-labelledby="about" class="card">
        <h2 id="about">About</h2>
        <p class="version">
          Tend {props.version} <span class="muted">(build {props.buildId})</span>
        </p>
      </section>
    </Screen>
  );
}

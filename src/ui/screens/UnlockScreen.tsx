import { useEffect, useRef, useState } from 'preact/hooks';
import type { UnlockProgress } from '../../vault/types';
import { Alert } from '../components/Alert';
import { Field } from '../components/Field';
import { ProgressBar } from '../components/ProgressBar';
import { Screen } from '../components/Screen';
import { ShowSecretToggle } from '../components/ShowSecretToggle';
import { SupportLink } from './SupportScreen';

/** Which secret the person is unlocking with. */
export type UnlockMethod = 'passphrase' | 'recovery';

/** Props: the app layer unlocks and reports back through `busy`, `progress` and `error`. */
export interface UnlockScreenProps {
  busy: boolean;
  progress: UnlockProgress | null;
  /** Why the last attempt failed, already in words for the user. */
  error: string | null;
  onUnlock: (secret: string, method: UnlockMethod) => void;
  /** Opens "Need support now", which needs no passphrase. */
  onSupport?: () => void;
}

/** What the progress bar says for each phase of unlocking. */
function ProgressFor({ progress }: { progress: UnlockProgress | null }) {
  if (progress?.phase === 'decrypting') {
    const { done, total } = progress;
    return (
      <>
        <ProgressBar label="Opening your entries" value={done} max={total} />
        <p class="progress-text">
          Opening your entries… {done} of {total}
        </p>
      </>
    );
  }
  return (
    <>
      <ProgressBar label="Unlocking" />
      <p class="progress-text">Unlocking…</p>
    </>
  );
}

/**
 * The lock screen: passphrase, or the recovery key from the emergency kit. It never shows
 * anything from the journal itself. After a failed attempt focus returns to the field.
 */
export function UnlockScreen({ busy, progress, error, onUnlock, onSupport }: UnlockScreenProps) {
  const [method, setMethod] = useState<UnlockMethod>('passphrase');
  const [secret, setSecret] = useState('');
  const [show, setShow] = useState(false);
  const [empty, setEmpty] = useState(false);
  // Once the person switches method or starts retyping, the last message is out of date.
  const [stale, setStale] = useState(false);
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!busy) {
      field.current?.focus();
      if (error !== null) field.current?.select();
    }
  }, [busy, error, method]);

  const submit = (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const blank = secret.trim() === '';
    setEmpty(blank);
    setStale(false);
    if (blank) field.current?.focus();
    else onUnlock(secret, method);
  };
  const switchMethod = () => {
    setMethod(method === 'passphrase' ? 'recovery' : 'passphrase');
    setSecret('');
    setEmpty(false);
    setStale(true);
  };
  const recovery = method === 'recovery';
  const message = empty
    ? recovery
      ? 'Type your recovery key first.'
      : 'Type your passphrase first.'
    : busy || stale
      ? null
      : error;

  return (
    <Screen title="Unlock your journal" focusHeading={false}>
      <p class="muted">Your journal is locked and encrypted on this device.</p>
      <form class="stack" onSubmit={submit} noValidate aria-busy={busy}>
        <Field
          key={method}
          label={recovery ? 'Recovery key' : 'Passphrase'}
          type={recovery || show ? 'text' : 'password'}
          autoComplete={recovery ? 'off' : 'current-password'}
          value={secret}
          onInput={(v) => {
            setSecret(v);
            setStale(true);
            setEmpty(false);
          }}
          disabled={busy}
          invalid={message !== null}
          inputRef={field}
          hint={recovery ? 'The 26 letters and numbers on your emergency kit. Dashes and spaces are fine.' : undefined}
          inputProps={recovery ? { autoCapitalize: 'characters', spellcheck: false, class: 'mono' } : undefined}
        />
        {!recovery && <ShowSecretToggle checked={show} onChange={setShow} />}
        <Alert>{message}</Alert>
        {busy && <ProgressFor progress={progress} />}
        <button type="submit" class="primary" disabled={busy}>
          {busy ? 'Unlocking…' : 'Unlock'}
        </button>
      </form>
      <p class="switch">
        <button type="button" class="link" onClick={switchMethod} disabled={busy}>
          {recovery ? 'Use passphrase instead' : 'Use recovery key instead'}
        </button>
      </p>
      {recovery && (
        <p class="hint">
          After unlocking with your recovery key, you can choose a new passphrase in Settings.
        </p>
      )}
      {onSupport && <SupportLink onClick={onSupport} disabled={busy} />}
    </Screen>
  );
}

import { Fragment, type ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { Alert } from '../components/Alert';
import { Field } from '../components/Field';
import { Screen } from '../components/Screen';
import {
  lastRecoveryKeyGroup,
  matchesLastGroup,
  recoveryKeyGroups,
} from '../components/recovery-key-format';

/** Props: the key to show once, and what to do when the person has kept it. */
export interface EmergencyKitScreenProps {
  recoveryKey: string;
  onDone: () => void;
  /** Top-bar buttons when the kit is shown from Settings (Lock stays reachable). */
  toolbar?: ComponentChildren;
}

/** The key in reading groups; a line may break between groups, never inside one. */
function KeyText({ recoveryKey }: { recoveryKey: string }) {
  const groups = recoveryKeyGroups(recoveryKey);
  return (
    <code>
      {groups.map((group, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          <span class="key-group">{i < groups.length - 1 ? `${group}-` : group}</span>
        </Fragment>
      ))}
    </code>
  );
}

/**
 * The emergency kit: the recovery key, shown once, to print or copy by hand. Tend keeps no
 * copy, so before moving on the person retypes the last group to show they have it.
 * The key lives only in this screen's props; it is never stored or put on the clipboard.
 */
export function EmergencyKitScreen({ recoveryKey, onDone, toolbar }: EmergencyKitScreenProps) {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const groupLength = lastRecoveryKeyGroup(recoveryKey).length;

  const submit = (e: Event) => {
    e.preventDefault();
    if (matchesLastGroup(recoveryKey, typed)) {
      onDone();
      return;
    }
    setError(
      typed.trim() === ''
        ? 'Type the last group of your key to show you have kept it.'
        : 'That doesn’t match the last group of your key. Compare it with your copy and try again.',
    );
    field.current?.focus();
  };

  return (
    <Screen title="Your emergency kit" class="kit" toolbar={toolbar}>
      <p class="lead">
        This recovery key is the only way back into your journal if you forget your passphrase.
        Tend cannot reset it, and keeps no copy: it is shown only now.
      </p>
      <figure class="kit-key">
        <figcaption>Recovery key</figcaption>
        <p>
          <KeyText recoveryKey={recoveryKey} />
        </p>
      </figure>
      <p>
        Print this page or write the key down, and keep it somewhere safe, away from this device.
        Anyone who has it and this device can open your journal.
      </p>
      <p class="print-only">
        To use it: open Tend, choose “Use recovery key instead”, and type the key. Then choose a
        new passphrase in Settings.
      </p>
      <p class="no-print">
        <button type="button" onClick={() => window.print()}>
          Print this kit
        </button>
      </p>
      <form class="stack no-print" onSubmit={submit} noValidate>
        <Field
          label="Last group of your key"
          hint={`To check you have it, type the last ${groupLength} characters: the group after the last dash.`}
          value={typed}
          onInput={setTyped}
          invalid={error !== null}
          inputRef={field}
          inputProps={{ autoCapitalize: 'characters', spellcheck: false, class: 'mono' }}
        />
        <Alert>{error}</Alert>
        <button type="submit" class="primary">
          Continue
        </button>
      </form>
    </Screen>
  );
}

import { useMemo } from 'preact/hooks';
import { Field } from './Field';
import { StrengthMeter } from './StrengthMeter';
import { estimateStrength } from './passphrase-strength';

/** Props: both values and their setters, owned by the form around them. */
export interface NewPassphraseFieldsProps {
  first: string;
  second: string;
  onFirst: (v: string) => void;
  onSecond: (v: string) => void;
  /** Labels differ between set-up ("Passphrase") and settings ("New passphrase"). */
  firstLabel: string;
  secondLabel: string;
  show: boolean;
  disabled?: boolean;
  invalid?: 'first' | 'second' | null;
  firstRef?: { current: HTMLInputElement | null };
  secondRef?: { current: HTMLInputElement | null };
}

/** A new passphrase typed twice, with the live strength meter under the first box. */
export function NewPassphraseFields(props: NewPassphraseFieldsProps) {
  const strength = useMemo(() => estimateStrength(props.first), [props.first]);
  return (
    <>
      <Field
        label={props.firstLabel}
        type={props.show ? 'text' : 'password'}
        autoComplete="new-password"
        value={props.first}
        onInput={props.onFirst}
        disabled={props.disabled}
        invalid={props.invalid === 'first'}
        inputRef={props.firstRef}
        hint="At least 10 characters. Four or more unrelated words are both strong and memorable."
      />
      {props.first.length > 0 && <StrengthMeter strength={strength} />}
      <Field
        label={props.secondLabel}
        type={props.show ? 'text' : 'password'}
        autoComplete="new-password"
        value={props.second}
        onInput={props.onSecond}
        disabled={props.disabled}
        invalid={props.invalid === 'second'}
        inputRef={props.secondRef}
      />
    </>
  );
}

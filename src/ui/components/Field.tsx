import type { ComponentChildren, JSX } from 'preact';
import { useId } from 'preact/hooks';

/** Props for a labelled text input. */
export interface FieldProps {
  label: string;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'password';
  autoComplete?: string;
  /** Help shown under the label and linked with aria-describedby. */
  hint?: ComponentChildren;
  /** Set when the value was refused, so assistive tech hears it. */
  invalid?: boolean;
  disabled?: boolean;
  inputRef?: { current: HTMLInputElement | null };
  inputProps?: JSX.HTMLAttributes<HTMLInputElement>;
}

/**
 * A `<label for>` + `<input>` pair. Passphrase fields turn off spell-check and
 * auto-capitalisation so the browser does not send or alter what is typed.
 */
export function Field(props: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const secret = props.type === 'password';
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      {props.hint !== undefined && (
        <p id={hintId} class="hint">
          {props.hint}
        </p>
      )}
      <input
        {...props.inputProps}
        id={id}
        ref={props.inputRef}
        type={props.type ?? 'text'}
        value={props.value}
        onInput={(e) => props.onInput(e.currentTarget.value)}
        autoComplete={props.autoComplete ?? 'off'}
        autoCapitalize={secret ? 'none' : undefined}
        spellcheck={secret ? false : undefined}
        aria-describedby={props.hint !== undefined ? hintId : undefined}
        aria-invalid={props.invalid ? true : undefined}
        disabled={props.disabled}
      />
    </div>
  );
}

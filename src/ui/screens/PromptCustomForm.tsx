import { useEffect, useId, useRef, useState } from 'preact/hooks';

/** A theme a custom prompt may belong to. */
export interface ThemeOption {
  id: string;
  name: string;
}

/** Props: where the form starts, what its button says, and where the result goes. */
export interface PromptCustomFormProps {
  /** Heading of the form ("Add a prompt", "Edit prompt"). */
  legend: string;
  submitLabel: string;
  themes: ThemeOption[];
  initialText?: string;
  initialTheme?: string;
  /** Focus the text field on arrival (editing). */
  autoFocus?: boolean;
  /** Resolves true once saved; the add form then empties itself. */
  onSubmit: (text: string, theme: string | undefined) => Promise<boolean>;
  onCancel?: () => void;
}

/** The words of one of the user's own prompts and an optional theme, in a real form. */
export function PromptCustomForm(props: PromptCustomFormProps) {
  const id = useId();
  const [text, setText] = useState(props.initialText ?? '');
  const [theme, setTheme] = useState(props.initialTheme ?? '');
  const [invalid, setInvalid] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  // A guard, not a disabled button: disabling the focused button would drop keyboard focus.
  const submitting = useRef(false);
  useEffect(() => {
    if (props.autoFocus) field.current?.focus();
  }, []);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (text.trim() === '') {
      setInvalid(true);
      field.current?.focus();
      return;
    }
    if (submitting.current) return;
    submitting.current = true;
    const saved = await props.onSubmit(text.trim(), theme === '' ? undefined : theme);
    submitting.current = false;
    if (saved && props.initialText === undefined) {
      setText('');
      setTheme('');
    }
  };
  return (
    <form class="prompt-form" onSubmit={(e) => void submit(e)} noValidate>
      <fieldset>
        <legend>{props.legend}</legend>
        <div class="field">
          <label for={`${id}-text`}>Prompt</label>
          <textarea
            id={`${id}-text`}
            ref={field}
            rows={3}
            value={text}
            aria-invalid={invalid ? true : undefined}
            aria-describedby={invalid ? `${id}-error` : undefined}
            onInput={(e) => {
              setText(e.currentTarget.value);
              setInvalid(false);
            }}
          />
          {invalid && (
            <p id={`${id}-error`} class="field-error">
              Write the question first.
            </p>
          )}
        </div>
        <div class="field">
          <label for={`${id}-theme`}>Theme (optional)</label>
          <select id={`${id}-theme`} value={theme} onChange={(e) => setTheme(e.currentTarget.value)}>
            <option value="">No theme</option>
            {props.themes.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
        <div class="prompt-actions">
          <button type="submit" class="primary">
            {props.submitLabel}
          </button>
          {props.onCancel && (
            <button type="button" onClick={props.onCancel}>
              Cancel
            </button>
          )}
        </div>
      </fieldset>
    </form>
  );
}

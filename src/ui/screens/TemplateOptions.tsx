import { useEffect, useId, useRef, useState } from 'preact/hooks';
import {
  nextOption,
  optionLabel,
  optionSectionId,
  type OptionDraft,
  type SectionValue,
  type TemplateSection,
} from '../../content/templates';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { TemplateTextField } from './TemplateFields';

/** A short, single-line excerpt of an option for hints and radio labels. */
function excerpt(text: string, max = 80): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** Props for the list of possible courses of action. */
export interface OptionsFieldProps {
  section: TemplateSection;
  options: OptionDraft[];
  onChange: (options: OptionDraft[]) => void;
  /** Removes one option (and un-chooses it). */
  onRemove: (key: string) => void;
  onBlur: () => void;
}

/** Step 4: one textarea per option; add as many as needed, remove any but the last. */
export function OptionsField({ section, options, onChange, onRemove, onBlur }: OptionsFieldProps) {
  const id = useId();
  const boxes = useRef(new Map<string, HTMLTextAreaElement | null>());
  const addButton = useRef<HTMLButtonElement>(null);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<{ key: string; index: number } | null>(null);
  useEffect(() => {
    if (focusKey !== null) boxes.current.get(focusKey)?.focus();
  }, [focusKey]);

  const add = () => {
    const option = nextOption(options);
    onChange([...options, option]);
    setFocusKey(option.key);
  };
  const remove = (key: string) => {
    setConfirming(null);
    onRemove(key);
    addButton.current?.focus();
  };
  const edit = (key: string, text: string) => onChange(options.map((o) => (o.key === key ? { ...o, text } : o)));
  const askRemove = (o: OptionDraft, index: number) =>
    o.text.trim() === '' && o.consequences.trim() === '' ? remove(o.key) : setConfirming({ key: o.key, index });

  return (
    <div class="template-options" role="group" aria-labelledby={`${id}-label`} aria-describedby={`${id}-help`}>
      <h3 id={`${id}-label`}>{section.label}</h3>
      <p id={`${id}-help`} class="hint">
        {section.help}
      </p>
      <ol class="option-list">
        {options.map((o, i) => (
          <li key={o.key} class="option-card">
            <TemplateTextField
              label={optionLabel(i)}
              value={o.text}
              rows={3}
              onInput={(text) => edit(o.key, text)}
              onBlur={onBlur}
              textareaRef={(el) => void boxes.current.set(o.key, el)}
            />
            {options.length > 1 && (
              <button type="button" class="danger-quiet option-remove" onClick={() => askRemove(o, i)}>
                Remove option {i + 1}
              </button>
            )}
          </li>
        ))}
      </ol>
      <p>
        <button type="button" ref={addButton} onClick={add}>
          Add another option
        </button>
      </p>
      {confirming !== null && (
        <ConfirmDialog
          title={`Remove option ${confirming.index + 1}?`}
          confirmLabel="Remove"
          cancelLabel="Keep it"
          danger
          onConfirm={() => remove(confirming.key)}
          onCancel={() => setConfirming(null)}
        >
          <p>What you wrote for this option and its consequences will be removed.</p>
        </ConfirmDialog>
      )}
    </div>
  );
}

/** Props for the consequences of each option. */
export interface ConsequencesFieldProps {
  section: TemplateSection;
  options: OptionDraft[];
  onChange: (options: OptionDraft[]) => void;
  onBlur: () => void;
}

/** Step 5: one consequences field per option, with the option quoted as its hint. */
export function ConsequencesField({ section, options, onChange, onBlur }: ConsequencesFieldProps) {
  const id = useId();
  const edit = (key: string, consequences: string) =>
    onChange(options.map((o) => (o.key === key ? { ...o, consequences } : o)));
  return (
    <div class="template-options" role="group" aria-labelledby={`${id}-label`} aria-describedby={`${id}-help`}>
      <h3 id={`${id}-label`}>{section.label}</h3>
      <p id={`${id}-help`} class="hint">
        {section.help}
      </p>
      {options.map((o, i) => (
        <TemplateTextField
          key={o.key}
          label={`Consequences of option ${i + 1}`}
          help={o.text.trim() === '' ? `${optionLabel(i)} is not written yet.` : `${optionLabel(i)}: ${excerpt(o.text, 160)}`}
          value={o.consequences}
          rows={3}
          onInput={(text) => edit(o.key, text)}
          onBlur={onBlur}
        />
      ))}
    </div>
  );
}

/** Props for choosing a course of action. */
export interface ChoiceFieldProps {
  section: TemplateSection;
  options: OptionDraft[];
  value: SectionValue;
  onChange: (value: SectionValue) => void;
  onBlur: () => void;
}

/** Step 5: which option is chosen (native radios) and why (a textarea). */
export function ChoiceField({ section, options, value, onChange, onBlur }: ChoiceFieldProps) {
  const id = useId();
  const chosen = value.checked[0] ?? '';
  const choose = (sectionId: string) => onChange({ ...value, checked: sectionId === '' ? [] : [sectionId] });
  return (
    <div class="template-choice stack">
      <fieldset class="template-checklist" aria-describedby={`${id}-help`}>
        <legend>{section.label}</legend>
        <p id={`${id}-help`} class="hint">
          {section.help}
        </p>
        <div class="choice-list">
          <label class="choice">
            <input type="radio" name={`${id}-choice`} checked={chosen === ''} onChange={() => choose('')} />
            <span>Not decided yet</span>
          </label>
          {options.map((o, i) => (
            <label key={o.key} class="choice">
              <input
                type="radio"
                name={`${id}-choice`}
                checked={chosen === optionSectionId(o.key)}
                onChange={() => choose(optionSectionId(o.key))}
              />
              <span>
                {optionLabel(i)}
                {o.text.trim() !== '' && <span class="choice-excerpt">: {excerpt(o.text)}</span>}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <TemplateTextField
        label="Why this course"
        value={value.text}
        onInput={(text) => onChange({ ...value, text })}
        onBlur={onBlur}
      />
    </div>
  );
}

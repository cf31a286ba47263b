import type { Ref } from 'preact';
import { useId } from 'preact/hooks';
import type { TemplateSection } from '../../content/templates';

/** Props for one labelled textarea with its helper text. */
export interface TemplateTextFieldProps {
  label: string;
  help?: string;
  value: string;
  onInput: (value: string) => void;
  onBlur: () => void;
  rows?: number;
  textareaRef?: Ref<HTMLTextAreaElement>;
}

/** A section's textarea: the label names it, the helper text describes it. */
export function TemplateTextField(props: TemplateTextFieldProps) {
  const id = useId();
  const helpId = `${id}-help`;
  return (
    <div class="field template-field">
      <label for={id}>{props.label}</label>
      {props.help && (
        <p id={helpId} class="hint">
          {props.help}
        </p>
      )}
      <textarea
        id={id}
        ref={props.textareaRef}
        value={props.value}
        rows={props.rows ?? 4}
        aria-describedby={props.help ? helpId : undefined}
        onInput={(e) => props.onInput(e.currentTarget.value)}
        onBlur={props.onBlur}
      />
    </div>
  );
}

/** Props for a checklist section: its items and which are ticked. */
export interface TemplateChecklistProps {
  section: TemplateSection;
  checked: string[];
  onChange: (checked: string[]) => void;
}

/**
 * A checklist as a fieldset of native checkboxes: the legend is the section's label, each
 * item's one-line explanation is tied to its checkbox with aria-describedby.
 */
export function TemplateChecklist({ section, checked, onChange }: TemplateChecklistProps) {
  const id = useId();
  const items = section.items ?? [];
  const toggle = (itemId: string, on: boolean) => {
    const next = items.map((i) => i.id).filter((i) => (i === itemId ? on : checked.includes(i)));
    onChange(next);
  };
  return (
    <fieldset class="template-checklist" aria-describedby={`${id}-help`}>
      <legend>{section.label}</legend>
      <p id={`${id}-help`} class="hint">
        {section.help}
      </p>
      <ul class="checklist">
        {items.map((item) => (
          <li key={item.id} class="checklist-item">
            <input
              type="checkbox"
              id={`${id}-${item.id}`}
              checked={checked.includes(item.id)}
              aria-describedby={`${id}-${item.id}-help`}
              onChange={(e) => toggle(item.id, e.currentTarget.checked)}
            />
            <div>
              <label for={`${id}-${item.id}`}>{item.label}</label>
              <p id={`${id}-${item.id}-help`} class="hint">
                {item.help}
              </p>
            </div>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

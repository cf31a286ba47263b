import { useId } from 'preact/hooks';
import { EARLIEST_ENTRY_DATE, toDateTimeInput } from './entry-date';

/** Props: the field's text, the latest date allowed, its error, and where edits go. */
export interface EntryDateFieldProps {
  /** "YYYY-MM-DDTHH:mm" as typed ('' while incomplete). */
  value: string;
  /** The latest date offered by the calendar (end of today). */
  max: number;
  error: string | null;
  onInput: (value: string) => void;
  onBlur: () => void;
}

/**
 * The date an entry is about, editable for backdating. A native date-and-time field: the
 * browser provides the calendar, keyboard entry and screen-reader names in the reader's own
 * locale. The error sits in a polite live region tied to the field by aria-describedby.
 */
export function EntryDateField({ value, max, error, onInput, onBlur }: EntryDateFieldProps) {
  const id = useId();
  return (
    <div class="field entry-date-field">
      <label for={`${id}-date`}>Date</label>
      <input
        id={`${id}-date`}
        type="datetime-local"
        step={60}
        min={toDateTimeInput(EARLIEST_ENTRY_DATE)}
        max={toDateTimeInput(max)}
        value={value}
        aria-invalid={error !== null}
        aria-describedby={`${id}-date-error`}
        onInput={(e) => onInput(e.currentTarget.value)}
        onBlur={onBlur}
      />
      <p id={`${id}-date-error`} class="field-error" aria-live="polite">
        {error}
      </p>
    </div>
  );
}

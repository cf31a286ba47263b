import { useState } from 'preact/hooks';
import { checkDateTimeInput, latestEntryDate, toDateTimeInput } from '../components/entry-date';
import type { EntryDateFieldProps } from '../components/EntryDateField';

/**
 * The editors' date field (backdating). A valid date is handed to `onChosen` at once, so it
 * autosaves like any other edit and the list re-sorts; an invalid one is never used, and its
 * message appears when the person leaves the field (not while they are halfway through typing).
 */
export function useEntryDate(initial: number, now: () => number, onChosen: (ms: number) => void): EntryDateFieldProps {
  const [value, setValue] = useState(() => toDateTimeInput(initial));
  const [error, setError] = useState<string | null>(null);
  const check = (text: string) => checkDateTimeInput(text, now());
  return {
    value,
    error,
    max: latestEntryDate(now()),
    onInput: (text) => {
      setValue(text);
      const result = check(text);
      if (result.ok) {
        setError(null);
        onChosen(result.ms);
      } else if (error !== null) {
        setError(result.message);
      }
    },
    onBlur: () => {
      const result = check(value);
      setError(result.ok ? null : result.message);
    },
  };
}

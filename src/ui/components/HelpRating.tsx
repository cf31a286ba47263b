/** Props: the chosen point (null = none yet), the words for each point, and where changes go. */
export interface HelpRatingProps {
  value: number | null;
  /** Words for 0, 1, 2, …: the scale has as many points as words. */
  words: readonly string[];
  onChange: (rating: number) => void;
  legend?: string;
}

/**
 * "How much did it help?" as a native radio group (arrow keys, one tab stop, names read out
 * as "3 Quite a lot"). The number is shown large for a quick tap; the word says what it means.
 */
export function HelpRating({ value, words, onChange, legend = 'How much did it help?' }: HelpRatingProps) {
  return (
    <fieldset class="tk-rating">
      <legend>{legend}</legend>
      <div class="tk-rating-scale">
        {words.map((word, n) => (
          <label key={n} class="tk-rating-choice">
            <input type="radio" name="tk-help-rating" value={n} checked={value === n} onChange={() => onChange(n)} />
            <span class="tk-rating-number">{n}</span>{' '}
            <span class="tk-rating-word">{word}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

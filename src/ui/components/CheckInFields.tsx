import type { CheckIn } from '../../vault/types';

/** Our own three check-in items (not a validated instrument), each 1 to 5. */
const ITEMS: { key: keyof CheckIn; name: string; low: string; high: string }[] = [
  { key: 'mood', name: 'Mood', low: 'very low', high: 'very good' },
  { key: 'energy', name: 'Energy', low: 'drained', high: 'full of energy' },
  { key: 'stress', name: 'Stress', low: 'calm', high: 'very stressed' },
];

/** An empty check-in. */
export const NO_CHECK_IN: CheckIn = { mood: null, energy: null, stress: null };

/** Props: the current answers and where changes go. */
export interface CheckInFieldsProps {
  value: CheckIn;
  onChange: (next: CheckIn) => void;
  /** Prefix for element ids, so two check-ins can share a page. */
  idPrefix?: string;
}

/**
 * Mood, energy and stress as three rows of 1-5 radio buttons: native radios give
 * keyboard use (arrow keys) and screen-reader names for free. "Clear" unsets a row.
 */
export function CheckInFields({ value, onChange, idPrefix = 'checkin' }: CheckInFieldsProps) {
  return (
    <fieldset class="checkin">
      <legend>Quick check-in (optional)</legend>
      {ITEMS.map((item) => (
        <fieldset key={item.key} class="checkin-row">
          <legend>
            {item.name} <span class="hint">1 = {item.low}, 5 = {item.high}</span>
          </legend>
          <div class="checkin-scale">
            {[1, 2, 3, 4, 5].map((n) => (
              <label key={n} class="checkin-choice">
                <input
                  type="radio"
                  name={`${idPrefix}-${item.key}`}
                  value={n}
                  checked={value[item.key] === n}
                  onChange={() => onChange({ ...value, [item.key]: n })}
                />
                <span>{n}</span>
              </label>
            ))}
            {value[item.key] !== null && (
              <button type="button" class="link" onClick={() => onChange({ ...value, [item.key]: null })}>
                Clear {item.name.toLowerCase()}
              </button>
            )}
          </div>
        </fieldset>
      ))}
    </fieldset>
  );
}

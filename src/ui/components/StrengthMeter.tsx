import type { PassphraseStrength } from './passphrase-strength';

/** Props: the estimate to show. */
export interface StrengthMeterProps {
  strength: PassphraseStrength;
}

/**
 * Five bars, a word and one piece of advice. The bars are decoration; the words carry
 * the meaning (never colour alone), and are announced politely as the person types.
 */
export function StrengthMeter({ strength }: StrengthMeterProps) {
  const filled = strength.acceptable ? strength.score + 1 : 0;
  return (
    <div class={`strength strength-${strength.acceptable ? strength.score : 'short'}`}>
      <div class="strength-bars" aria-hidden="true">
        {[0, 1, 2, 3, 4].map((i) => (
          <span key={i} class={i < filled ? 'on' : undefined} />
        ))}
      </div>
      <p class="strength-text" aria-live="polite">
        <strong>Strength: {strength.label}.</strong> {strength.advice}
      </p>
    </div>
  );
}

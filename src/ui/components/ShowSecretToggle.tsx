import { useId } from 'preact/hooks';

/** Props: whether secrets are shown in clear. */
export interface ShowSecretToggleProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/**
 * "Show what I type": long passphrases are hard to type blind, especially on a phone.
 * Its label avoids the word "passphrase" so label lookups for the fields stay unambiguous.
 */
export function ShowSecretToggle({ checked, onChange }: ShowSecretToggleProps) {
  const id = useId();
  return (
    <div class="check">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} />
      <label for={id}>Show what I type</label>
    </div>
  );
}

/** The colour themes a person can choose; "system" follows the device. */
export type ThemeOption = 'system' | 'light' | 'dark';

const OPTIONS: { value: ThemeOption; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** Props: the current choice and where a new one goes (it applies at once). */
export interface AppearanceCardProps {
  theme: ThemeOption;
  onTheme: (theme: ThemeOption) => void;
}

/**
 * Settings card "Appearance": a radio group (native radios give arrow-key use and names for
 * free). The choice applies at once and is remembered on this device, outside the journal.
 */
export function AppearanceCard({ theme, onTheme }: AppearanceCardProps) {
  return (
    <section aria-labelledby="appearance" class="card">
      <h2 id="appearance">Appearance</h2>
      <fieldset class="choice-group" aria-describedby="appearance-hint">
        <legend>Theme</legend>
        <p id="appearance-hint" class="hint">
          System follows your device’s light or dark setting. Your choice is remembered on this device.
        </p>
        <div class="choice-row">
          {OPTIONS.map((o) => (
            <label key={o.value} class="choice">
              <input
                type="radio"
                name="theme"
                value={o.value}
                checked={theme === o.value}
                onChange={() => onTheme(o.value)}
              />
              <span>{o.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </section>
  );
}

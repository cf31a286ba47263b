import { useId } from 'preact/hooks';
import { Alert } from './Alert';

/** The idle minutes offered, and 'hidden' for "When I leave the app". */
export type IdleChoice = number | 'hidden';

/** Props: the current choices, how to change them, and a failure to store them if any. */
export interface LockingCardProps {
  idle: IdleChoice;
  hideOnSwitch: boolean;
  /** Minutes the select offers (1 to 60). */
  minuteChoices: readonly number[];
  /** The idle limit that still applies when 'hidden' is chosen. */
  backstopMinutes: number;
  onIdle: (idle: IdleChoice) => void;
  onHideOnSwitch: (hide: boolean) => void;
  error: string | null;
}

function minutesLabel(n: number): string {
  return n === 1 ? 'After 1 minute' : `After ${n} minutes`;
}

/** Settings card "Locking": when Tend locks by itself, hiding on switch, and the shortcut. */
export function LockingCard(props: LockingCardProps) {
  const selectId = useId();
  const checkId = useId();
  const hintId = `${selectId}-hint`;
  return (
    <section aria-labelledby="locking" class="card locking">
      <h2 id="locking">Locking</h2>
      <div class="field">
        <label for={selectId}>Lock automatically</label>
        <p id={hintId} class="hint">
          When nobody has touched, typed or scrolled for this long. Open entries are saved first.
        </p>
        <select
          id={selectId}
          aria-describedby={hintId}
          value={String(props.idle)}
          onChange={(e) => {
            const v = e.currentTarget.value;
            props.onIdle(v === 'hidden' ? 'hidden' : Number(v));
          }}
        >
          {props.minuteChoices.map((n) => (
            <option key={n} value={String(n)}>
              {minutesLabel(n)}
            </option>
          ))}
          <option value="hidden">When I leave the app (or after {props.backstopMinutes} minutes)</option>
        </select>
      </div>
      <div class="check">
        <input
          id={checkId}
          type="checkbox"
          checked={props.hideOnSwitch}
          onChange={(e) => props.onHideOnSwitch(e.currentTarget.checked)}
        />
        <label for={checkId}>Hide Tend’s content when switching apps</label>
      </div>
      <p>
        To hide and lock at once, press <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>L</kbd> (on a Mac{' '}
        <kbd>Cmd</kbd>+<kbd>Shift</kbd>+<kbd>L</kbd>) or use <strong>Hide and lock</strong> at the top of any screen.
        Locking here locks Tend in your other tabs too.
      </p>
      <Alert>{props.error}</Alert>
    </section>
  );
}

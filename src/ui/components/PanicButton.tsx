import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/**
 * The "Hide and lock" action, provided by the unlocked app. A context rather than a prop so
 * every unlocked screen's toolbar shows the button without each screen passing it on; the
 * locked screens have no provider, so they show no button.
 */
export const PanicContext = createContext<(() => void) | null>(null);

/** Blanks the screen at once, then saves and locks (also Ctrl+Shift+L or Cmd+Shift+L). */
export function PanicButton() {
  const panic = useContext(PanicContext);
  if (panic === null) return null;
  return (
    <button type="button" class="tool panic" onClick={panic} aria-keyshortcuts="Control+Shift+L Meta+Shift+L">
      <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
        <path d="M1.5 8s2.5-4.5 6.5-4.5S14.5 8 14.5 8s-2.5 4.5-6.5 4.5S1.5 8 1.5 8Z" fill="none" stroke="currentColor" stroke-width="1.5" />
        <path d="M2.5 13.5 13.5 2.5" stroke="currentColor" stroke-width="1.6" />
      </svg>
      Hide and lock
    </button>
  );
}

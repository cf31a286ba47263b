/** Props: start a blank entry, or open today's prompt. */
export interface StartWritingActionsProps {
  onWrite: () => void;
  onPrompt: () => void;
}

/**
 * The two ways into writing that every empty state offers, in the same order and words
 * everywhere, so a new user always finds the daily prompt from an empty screen.
 */
export function StartWritingActions({ onWrite, onPrompt }: StartWritingActionsProps) {
  return (
    <p class="actions">
      <button type="button" class="primary" onClick={onWrite}>
        Write an entry
      </button>
      <button type="button" onClick={onPrompt}>
        Today’s prompt
      </button>
    </p>
  );
}

/** Props: the notice in words (null: none), and how to dismiss it. */
export interface ConflictNoticeProps {
  message: string | null;
  onDismiss: () => void;
}

/**
 * Says that a save went to a separate entry because another tab changed or deleted the
 * entry. The polite live region is always in the page (empty when there is nothing to
 * say), so screen readers announce the notice without taking focus from the writing.
 */
export function ConflictNotice({ message, onDismiss }: ConflictNoticeProps) {
  return (
    <div class="conflict-region no-print" role="status">
      {message !== null && (
        <div class="banner conflict-notice">
          <p>{message}</p>
          <button type="button" onClick={onDismiss}>
            OK
          </button>
        </div>
      )}
    </div>
  );
}

import { useId } from 'preact/hooks';
import { useModalDialog } from './use-modal-dialog';

/** One row of the list: what it does, the ways to press it, and a note on where it works. */
export interface ShortcutRow {
  id: string;
  action: string;
  keys: string[];
  note?: string;
}

/** Props: the rows (keys already written for this platform) and how to close. */
export interface ShortcutsDialogProps {
  shortcuts: ShortcutRow[];
  onClose: () => void;
}

/**
 * "Keyboard shortcuts": a native modal dialog (the page behind is inert, Tab stays inside,
 * Escape closes, focus returns to where it was) with the shortcuts as a table, so a screen
 * reader announces each key beside its action.
 */
export function ShortcutsDialog({ shortcuts, onClose }: ShortcutsDialogProps) {
  const modal = useModalDialog();
  const titleId = useId();
  return (
    <dialog
      ref={modal.ref}
      class="dialog shortcuts-dialog"
      aria-labelledby={titleId}
      onKeyDown={modal.onKeyDown}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>Keyboard shortcuts</h2>
      <table class="shortcuts">
        <thead>
          <tr>
            <th scope="col">Action</th>
            <th scope="col">Keys</th>
          </tr>
        </thead>
        <tbody>
          {shortcuts.map((s) => (
            <tr key={s.id}>
              <th scope="row">
                {s.action}
                {s.note && <span class="hint shortcut-note">{s.note}</span>}
              </th>
              <td>
                {s.keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 && <span class="shortcut-or"> or </span>}
                    <kbd>{k}</kbd>
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="actions">
        <button type="button" class="primary" autoFocus onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}

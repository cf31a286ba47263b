import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { useModalDialog } from './use-modal-dialog';

/** Props for a yes/no question that interrupts the screen. */
export interface ConfirmDialogProps {
  title: string;
  children?: ComponentChildren;
  confirmLabel: string;
  cancelLabel: string;
  /** Styles the confirm button as destructive. */
  danger?: boolean;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A native modal `<dialog>`: the page behind it is inert, Tab stays inside, and Escape
 * closes it (which we treat as Cancel). Cancel gets focus first, so a stray Enter never
 * confirms something destructive. On close, focus goes back to what opened it.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const modal = useModalDialog();
  const titleId = useId();
  return (
    <dialog
      ref={modal.ref}
      class="dialog"
      aria-labelledby={titleId}
      onKeyDown={modal.onKeyDown}
      onCancel={(e) => {
        e.preventDefault();
        if (!props.busy) props.onCancel();
      }}
    >
      <h2 id={titleId}>{props.title}</h2>
      {props.children}
      <div class="actions">
        <button type="button" autoFocus onClick={props.onCancel} disabled={props.busy}>
          {props.cancelLabel}
        </button>
        <button
          type="button"
          class={props.danger ? 'danger' : 'primary'}
          onClick={props.onConfirm}
          disabled={props.busy}
        >
          {props.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}

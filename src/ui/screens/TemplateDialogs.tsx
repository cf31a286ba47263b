import { ConfirmDialog } from '../components/ConfirmDialog';

/** Props for the delete confirmation. */
export interface DeleteDialogProps {
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** "Delete this entry?": the template editor's delete, confirmed first. */
export function DeleteDialog({ busy, onConfirm, onCancel }: DeleteDialogProps) {
  return (
    <ConfirmDialog title="Delete this entry?" confirmLabel="Delete" cancelLabel="Keep it" danger busy={busy} onConfirm={onConfirm} onCancel={onCancel}>
      <p>Every section of it will be removed from this device.</p>
    </ConfirmDialog>
  );
}

/** Props for leaving while the latest changes could not be saved. */
export interface UnsavedDialogProps {
  leaving: 'back' | 'lock';
  reason: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before leaving with changes that failed to save, as the plain editor does. */
export function UnsavedDialog({ leaving, reason, onConfirm, onCancel }: UnsavedDialogProps) {
  return (
    <ConfirmDialog
      title="Your latest changes are not saved"
      confirmLabel={leaving === 'lock' ? 'Lock without saving' : 'Leave without saving'}
      cancelLabel="Stay here"
      danger
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p>{reason}</p>
      <p>If you leave now, these changes will be lost. Copy your text somewhere safe first.</p>
    </ConfirmDialog>
  );
}

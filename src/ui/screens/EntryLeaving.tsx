import { useState } from 'preact/hooks';
import type { Autosaver } from '../components/autosave';
import { ConfirmDialog } from '../components/ConfirmDialog';

/** Where the person is going when they leave an editor. */
export type Leave = 'back' | 'lock';

/** What both editors hand over: their autosave, the stored id, and the app's actions. */
export interface EntryLeavingOptions {
  saver: Autosaver;
  /** The entry's id once it has been stored (undefined while a new entry is unsaved). */
  storedId: () => string | undefined;
  /** Deletes a stored entry; resolves null once deleted (the app moves on) or a reason. */
  remove: (id: string) => Promise<string | null>;
  onBack: () => void;
  onLock: () => void;
}

/**
 * Leaving and deleting, the same way in every editor: Back and Lock save first and go only
 * when that worked (else a dialog asks, so text is never dropped silently); Delete is
 * confirmed, waits for a save in flight, and a failed delete keeps the entry and says why.
 */
export function useEntryLeaving(options: EntryLeavingOptions) {
  const { saver } = options;
  const [leaving, setLeaving] = useState<Leave | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const go = (to: Leave) => {
    saver.cancel();
    if (to === 'back') options.onBack();
    else options.onLock();
  };
  const leave = async (to: Leave) => {
    if (await saver.flush()) go(to);
    else setLeaving(to);
  };
  const remove = async () => {
    setDeleting(true);
    saver.cancel();
    await saver.settle();
    const id = options.storedId();
    if (id === undefined) return options.onBack();
    const reason = await options.remove(id);
    if (reason === null) return;
    setDeleting(false);
    setConfirmDelete(false);
    setDeleteError(reason);
    saver.touch();
  };
  return {
    leave,
    deleteError,
    /** The state the footer's dialogs render from. */
    dialogs: {
      leaving,
      confirmDelete,
      deleting,
      askDelete: () => setConfirmDelete(true),
      cancelDelete: () => setConfirmDelete(false),
      remove: () => void remove(),
      goAnyway: () => leaving !== null && go(leaving),
      stay: () => setLeaving(null),
    },
  };
}

/** The dialog state from `useEntryLeaving`. */
export type EntryDialogsState = ReturnType<typeof useEntryLeaving>['dialogs'];

/** Props: the dialog state, the last save error, and what deleting this kind of entry removes. */
export interface EntryFooterProps {
  dialogs: EntryDialogsState;
  saveError: string | null;
  deleteDetail: string;
}

/** "Delete entry", and the two questions an editor may need to ask: delete? leave unsaved? */
export function EntryFooter({ dialogs: d, saveError, deleteDetail }: EntryFooterProps) {
  return (
    <>
      <p class="editor-actions">
        <button type="button" class="danger-quiet" onClick={d.askDelete}>
          Delete entry
        </button>
      </p>
      {d.confirmDelete && (
        <ConfirmDialog title="Delete this entry?" confirmLabel="Delete" cancelLabel="Keep it" danger busy={d.deleting} onConfirm={d.remove} onCancel={d.cancelDelete}>
          <p>{deleteDetail}</p>
        </ConfirmDialog>
      )}
      {d.leaving !== null && (
        <ConfirmDialog
          title="Your latest changes are not saved"
          confirmLabel={d.leaving === 'lock' ? 'Lock without saving' : 'Leave without saving'}
          cancelLabel="Stay here"
          danger
          onConfirm={d.goAnyway}
          onCancel={d.stay}
        >
          <p>{saveError}</p>
          <p>If you leave now, these changes will be lost. Copy your text somewhere safe first.</p>
        </ConfirmDialog>
      )}
    </>
  );
}

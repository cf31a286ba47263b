import type { SaveOutcome } from '../ui/screens/EditorScreen';
import type { Entry, EntryDraft, SaveConflict, VaultSession } from '../vault/types';
import { errorCode, messageFor } from './error-messages';

/**
 * One editor's saves, each made over the version the editor last saw: the entry it opened,
 * then what its own last save stored. If another tab saved or deleted the entry meanwhile,
 * the vault keeps this draft as a new entry instead of overwriting (issue #7: several tabs
 * never lose text silently); the editor simply carries on with the id it gets back, and the
 * person is told what happened. Create one per editor: the versions are that editor's.
 */
export function trackedSave(
  session: VaultSession,
  opened: Entry | null,
  onSaved?: () => void,
): (draft: EntryDraft) => Promise<SaveOutcome> {
  const bases = new Map<string, number>();
  if (opened) bases.set(opened.id, opened.updated);
  return async (draft) => {
    try {
      const base = draft.id === undefined ? undefined : bases.get(draft.id);
      const { entry, conflict } = await session.saveEntryChecked(base === undefined ? draft : { ...draft, baseUpdated: base });
      bases.set(entry.id, entry.updated); // the base advances with every own save
      onSaved?.();
      if (conflict) for (const listener of conflictListeners) listener(CONFLICT_WORDS[conflict]);
      return { ok: true, entry };
    } catch (err) {
      // Out of space: the editor offers a backup on the spot.
      return { ok: false, message: messageFor(err), offerBackup: errorCode(err) === 'quota-exceeded' };
    }
  };
}

/** What the person is told when their save went to a new entry. No entry text in it. */
export const CONFLICT_WORDS: Record<SaveConflict, string> = {
  'changed-elsewhere':
    'This entry was changed in another tab while you were writing here. Nothing was overwritten: your version is saved as a separate entry, marked “Conflict copy” in your journal, and you are now editing that copy.',
  'deleted-elsewhere':
    'This entry was deleted in another tab while you were writing here. Your text is kept: it is saved as a new entry, and you are now editing that.',
};

const conflictListeners = new Set<(message: string) => void>();

/** Hear about saves that became a new entry (the unlocked shell shows the notice). Returns unsubscribe. */
export function onSaveConflict(listener: (message: string) => void): () => void {
  conflictListeners.add(listener);
  return () => conflictListeners.delete(listener);
}

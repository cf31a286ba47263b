import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { flushPendingSaves } from '../ui/components/pending-saves';
import { isApplePlatform, isTypingTarget, matchShortcut, type ShortcutId } from './shortcuts';

/** What each shortcut does in the unlocked app ("lock" belongs to use-locking.ts, which acts first). */
export type ShortcutActions = Record<Exclude<ShortcutId, 'lock'>, () => void>;

/**
 * Listens for the shortcuts in shortcuts.ts for as long as the journal is unlocked. Save's
 * keys always cancel the browser's default ("save page as…"), even with a dialog open; the
 * other shortcuts wait while a modal dialog is open, so a key press never navigates away
 * from a question the person has not answered yet. Held-down keys fire once.
 */
export function useShortcuts(actions: ShortcutActions, apple: boolean): void {
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      const id = matchShortcut(e, apple, isTypingTarget(e.target));
      if (id === null || id === 'lock') return;
      e.preventDefault();
      if (e.repeat) return;
      if (id !== 'save' && document.querySelector('dialog[open]') !== null) return;
      latest.current[id]();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [apple]);
}

/** What the unlocked app hands over: how to start an entry and get to the list. */
export interface AppNavigation {
  newEntry: () => void;
  /** Shows the journal list (called only when it is not showing). */
  toList: () => void;
  onList: boolean;
  /** Focuses the list's search field if it is showing; true when it did. */
  focusSearchNow?: () => boolean;
}

/**
 * The app's shortcuts, wired: navigation saves every draft first and stays put when a save
 * failed (the editor shows why), exactly like the Back button. Search asks the journal list
 * to focus its field (`searchWanted`, cleared by `searchFocused` once done); help opens the
 * shortcuts dialog, which Settings can open too.
 */
export function useAppShortcuts(nav: AppNavigation) {
  const [helpOpen, setHelpOpen] = useState(false);
  const [searchWanted, setSearchWanted] = useState(false);
  const apple = useMemo(() => isApplePlatform(), []);
  const afterSaving = (go: () => void) => {
    void flushPendingSaves().then((saved) => saved && go());
  };
  useShortcuts(
    {
      'new-entry': () => afterSaving(nav.newEntry),
      search: () => {
        // On the list, focus the field within this key press, so every letter typed straight
        // after "/" lands in it (an asynchronous hand-over could drop the first few).
        if (nav.onList && nav.focusSearchNow?.()) return;
        afterSaving(() => {
          if (!nav.onList) nav.toList();
          setSearchWanted(true);
        });
      },
      save: () => void flushPendingSaves(),
      help: () => setHelpOpen(true),
    },
    apple,
  );
  return {
    apple,
    helpOpen,
    openHelp: () => setHelpOpen(true),
    closeHelp: () => setHelpOpen(false),
    searchWanted,
    searchFocused: () => setSearchWanted(false),
  };
}

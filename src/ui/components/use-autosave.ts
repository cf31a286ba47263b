import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Autosaver } from './autosave';
import type { SaveFn, SaveState } from './autosave';
import { registerPendingSave } from './pending-saves';

/** Autosave delay after the last keystroke. */
export const AUTOSAVE_DELAY_MS = 700;

/**
 * Binds an Autosaver to a component: its state drives the status line, and the page
 * being hidden (tab switch, phone locked, app closed) saves at once, because a hidden
 * page may be killed without any further event.
 */
export function useAutosave(save: SaveFn): { state: SaveState; saver: Autosaver } {
  const [state, setState] = useState<SaveState>({ phase: 'idle', error: null });
  const latest = useRef(save);
  latest.current = save;
  const saver = useMemo(() => new Autosaver(() => latest.current(), setState, AUTOSAVE_DELAY_MS), []);

  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void saver.flush();
    };
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!saver.hasUnsavedChanges()) return;
      void saver.flush();
      e.preventDefault();
    };
    const unregister = registerPendingSave(() => saver.flush());
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      unregister();
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('beforeunload', onBeforeUnload);
      // Leaving through the editor's own buttons flushes first; this covers anything else.
      if (saver.hasUnsavedChanges()) void saver.flush();
    };
  }, [saver]);

  return { state, saver };
}

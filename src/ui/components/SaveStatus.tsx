import type { SaveState } from './autosave';

/**
 * The words in the status line. While the last attempt failed, it says "Not saved" until
 * a save actually runs again, so it never claims progress that is not happening.
 */
export function saveStatusText(state: SaveState): string {
  if (state.phase === 'saving') return 'Saving…';
  if (state.phase === 'saved') return 'Saved';
  if (state.phase === 'pending') return state.error === null ? 'Saving…' : 'Not saved';
  return state.phase === 'failed' ? 'Not saved' : '';
}

/**
 * An editor's save status: a polite live region (role="status") that is always in the page,
 * so "Saved" is announced when it changes, without interrupting the writing. The reason for
 * a failure goes to the editor's alert, not here.
 */
export function SaveStatus({ state }: { state: SaveState }) {
  const text = saveStatusText(state);
  const tone = state.phase === 'failed' || (state.phase === 'pending' && state.error !== null) ? 'failed' : state.phase;
  return (
    <span role="status" class={`save-status save-${tone}`}>
      {text}
    </span>
  );
}

/** What an installed app's shortcut asked for (manifest `shortcuts`), if anything. */
export type LaunchAction = 'new-entry' | 'daily-prompt' | null;

/**
 * Read once at start-up from `?action=…` and removed from the address bar at once, so
 * the URL never carries anything past the first paint. Consumed by the first unlock.
 */
let pending: LaunchAction = readAction();

function readAction(): LaunchAction {
  if (typeof location === 'undefined') return null;
  const action = new URLSearchParams(location.search).get('action');
  if (location.search) history.replaceState(null, '', location.pathname);
  return action === 'new-entry' || action === 'daily-prompt' ? action : null;
}

/** The shortcut's action, once: later unlocks start on the journal as usual. */
export function takeLaunchAction(): LaunchAction {
  const action = pending;
  pending = null;
  return action;
}

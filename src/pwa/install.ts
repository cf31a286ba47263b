import { useEffect, useState } from 'preact/hooks';

/** Chromium's install event (not in the DOM typings). */
interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

let deferred: BeforeInstallPromptEvent | null = null;
const listeners = new Set<() => void>();

// Captured at module load: the event can fire before any component mounts.
if (typeof window !== 'undefined') {
  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault(); // we offer our own Install button instead of the mini-infobar
    deferred = event as BeforeInstallPromptEvent;
    for (const l of listeners) l();
  });
  window.addEventListener('appinstalled', () => {
    deferred = null;
    for (const l of listeners) l();
  });
}

/**
 * Whether the browser offers installation right now, and the action that shows its
 * install dialog. Null where the browser has no install prompt (Safari, Firefox).
 */
export function useInstallPrompt(): (() => Promise<void>) | null {
  const [, setTick] = useState(0);
  useEffect(() => {
    const update = () => setTick((n) => n + 1);
    listeners.add(update);
    return () => void listeners.delete(update);
  }, []);
  if (!deferred) return null;
  const event = deferred;
  return async () => {
    await event.prompt();
    await event.userChoice.catch(() => null);
    deferred = null;
    for (const l of listeners) l();
  };
}

import { useEffect, useRef, useState } from 'preact/hooks';
import type { VaultSession } from '../vault/types';
import { flushPendingSaves } from '../ui/components/pending-saves';
import type { LockingCardProps } from '../ui/components/LockingCard';
import {
  DEFAULT_IDLE_MINUTES,
  DEFAULT_LOCK_SETTINGS,
  IDLE_MINUTE_CHOICES,
  LOCK_SETTINGS_TYPE,
  idleLimitMs,
  newestLockSettings,
  parseLockSettings,
  startIdleTimer,
  type LockSettings,
} from './auto-lock';
import { messageFor } from './error-messages';
import { openLockBroadcast, type LockBroadcast } from './lock-broadcast';
import { cover, uncover } from './privacy-cover';
import { isLockShortcut } from './shortcuts';
import { EXERCISE_RUNNING_EVENT } from '../ui/components/use-stopwatch';

/** Input that counts as "someone is here" for the idle timer. */
// A running exercise counts as activity: the person is breathing along, not away.
const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'touchstart', 'wheel', 'scroll', EXERCISE_RUNNING_EVENT] as const;

/** What the unlocked app gets: the lock actions and the Settings card's props. */
export interface Locking {
  /** Locks now (the Lock buttons, which save first themselves) and tells other tabs. */
  lock: () => void;
  /** Blanks at once, then saves every draft and locks: the panic button and shortcut. */
  panic: () => void;
  card: LockingCardProps;
}

/** The stored settings (defaults until the background load has them). */
function readSettings(session: VaultSession): { id?: string; settings: LockSettings } {
  try {
    return newestLockSettings(session.docs<unknown>(LOCK_SETTINGS_TYPE)) ?? { settings: DEFAULT_LOCK_SETTINGS };
  } catch {
    return { settings: DEFAULT_LOCK_SETTINGS };
  }
}

/**
 * V8 keeps the subject of the last RegExp match reachable (`RegExp.input`, `RegExp.$_`)
 * until the next match. When the vault built an entry's heading or preview that subject is
 * entry text, so after a lock a heap snapshot still held it (test/browser/locking.test.ts).
 * Matching an empty string replaces it.
 */
function forgetLastRegExpMatch(): void {
  /(?:)/.exec('');
}

/**
 * Everything that locks the journal besides the Lock button: idle time, leaving the app,
 * another tab locking, the panic button and shortcut; plus hiding content on switch.
 *
 * Every path saves open drafts first and locks only when that worked (see auto-lock.ts):
 * a failed save leaves the editor on screen with its error, uncovered, so no text is lost;
 * the idle timer tries again later. The cover comes off when this app unmounts, i.e.
 * right after the render that replaces the journal by the lock screen.
 */
export function useLocking(session: VaultSession, onLocked: () => void): Locking {
  const stored = readSettings(session);
  // A new choice applies at once, before it is stored (and stays if storing fails).
  const [chosen, setChosen] = useState<LockSettings | null>(null);
  const settings = chosen ?? stored.settings;
  const [error, setError] = useState<string | null>(null);
  const broadcast = useRef<LockBroadcast | null>(null);
  const busy = useRef(false);

  const lockNow = (tellOthers: boolean) => {
    if (tellOthers) broadcast.current?.announce();
    session.lock();
    forgetLastRegExpMatch();
    onLocked();
  };
  /** Saves every draft, then locks; false (and nothing locked) when a save failed. */
  const saveThenLock = async (tellOthers: boolean): Promise<boolean> => {
    if (busy.current) return false;
    busy.current = true;
    try {
      if (!(await flushPendingSaves())) return false;
      lockNow(tellOthers);
      return true;
    } finally {
      busy.current = false;
    }
  };
  const panic = () => {
    cover(); // synchronously, before any await
    void saveThenLock(true).then((locked) => locked || uncover());
  };
  const latest = useRef({ saveThenLock, panic, settings });
  latest.current = { saveThenLock, panic, settings };

  useEffect(() => {
    broadcast.current = openLockBroadcast(() => {
      cover();
      void latest.current.saveThenLock(false).then((locked) => locked || document.hidden || uncover());
    });
    const onKey = (e: KeyboardEvent) => {
      // Ctrl+L (the address bar) stays the browser's; only with Shift is it ours (shortcuts.ts).
      if (!isLockShortcut(e)) return;
      e.preventDefault();
      latest.current.panic();
    };
    window.addEventListener('keydown', onKey, true);
    return () => {
      broadcast.current?.close();
      broadcast.current = null;
      window.removeEventListener('keydown', onKey, true);
      // Preact runs this cleanup before it swaps the DOM; the microtask runs right after
      // the swap, still before any paint, so the journal is never shown uncovered.
      queueMicrotask(uncover);
    };
  }, [session]);

  const lockFromHere = () => latest.current.saveThenLock(true);
  useIdleLock(settings, lockFromHere);
  useHideOnSwitch(settings, lockFromHere);

  /** Store one changed field on top of the freshest stored settings (another tab may have changed the other). */
  const save = (patch: Partial<LockSettings>) => {
    setError(null);
    setChosen({ ...settings, ...patch });
    session.updateDoc(LOCK_SETTINGS_TYPE, stored.id, (current) => ({ ...(current === undefined ? settings : parseLockSettings(current)), ...patch })).then(
      () => setChosen(null), // stored: the vault's copy is the truth again
      (err: unknown) => setError(messageFor(err)),
    );
  };
  return {
    lock: () => lockNow(true),
    panic,
    card: {
      idle: settings.idle,
      hideOnSwitch: settings.hideOnSwitch,
      minuteChoices: IDLE_MINUTE_CHOICES,
      backstopMinutes: DEFAULT_IDLE_MINUTES,
      onIdle: (idle) => save({ idle }),
      onHideOnSwitch: (hideOnSwitch) => save({ hideOnSwitch }),
      error,
    },
  };
}

/** Runs the idle timer for the chosen limit, fed by any input anywhere in the page. */
function useIdleLock(settings: LockSettings, lock: () => Promise<boolean>): void {
  const lockRef = useRef(lock);
  lockRef.current = lock;
  const limit = idleLimitMs(settings);
  useEffect(() => {
    const timer = startIdleTimer(limit, () => lockRef.current());
    const onActivity = () => timer.activity();
    const opts = { capture: true, passive: true };
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, onActivity, opts);
    return () => {
      timer.stop();
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, onActivity, opts);
    };
  }, [limit]);
}

/** Covers content while hidden (when asked) and locks on hide when that is the choice. */
function useHideOnSwitch(settings: LockSettings, lock: () => Promise<boolean>): void {
  const lockRef = useRef(lock);
  lockRef.current = lock;
  const { hideOnSwitch, idle } = settings;
  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') {
        if (hideOnSwitch || idle === 'hidden') cover();
        if (idle === 'hidden') void lockRef.current();
      } else {
        uncover();
      }
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => document.removeEventListener('visibilitychange', onVisibility);
  }, [hideOnSwitch, idle]);
}

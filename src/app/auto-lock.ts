/**
 * Auto-lock: the stored locking preferences and the idle timer behind them.
 *
 * Idle means no pointer, keyboard, touch or scroll input. The timer only reads
 * `Date.now()` and uses `setTimeout`, so unit tests drive it with fake timers and the
 * browser tests with Playwright's `page.clock`.
 *
 * Never lose text: when the timer fires, the caller saves every open draft first and
 * locks only if that worked. If a save fails, the editor keeps the text and shows the
 * failure, and the timer tries again one retry period later (if still idle). A lock that
 * throws text away to be safe is not safe for a journal.
 */

/** The document type the locking preferences are stored under (encrypted, like any doc). */
export const LOCK_SETTINGS_TYPE = 'lock-settings';

/** The idle minutes a person can choose from; 'hidden' = lock when leaving the app. */
export const IDLE_MINUTE_CHOICES = [1, 2, 5, 10, 15, 30, 60] as const;

/** The default idle limit, and the backstop when the choice is 'hidden'. */
export const DEFAULT_IDLE_MINUTES = 5;

/** How long after a failed save the idle lock tries again. */
export const IDLE_RETRY_MS = 60_000;

/** What a person chose under Settings → Locking. */
export interface LockSettings {
  /** Minutes without input before locking, or 'hidden' to lock whenever the app is hidden. */
  idle: number | 'hidden';
  /** Cover Tend's content while it is hidden, so the OS app switcher shows nothing. */
  hideOnSwitch: boolean;
}

/** The settings before anything is stored: five minutes, content hidden on switch. */
export const DEFAULT_LOCK_SETTINGS: LockSettings = { idle: DEFAULT_IDLE_MINUTES, hideOnSwitch: true };

/**
 * Reads stored settings defensively: a damaged or older document falls back field by
 * field to the defaults, and minutes outside 1-60 are refused rather than trusted.
 */
export function parseLockSettings(data: unknown): LockSettings {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ...DEFAULT_LOCK_SETTINGS };
  const raw = data as Record<string, unknown>;
  const idle = raw.idle;
  const validIdle =
    idle === 'hidden' || (typeof idle === 'number' && Number.isInteger(idle) && idle >= 1 && idle <= 60);
  return {
    idle: validIdle ? (idle as number | 'hidden') : DEFAULT_IDLE_MINUTES,
    hideOnSwitch: typeof raw.hideOnSwitch === 'boolean' ? raw.hideOnSwitch : DEFAULT_LOCK_SETTINGS.hideOnSwitch,
  };
}

/** The idle limit in milliseconds; 'hidden' keeps the default as a backstop. */
export function idleLimitMs(settings: LockSettings): number {
  const minutes = settings.idle === 'hidden' ? DEFAULT_IDLE_MINUTES : settings.idle;
  return minutes * 60_000;
}

/** The newest of several stored settings documents (two tabs may each have written one). */
export function newestLockSettings<T extends { updated: number; data: unknown; id: string }>(
  docs: readonly T[],
): { id: string; settings: LockSettings } | null {
  let newest: T | null = null;
  for (const doc of docs) if (newest === null || doc.updated > newest.updated) newest = doc;
  return newest === null ? null : { id: newest.id, settings: parseLockSettings(newest.data) };
}

/** A running idle timer: report input with `activity()`, end it with `stop()`. */
export interface IdleTimer {
  activity(): void;
  stop(): void;
}

/**
 * Calls `onIdle` once `limitMs` pass without `activity()`. `onIdle` resolves true when it
 * locked (the timer is done) or false when it could not (a save failed): then it tries
 * again after `retryMs` if there is still no input. Activity does not reset a timeout per
 * event; the timer re-checks the last input time when it fires, so input stays cheap.
 */
export function startIdleTimer(
  limitMs: number,
  onIdle: () => Promise<boolean> | boolean,
  retryMs: number = IDLE_RETRY_MS,
): IdleTimer {
  let last = Date.now();
  let handle: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let busy = false;

  const schedule = (ms: number) => {
    if (!stopped) handle = setTimeout(check, Math.max(0, ms));
  };
  const check = () => {
    handle = undefined;
    if (stopped || busy) return;
    const idleFor = Date.now() - last;
    if (idleFor < limitMs) return schedule(limitMs - idleFor);
    busy = true;
    void Promise.resolve()
      .then(onIdle)
      .catch(() => false)
      .then((locked) => {
        busy = false;
        if (locked) stopped = true;
        else schedule(Math.max(retryMs, limitMs - (Date.now() - last)));
      });
  };
  schedule(limitMs);
  return {
    activity: () => {
      last = Date.now();
    },
    stop: () => {
      stopped = true;
      if (handle !== undefined) clearTimeout(handle);
    },
  };
}

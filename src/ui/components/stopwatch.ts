/**
 * A pausable stopwatch as plain values, kept free of Preact so it can be unit-tested. The
 * exercises' timers read the clock (`Date.now()`) only through these functions: time spent
 * paused never counts, and a clock that steps backwards never makes time negative.
 */

/** Time banked from earlier runs, plus when the current run started (null while paused). */
export interface Stopwatch {
  readonly startedAt: number | null;
  readonly bankedMs: number;
}

/** A stopwatch at zero, not running. */
export const STOPPED: Stopwatch = { startedAt: null, bankedMs: 0 };

/** Starts or resumes; a running stopwatch is returned unchanged. */
export function startWatch(watch: Stopwatch, now: number): Stopwatch {
  return watch.startedAt !== null ? watch : { startedAt: now, bankedMs: watch.bankedMs };
}

/** Pauses, banking the time of the current run; a paused stopwatch is returned unchanged. */
export function pauseWatch(watch: Stopwatch, now: number): Stopwatch {
  if (watch.startedAt === null) return watch;
  return { startedAt: null, bankedMs: watch.bankedMs + Math.max(0, now - watch.startedAt) };
}

/** Milliseconds counted so far. */
export function elapsedMs(watch: Stopwatch, now: number): number {
  return watch.bankedMs + (watch.startedAt === null ? 0 : Math.max(0, now - watch.startedAt));
}

/** True while counting. */
export function isRunning(watch: Stopwatch): boolean {
  return watch.startedAt !== null;
}

import { useEffect, useState } from 'preact/hooks';
import { elapsedMs, isRunning, pauseWatch, startWatch, STOPPED, type Stopwatch } from './stopwatch';

/** What a timed exercise needs from its stopwatch. */
export interface StopwatchControls {
  /** Milliseconds counted so far (re-rendered every `tickMs` while running). */
  elapsed: number;
  running: boolean;
  /** True once it has been started at least once since the last reset. */
  started: boolean;
  start(): void;
  pause(): void;
  reset(): void;
}

/**
 * Fired on `window` while a timed exercise runs: a breathing exercise or a body scan has
 * no keyboard or pointer input for minutes, and must not be cut short by the idle lock.
 */
export const EXERCISE_RUNNING_EVENT = 'tend-exercise-running';

/**
 * A stopwatch bound to a component: it re-renders a few times a second while running and not
 * at all while paused. Time is read from `Date.now()`, so a throttled background tab catches
 * up on its next tick instead of drifting.
 */
export function useStopwatch(tickMs = 250): StopwatchControls {
  const [watch, setWatch] = useState<Stopwatch>(STOPPED);
  const [now, setNow] = useState(() => Date.now());
  const running = isRunning(watch);
  useEffect(() => {
    if (!running) return;
    const id = setInterval(() => {
      setNow(Date.now());
      window.dispatchEvent(new Event(EXERCISE_RUNNING_EVENT));
    }, tickMs);
    return () => clearInterval(id);
  }, [running, tickMs]);
  return {
    elapsed: elapsedMs(watch, now),
    running,
    started: running || watch.bankedMs > 0,
    start: () => {
      const t = Date.now();
      setNow(t);
      setWatch((w) => startWatch(w, t));
    },
    pause: () => setWatch((w) => pauseWatch(w, Date.now())),
    reset: () => setWatch(STOPPED),
  };
}

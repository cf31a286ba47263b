import { describe, expect, it } from 'vitest';
import { formatClock } from '../../src/ui/components/format-clock';
import { elapsedMs, isRunning, pauseWatch, startWatch, STOPPED } from '../../src/ui/components/stopwatch';

describe('the exercises’ stopwatch', () => {
  it('counts only running time across pauses', () => {
    let w = startWatch(STOPPED, 1_000);
    expect(isRunning(w)).toBe(true);
    expect(elapsedMs(w, 4_000)).toBe(3_000);
    w = pauseWatch(w, 4_000);
    expect(isRunning(w)).toBe(false);
    expect(elapsedMs(w, 60_000)).toBe(3_000); // paused time does not count
    w = startWatch(w, 60_000);
    expect(elapsedMs(w, 61_500)).toBe(4_500);
    w = pauseWatch(w, 62_000);
    expect(elapsedMs(w, 99_000)).toBe(5_000);
  });

  it('starting twice or pausing twice changes nothing', () => {
    const running = startWatch(STOPPED, 100);
    expect(startWatch(running, 900)).toBe(running);
    const paused = pauseWatch(running, 500);
    expect(pauseWatch(paused, 900)).toBe(paused);
    expect(elapsedMs(paused, 900)).toBe(400);
  });

  it('a clock that steps backwards never makes time negative', () => {
    const w = startWatch(STOPPED, 10_000);
    expect(elapsedMs(w, 9_000)).toBe(0);
    expect(elapsedMs(pauseWatch(w, 9_000), 20_000)).toBe(0);
    expect(elapsedMs(STOPPED, 123)).toBe(0);
  });
});

describe('countdown clock text', () => {
  it('rounds partial seconds up and never goes below 0:00', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(1)).toBe('0:01');
    expect(formatClock(999)).toBe('0:01');
    expect(formatClock(1_000)).toBe('0:01');
    expect(formatClock(1_001)).toBe('0:02');
    expect(formatClock(59_999)).toBe('1:00');
    expect(formatClock(61_000)).toBe('1:01');
    expect(formatClock(20 * 60_000)).toBe('20:00');
    expect(formatClock(-5_000)).toBe('0:00');
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_LOCK_SETTINGS,
  IDLE_RETRY_MS,
  idleLimitMs,
  newestLockSettings,
  parseLockSettings,
  startIdleTimer,
} from '../../src/app/auto-lock';

const MIN = 60_000;

describe('parseLockSettings', () => {
  it('defaults to five minutes and hiding on switch', () => {
    expect(DEFAULT_LOCK_SETTINGS).toEqual({ idle: 5, hideOnSwitch: true });
    for (const bad of [undefined, null, 'x', 3, [], [1]]) expect(parseLockSettings(bad)).toEqual(DEFAULT_LOCK_SETTINGS);
  });

  it('keeps valid choices and refuses the rest field by field', () => {
    expect(parseLockSettings({ idle: 1, hideOnSwitch: false })).toEqual({ idle: 1, hideOnSwitch: false });
    expect(parseLockSettings({ idle: 60 })).toEqual({ idle: 60, hideOnSwitch: true });
    expect(parseLockSettings({ idle: 'hidden', hideOnSwitch: true })).toEqual({ idle: 'hidden', hideOnSwitch: true });
    for (const idle of [0, 61, 2.5, -5, '5', NaN, Infinity, 'soon', null]) {
      expect(parseLockSettings({ idle, hideOnSwitch: false })).toEqual({ idle: 5, hideOnSwitch: false });
    }
    expect(parseLockSettings({ idle: 10, hideOnSwitch: 'no' })).toEqual({ idle: 10, hideOnSwitch: true });
    expect(parseLockSettings(JSON.parse('{"__proto__":{"idle":1},"idle":2}'))).toEqual({ idle: 2, hideOnSwitch: true });
  });

  it('turns the choice into a limit; "when hidden" keeps the five-minute backstop', () => {
    expect(idleLimitMs({ idle: 15, hideOnSwitch: true })).toBe(15 * MIN);
    expect(idleLimitMs({ idle: 'hidden', hideOnSwitch: true })).toBe(5 * MIN);
  });

  it('picks the newest stored document', () => {
    expect(newestLockSettings([])).toBeNull();
    const docs = [
      { id: 'a', updated: 1, data: { idle: 1 } },
      { id: 'b', updated: 3, data: { idle: 30, hideOnSwitch: false } },
      { id: 'c', updated: 2, data: { idle: 2 } },
    ];
    expect(newestLockSettings(docs)).toEqual({ id: 'b', settings: { idle: 30, hideOnSwitch: false } });
  });
});

describe('startIdleTimer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('fires once the limit passes with no input, and not before', async () => {
    const onIdle = vi.fn(() => true);
    const timer = startIdleTimer(5 * MIN, onIdle);
    await vi.advanceTimersByTimeAsync(5 * MIN - 1);
    expect(onIdle).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(60 * MIN);
    expect(onIdle).toHaveBeenCalledTimes(1); // locked: the timer is done
    timer.stop();
  });

  it('counts from the last input', async () => {
    const onIdle = vi.fn(() => true);
    const timer = startIdleTimer(2 * MIN, onIdle);
    await vi.advanceTimersByTimeAsync(90_000);
    timer.activity();
    await vi.advanceTimersByTimeAsync(90_000); // 3 minutes since start, 1.5 since input
    expect(onIdle).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
    timer.stop();
  });

  it('retries after a failed save instead of giving up, and stops retrying once locked', async () => {
    let attempts = 0;
    const onIdle = vi.fn(async () => ++attempts >= 3);
    const timer = startIdleTimer(1 * MIN, onIdle);
    await vi.advanceTimersByTimeAsync(1 * MIN);
    expect(onIdle).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(IDLE_RETRY_MS);
    expect(onIdle).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(IDLE_RETRY_MS);
    expect(onIdle).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(10 * IDLE_RETRY_MS);
    expect(onIdle).toHaveBeenCalledTimes(3);
    timer.stop();
  });

  it('treats a throwing lock like a failed save, and input after a failure restarts the full wait', async () => {
    const onIdle = vi.fn(() => {
      throw new Error('save failed');
    });
    const timer = startIdleTimer(10 * MIN, onIdle, 1 * MIN);
    await vi.advanceTimersByTimeAsync(10 * MIN);
    expect(onIdle).toHaveBeenCalledTimes(1);
    timer.activity();
    await vi.advanceTimersByTimeAsync(9 * MIN);
    expect(onIdle).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1 * MIN);
    expect(onIdle).toHaveBeenCalledTimes(2);
    timer.stop();
  });

  it('does nothing after stop', async () => {
    const onIdle = vi.fn(() => true);
    startIdleTimer(1 * MIN, onIdle).stop();
    await vi.advanceTimersByTimeAsync(10 * MIN);
    expect(onIdle).not.toHaveBeenCalled();
  });
});

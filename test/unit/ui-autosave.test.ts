import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosaver, type SaveState } from '../../src/ui/components/autosave';

/** A save function whose calls resolve only when the test says so. */
function controlledSave() {
  const pending: Array<(reason: string | null) => void> = [];
  const save = vi.fn(() => new Promise<string | null>((resolve) => pending.push(resolve)));
  return { save, finish: (reason: string | null = null) => pending.shift()?.(reason) };
}

describe('Autosaver', () => {
  let states: SaveState[];
  const last = () => states[states.length - 1];
  beforeEach(() => {
    vi.useFakeTimers();
    states = [];
  });
  afterEach(() => vi.useRealTimers());

  it('saves once, 700 ms after the last change', async () => {
    const save = vi.fn(async () => null);
    const saver = new Autosaver(save, (s) => states.push(s));
    saver.touch();
    await vi.advanceTimersByTimeAsync(500);
    saver.touch();
    await vi.advanceTimersByTimeAsync(500);
    expect(save).not.toHaveBeenCalled();
    expect(last()?.phase).toBe('pending');
    await vi.advanceTimersByTimeAsync(200);
    expect(save).toHaveBeenCalledTimes(1);
    expect(last()).toEqual({ phase: 'saved', error: null });
  });

  it('flush saves at once and does nothing when all is saved', async () => {
    const save = vi.fn(async () => null);
    const saver = new Autosaver(save, (s) => states.push(s));
    expect(await saver.flush()).toBe(true);
    expect(save).not.toHaveBeenCalled();
    saver.touch();
    expect(await saver.flush()).toBe(true);
    expect(save).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(2000);
    expect(save).toHaveBeenCalledTimes(1); // the flush cancelled the timer
  });

  it('never overlaps saves: a change during a save is saved after it', async () => {
    const { save, finish } = controlledSave();
    const saver = new Autosaver(save, (s) => states.push(s));
    saver.touch();
    const first = saver.flush();
    expect(save).toHaveBeenCalledTimes(1);
    saver.touch(); // typing while the first save is in flight
    const second = saver.flush();
    expect(save).toHaveBeenCalledTimes(1);
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(2);
    finish();
    expect(await first).toBe(true);
    expect(await second).toBe(true);
    expect(saver.hasUnsavedChanges()).toBe(false);
  });

  it('keeps a failed save unsaved, reports why, and retries on the next flush', async () => {
    const save = vi.fn<() => Promise<string | null>>().mockResolvedValueOnce('Disk full.').mockResolvedValue(null);
    const saver = new Autosaver(save, (s) => states.push(s));
    saver.touch();
    expect(await saver.flush()).toBe(false);
    expect(last()).toEqual({ phase: 'failed', error: 'Disk full.' });
    expect(saver.hasUnsavedChanges()).toBe(true);
    saver.touch();
    expect(last()).toEqual({ phase: 'pending', error: 'Disk full.' }); // the reason stays until a success
    expect(await saver.flush()).toBe(true);
    expect(last()).toEqual({ phase: 'saved', error: null });
  });

  it('does not retry in a loop when saving keeps failing', async () => {
    const save = vi.fn(async () => 'Still full.');
    const saver = new Autosaver(save, (s) => states.push(s));
    saver.touch();
    expect(await saver.flush()).toBe(false);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('treats a thrown save as a failure with a generic reason', async () => {
    const saver = new Autosaver(async () => Promise.reject(new Error('boom')), (s) => states.push(s));
    saver.touch();
    expect(await saver.flush()).toBe(false);
    expect(last()?.phase).toBe('failed');
    expect(last()?.error).toMatch(/went wrong/);
  });

  it('cancel drops the pending change; settle waits for a save in flight', async () => {
    const { save, finish } = controlledSave();
    const saver = new Autosaver(save, (s) => states.push(s));
    saver.touch();
    void saver.flush();
    saver.touch();
    saver.cancel();
    let settled = false;
    const settling = saver.settle().then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(1000);
    expect(settled).toBe(false);
    finish();
    await settling;
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenCalledTimes(1);
    expect(saver.hasUnsavedChanges()).toBe(false);
  });
});

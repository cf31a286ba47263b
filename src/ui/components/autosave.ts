/**
 * Autosave scheduling for the editor, kept free of Preact so it can be unit-tested.
 *
 * Rules: a save starts `delayMs` after the last change, or at once on `flush()` (blur,
 * Back, Lock, the page being hidden). Saves never overlap: a change made while a save is
 * in flight is saved after it, so a new entry is created exactly once and later saves
 * carry its id. A failed save keeps the change marked unsaved, so the next flush retries.
 * The draft itself is never held here: `save` reads it from the component when it runs.
 */

/** Where the editor's text stands relative to what is stored. */
export type SavePhase = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

/** What the editor shows; `error` stays until a later save succeeds. */
export interface SaveState {
  phase: SavePhase;
  error: string | null;
}

/** Saves the current draft; resolves to null on success or a user-facing reason. */
export type SaveFn = () => Promise<string | null>;

/** Fallback reason when `save` throws instead of resolving to a reason. */
const UNEXPECTED = 'Something went wrong while saving.';

/** Debounced, serialised saving of one draft. */
export class Autosaver {
  private dirty = false;
  private inFlight: Promise<boolean> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private state: SaveState = { phase: 'idle', error: null };

  constructor(
    private readonly save: SaveFn,
    private readonly onState: (state: SaveState) => void,
    private readonly delayMs = 700,
  ) {}

  /** Records a change and (re)starts the debounce timer. */
  touch(): void {
    this.dirty = true;
    this.clearTimer();
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
    if (this.inFlight === null) this.emit('pending');
  }

  /** True when there is a change that has not been stored yet. */
  hasUnsavedChanges(): boolean {
    return this.dirty || this.inFlight !== null;
  }

  /** Saves now if anything is unsaved; resolves true when everything is stored. */
  async flush(): Promise<boolean> {
    this.clearTimer();
    for (;;) {
      if (this.inFlight !== null) {
        await this.inFlight;
        continue;
      }
      if (!this.dirty) return this.state.phase !== 'failed';
      this.dirty = false;
      this.inFlight = this.run();
      if (!(await this.inFlight)) return false;
    }
  }

  /** Stops the timer without saving (after a delete, or when the editor goes away). */
  cancel(): void {
    this.clearTimer();
    this.dirty = false;
  }

  /** Waits for a save already in flight, without starting one. */
  async settle(): Promise<void> {
    while (this.inFlight !== null) await this.inFlight;
  }

  private async run(): Promise<boolean> {
    this.emit('saving');
    let reason: string | null;
    try {
      reason = await this.save();
    } catch {
      reason = UNEXPECTED;
    }
    this.inFlight = null;
    if (reason === null) {
      this.state = { phase: 'saved', error: null };
      this.emit(this.dirty ? 'pending' : 'saved');
      return true;
    }
    this.dirty = true;
    this.state = { phase: 'failed', error: reason };
    this.onState(this.state);
    return false;
  }

  private emit(phase: SavePhase): void {
    this.state = { phase, error: this.state.error };
    this.onState(this.state);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}

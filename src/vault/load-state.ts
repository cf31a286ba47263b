/**
 * Where the full load of every record stands (running, done, failed) and who waits for
 * it. Kept apart from EntryIndex so "failed" is a state of its own: a read that fails after
 * the first page is reported and can be retried, instead of leaving "Loading…" on screen
 * and a backup waiting forever.
 */
export class LoadState {
  private done = false;
  private failure: unknown = null;
  private readonly waiters = new Set<{ resolve: () => void; reject: (err: unknown) => void }>();

  /** True once every record is decrypted. */
  get isLoaded(): boolean {
    return this.done;
  }

  /** Why the last attempt failed, or null (none yet, loaded, or being retried). */
  get failed(): unknown {
    return this.failure;
  }

  /** Resolves once everything is loaded; rejects if the load failed, or fails (or is cancelled) later. */
  get whenLoaded(): Promise<void> {
    if (this.done) return Promise.resolve();
    if (this.failure !== null) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => this.waiters.add({ resolve, reject }));
  }

  /** Everything is loaded. */
  finish(): void {
    this.done = true;
    this.failure = null;
    this.settle((w) => w.resolve());
  }

  /** The load failed with `err` (a storage error); whoever waits is told. */
  fail(err: unknown): void {
    if (this.done) return;
    this.failure = err;
    this.settle((w) => w.reject(err));
  }

  /** A new attempt starts: no failure to report meanwhile. */
  retrying(): void {
    this.failure = null;
  }

  private settle(each: (w: { resolve: () => void; reject: (err: unknown) => void }) => void): void {
    for (const w of this.waiters) each(w);
    this.waiters.clear();
  }
}

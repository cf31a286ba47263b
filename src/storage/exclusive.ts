/**
 * Runs a task while holding a named exclusive lock shared by every tab of Tend on this
 * device, so work that reads something and then rewrites it (the vault header, an import
 * plan) cannot interleave with the same work in another tab.
 */
export type Exclusive = <T>(name: string, task: () => Promise<T>) => Promise<T>;

/** The lock for everything that reads and rewrites the vault header (create, unlock, passphrase, recovery key). */
export const KEYS_LOCK = 'tend-vault-keys';
/** The lock for imports, so two tabs never plan a merge against each other's half-written state. */
export const IMPORT_LOCK = 'tend-vault-import';

interface LockManagerLike {
  request<T>(name: string, options: { mode: 'exclusive' }, task: () => Promise<T>): Promise<T>;
}

/** Per-name queues for where the Web Locks API is missing: this page (or test process) only. */
const queues = new Map<string, Promise<unknown>>();

/**
 * In-process mutual exclusion. Used where `navigator.locks` is absent (Node unit tests,
 * old browsers): it orders tasks within one page; across tabs the IndexedDB transactions
 * still keep every write all-or-nothing.
 */
export const localExclusive: Exclusive = (name, task) => {
  const previous = queues.get(name) ?? Promise.resolve();
  const run = previous.then(() => task());
  const tail = run.catch(() => {});
  queues.set(name, tail);
  void tail.then(() => {
    if (queues.get(name) === tail) queues.delete(name);
  });
  return run;
};

/**
 * The Web Locks API (`navigator.locks`), which every tab of the origin shares; the lock is
 * released when the task settles or the tab closes. Falls back to `localExclusive`.
 */
export const webLockExclusive: Exclusive = (name, task) => {
  const locks = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator?.locks;
  if (!locks) return localExclusive(name, task);
  return locks.request(name, { mode: 'exclusive' }, task);
};

/**
 * Every editor with unsaved text registers how to save it here, so app-wide events (an
 * update reload, a lock from elsewhere) can save first and never throw text away.
 */
type Flush = () => Promise<boolean>;

const flushers = new Set<Flush>();

/** Register a flush function; returns the unregister function. */
export function registerPendingSave(flush: Flush): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

/** Save everything pending; true when all of it is stored (or nothing was pending). */
export async function flushPendingSaves(): Promise<boolean> {
  const results = await Promise.all([...flushers].map((flush) => flush().catch(() => false)));
  return results.every(Boolean);
}

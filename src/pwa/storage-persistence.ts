/** What Settings shows about the browser's storage for Tend. */
export interface StorageStatus {
  /** True when the browser promised not to evict Tend's data under storage pressure. */
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

let asked = false;

/**
 * Ask the browser to keep Tend's data even under storage pressure (design §6). Called
 * after the first saved entry, when there is something worth keeping; asked once per
 * page load. Chromium grants it silently to installed or engaged sites; Firefox asks.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  if (asked || !navigator.storage?.persist) return false;
  asked = true;
  try {
    return await navigator.storage.persist(); // idempotent: true at once if already granted
  } catch {
    return false;
  }
}

/** Persistence and usage against quota, for Settings (null where the browser does not say). */
export async function readStorageStatus(): Promise<StorageStatus> {
  const storage = navigator.storage;
  const [persisted, estimate] = await Promise.all([
    storage?.persisted ? storage.persisted().catch(() => null) : null,
    storage?.estimate ? storage.estimate().catch(() => null) : null,
  ]);
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

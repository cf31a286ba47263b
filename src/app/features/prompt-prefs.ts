import { useEffect, useRef, useState } from 'preact/hooks';
import type { ThemeId } from '../../content/types';
import type { Doc, VaultSession } from '../../vault/types';
import { errorCode, messageFor } from '../error-messages';

/**
 * The prompt preferences: one encrypted document of type "prompt-prefs" holding the
 * rotation seed, the favourite prompt ids and the user's own prompts. Nothing of it goes
 * anywhere but through the vault. Two tabs opening prompts for the first time at once can
 * each create one; the newest wins (the other is left alone rather than risk losing data).
 */
export const PREFS_TYPE = 'prompt-prefs';

/** One of the user's own prompts. */
export interface CustomPrompt {
  id: string;
  text: string;
  theme?: ThemeId;
}

/** The stored shape. `seed` makes this vault's rotation order its own. */
export interface PromptPrefs {
  seed: number;
  favourites: string[];
  custom: CustomPrompt[];
}

/** The document's data, checked field by field (a damaged or future doc must not crash). */
export function readPrefs(data: unknown): PromptPrefs | null {
  if (typeof data !== 'object' || data === null) return null;
  const d = data as Record<string, unknown>;
  if (typeof d.seed !== 'number' || !Number.isFinite(d.seed)) return null;
  const favourites = Array.isArray(d.favourites) ? d.favourites.filter((f): f is string => typeof f === 'string') : [];
  const custom = Array.isArray(d.custom) ? d.custom.filter(isCustomPrompt) : [];
  return { seed: d.seed >>> 0, favourites, custom };
}

function isCustomPrompt(c: unknown): c is CustomPrompt {
  if (typeof c !== 'object' || c === null) return false;
  const p = c as Record<string, unknown>;
  return typeof p.id === 'string' && typeof p.text === 'string' && (p.theme === undefined || typeof p.theme === 'string');
}

/** The newest readable prefs document, with its id. */
export function newestPrefs(docs: readonly Doc<unknown>[]): { id: string; prefs: PromptPrefs } | null {
  let best: { id: string; prefs: PromptPrefs; updated: number } | null = null;
  for (const doc of docs) {
    const prefs = readPrefs(doc.data);
    if (prefs && (best === null || doc.updated > best.updated)) best = { id: doc.id, prefs, updated: doc.updated };
  }
  return best && { id: best.id, prefs: best.prefs };
}

/** A fresh 32-bit seed from the platform's CSPRNG. */
function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
}

/** What the prompt screens get: the prefs (null while loading), a failure, and a writer. */
export interface PromptPrefsState {
  prefs: PromptPrefs | null;
  error: string | null;
  busy: boolean;
  /** Applies `change` to the latest prefs and stores them; resolves true once stored. */
  update: (change: (prefs: PromptPrefs) => PromptPrefs) => Promise<boolean>;
}

/**
 * Reads the prefs document, creating it with a random seed on first use (only once the
 * background load has finished, so an existing one is never missed). Writes run one at a
 * time, each on top of the previous, so quick taps never overwrite one another; each is
 * applied to the freshest stored version, so another tab's changes are kept too.
 */
export function usePromptPrefs(session: VaultSession): PromptPrefsState {
  const [, setVersion] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(0);
  const [unsaved, setUnsaved] = useState<PromptPrefs | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const creating = useRef(false);
  useEffect(() => session.subscribe(() => setVersion((v) => v + 1)), [session]);

  const loaded = safely(() => session.isFullyLoaded(), false);
  const stored = loaded ? safely(() => newestPrefs(session.docs<unknown>(PREFS_TYPE)), null) : null;

  const settle = (write: Promise<unknown>) =>
    write.then(
      () => (setError(null), true),
      (err: unknown) => (errorCode(err) !== 'locked' && setError(messageFor(err)), false),
    );
  const store = (next: PromptPrefs) => settle(session.putDoc(PREFS_TYPE, next));

  useEffect(() => {
    if (!loaded || stored !== null || creating.current) return;
    creating.current = true;
    const fresh: PromptPrefs = { seed: randomSeed(), favourites: [], custom: [] };
    // If it cannot be stored, the rotation still works for this visit from memory.
    void store(fresh).then((ok) => ok || setUnsaved(fresh));
  });

  const update = (change: (prefs: PromptPrefs) => PromptPrefs): Promise<boolean> => {
    setPending((n) => n + 1);
    const run = queue.current.then(async () => {
      const write = writePrefsChange(session, change, unsaved);
      return write === null ? false : settle(write);
    });
    queue.current = run;
    return run.finally(() => setPending((n) => n - 1));
  };
  return { prefs: stored?.prefs ?? unsaved, error, busy: pending > 0, update };
}

/**
 * Stores `change` applied to the prefs as stored RIGHT NOW, not as this tab last saw them:
 * another tab may have added a prompt since, and its addition must survive this one
 * (vault `updateDoc`). `unsaved` is the in-memory prefs when none could be stored yet.
 * Null when there is nothing to change yet (still loading).
 */
export function writePrefsChange(
  session: VaultSession,
  change: (prefs: PromptPrefs) => PromptPrefs,
  unsaved: PromptPrefs | null,
): Promise<Doc<PromptPrefs>> | null {
  const latest = safely(() => newestPrefs(session.docs<unknown>(PREFS_TYPE)), null);
  const fallback = latest?.prefs ?? unsaved;
  if (fallback === null) return null;
  return session.updateDoc(PREFS_TYPE, latest?.id, (current) => change(readPrefs(current) ?? fallback));
}

/** Runs a session read; a locked session (or any failure) gives the fallback instead. */
function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

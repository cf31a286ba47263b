import { useRef, useState } from 'preact/hooks';
import type { Entry, EntryDraft, VaultSession } from '../vault/types';
import { messageFor } from './error-messages';
import type { FeatureId, FeatureReturn } from './features/feature-context';
import { takeLaunchAction } from './launch-action';
import { promptById } from '../content/prompts';
import type { Section } from './AppShell';

/** Which unlocked screen is showing, with what it needs; one value so a switch is one render. */
export type View =
  /** `focus`: the entry to give focus to on arrival (the one just left in the editor). */
  | { kind: 'list'; focus?: string }
  | { kind: 'editor'; entry: Entry | null; key: number; seed?: EntryDraft; followUps?: string[]; back?: FeatureReturn }
  | { kind: 'feature'; feature: FeatureId; params?: unknown; key: number }
  | { kind: 'settings' }
  | { kind: 'kit'; recoveryKey: string };

/** Runs a vault call; resolves null on success or the reason in words for the user. */
export async function attempt(action: () => Promise<unknown>, wrongPassphrase?: string): Promise<string | null> {
  try {
    await action();
    return null;
  } catch (err) {
    return messageFor(err, wrongPassphrase ? { 'wrong-passphrase': wrongPassphrase } : {});
  }
}

/** A library prompt's follow-up questions, shown again when its answer is reopened. */
function followUpsFor(entry: Entry): string[] | undefined {
  return entry.source?.kind === 'prompt' ? promptById(entry.source.id)?.followUps : undefined;
}

/** The first view after unlock: the list, or what a home-screen shortcut asked for. */
function firstView(): View {
  const action = takeLaunchAction();
  if (action === 'new-entry') return { kind: 'editor', entry: null, key: 0 };
  if (action === 'daily-prompt') return { kind: 'feature', feature: 'prompts', key: 0 };
  return { kind: 'list' };
}

/** Navigation and list actions: which screen, the undo-able delete, and list-level errors. */
export function useJournal(session: VaultSession, lockNow: () => void) {
  const [view, setView] = useState<View>(firstView);
  const [deleted, setDeleted] = useState<Entry | null>(null);
  const [error, setError] = useState<string | null>(null);
  const editors = useRef(0);
  // The entry open in the editor (set once a new one is first saved), for focus and aria-current.
  const current = useRef<string | null>(null);

  const toList = () => {
    setError(null);
    setView({ kind: 'list' });
  };
  const edit = async (id: string | null, back?: FeatureReturn) => {
    setDeleted(null);
    const key = ++editors.current;
    current.current = id;
    if (id === null) return setView({ kind: 'editor', entry: null, key });
    const failure = await attempt(async () => {
      const entry = await session.getEntry(id);
      // Template entries open in their own form, section by section.
      if (entry.sections) setView({ kind: 'feature', feature: 'templates', params: { entryId: id }, key });
      else setView({ kind: 'editor', entry, key, followUps: followUpsFor(entry), back });
    });
    setError(failure);
  };
  const go = (feature: FeatureId, params?: unknown) => {
    setDeleted(null);
    setView({ kind: 'feature', feature, params, key: ++editors.current });
  };
  const start = (seed: EntryDraft, followUps?: string[]) => {
    current.current = null;
    setView({ kind: 'editor', entry: null, key: ++editors.current, seed, followUps });
  };
  /** Editor → list, handing focus back to the entry just left. */
  const back = () => {
    setError(null);
    setView({ kind: 'list', focus: current.current ?? undefined });
  };
  /** A main-navigation choice (the shell has saved any open text first). */
  const navigate = (section: Section) => {
    if (section === 'journal') toList();
    else if (section === 'settings') setView({ kind: 'settings' });
    else go(section as FeatureId);
  };
  const remove = (id: string) =>
    attempt(async () => {
      setDeleted(await session.deleteEntry(id));
      toList();
    });
  const undo = async (entry: Entry) => {
    setDeleted(null);
    setError(await attempt(() => session.restoreEntry(entry)));
  };
  const newRecoveryKey = () =>
    attempt(async () => setView({ kind: 'kit', recoveryKey: await session.regenerateRecoveryKey() }));
  const lock = lockNow;
  return { view, setView, deleted, error, toList, edit, go, start, remove, undo, newRecoveryKey, lock, current, back, navigate };
}

/** What useJournal hands the screens. */
export type Journal = ReturnType<typeof useJournal>;

import { useEffect, useState } from 'preact/hooks';
import type { Entry, EntryDraft, EntrySummary, VaultSession } from '../vault/types';
import { EditorScreen, type SaveOutcome } from '../ui/screens/EditorScreen';
import { EmergencyKitScreen } from '../ui/screens/EmergencyKitScreen';
import { JournalScreen } from '../ui/screens/JournalScreen';
import { SettingsScreen } from '../ui/screens/SettingsScreen';
import { LockButton, Toolbar } from '../ui/components/Toolbar';
import { errorCode, messageFor } from './error-messages';

/** Props: the open session, and what to do once it has been locked. */
export interface UnlockedAppProps {
  session: VaultSession;
  onLocked: () => void;
}

type View =
  | { kind: 'list' }
  | { kind: 'editor'; entry: Entry | null; key: number }
  | { kind: 'settings' }
  | { kind: 'kit'; recoveryKey: string };

/**
 * Re-renders whenever the session reports a change to the list. The session also notifies
 * when it is locked (from here or anywhere else); then the list throws 'locked' and we
 * hand back to the lock screen.
 */
function useSessionVersion(session: VaultSession, onLocked: () => void): number {
  const [version, setVersion] = useState(0);
  useEffect(
    () =>
      session.subscribe(() => {
        if (listOrNull(session) === null) onLocked();
        else setVersion((v) => v + 1);
      }),
    [session],
  );
  return version;
}

/** The entry list, or null once the session has been locked. */
function listOrNull(session: VaultSession): EntrySummary[] | null {
  try {
    return session.listEntries();
  } catch (err) {
    if (errorCode(err) === 'locked') return null;
    throw err;
  }
}

/** Calls the vault for the editor and turns failures into words. */
async function saveDraft(session: VaultSession, draft: EntryDraft): Promise<SaveOutcome> {
  try {
    return { ok: true, entry: await session.saveEntry(draft) };
  } catch (err) {
    return { ok: false, message: messageFor(err) };
  }
}

/** Calls the vault for a settings action; resolves null on success or a reason. */
async function attempt(action: () => Promise<unknown>, wrongPassphrase?: string): Promise<string | null> {
  try {
    await action();
    return null;
  } catch (err) {
    return messageFor(err, wrongPassphrase ? { 'wrong-passphrase': wrongPassphrase } : {});
  }
}

/**
 * The unlocked journal: list, editor, settings, and the emergency kit for a new recovery
 * key. Loaded lazily with the vault. Locking drops the session and everything decrypted.
 */
export function UnlockedApp({ session, onLocked }: UnlockedAppProps) {
  useSessionVersion(session, onLocked);
  const [view, setView] = useState<View>({ kind: 'list' });
  const [deleted, setDeleted] = useState<Entry | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [serial, setSerial] = useState(0);

  const lock = () => {
    session.lock();
    onLocked();
  };
  const toList = () => {
    setError(null);
    setView({ kind: 'list' });
  };
  const edit = async (id: string | null) => {
    setDeleted(null);
    setSerial(serial + 1);
    if (id === null) return setView({ kind: 'editor', entry: null, key: serial });
    try {
      setView({ kind: 'editor', entry: await session.getEntry(id), key: serial });
    } catch (err) {
      setError(messageFor(err));
    }
  };
  const remove = async (id: string) => {
    try {
      setDeleted(await session.deleteEntry(id));
      toList();
      return null;
    } catch (err) {
      return messageFor(err);
    }
  };
  const undo = async (entry: Entry) => {
    setDeleted(null);
    try {
      await session.restoreEntry(entry);
    } catch (err) {
      setError(messageFor(err));
    }
  };

  switch (view.kind) {
    case 'editor':
      return (
        <EditorScreen
          key={view.key}
          entry={view.entry}
          save={(draft) => saveDraft(session, draft)}
          remove={remove}
          onBack={toList}
          onLock={lock}
        />
      );
    case 'settings':
      return (
        <SettingsScreen
          version={__TEND_VERSION__}
          buildId={__TEND_BUILD_ID__}
          changePassphrase={(current, next) =>
            attempt(() => session.changePassphrase(current, next), 'That isn’t your current passphrase. Check caps lock and try again.')
          }
          newRecoveryKey={async () => {
            try {
              setView({ kind: 'kit', recoveryKey: await session.regenerateRecoveryKey() });
              return null;
            } catch (err) {
              return messageFor(err);
            }
          }}
          onBack={toList}
          onLock={lock}
        />
      );
    case 'kit':
      return (
        <EmergencyKitScreen
          recoveryKey={view.recoveryKey}
          onDone={() => setView({ kind: 'settings' })}
          toolbar={<Toolbar end={<LockButton onClick={lock} />} />}
        />
      );
    case 'list':
      return (
        <JournalScreen
          entries={listOrNull(session) ?? []}
          fullyLoaded={session.isFullyLoaded()}
          error={error}
          notice={deleted && <UndoNotice onUndo={() => void undo(deleted)} />}
          onNew={() => void edit(null)}
          onOpen={(id) => void edit(id)}
          onSettings={() => setView({ kind: 'settings' })}
          onLock={lock}
        />
      );
  }
}

/** "Entry deleted" with a way back, shown on the list right after a delete. */
function UndoNotice({ onUndo }: { onUndo: () => void }) {
  return (
    <p class="notice">
      Entry deleted.{' '}
      <button type="button" class="link" onClick={onUndo}>
        Undo
      </button>
    </p>
  );
}

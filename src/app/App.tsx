import { useEffect, useRef, useState } from 'preact/hooks';
import type { UnlockProgress, VaultGate, VaultSession } from '../vault/types';
import { IosInstallHint } from '../pwa/IosInstallHint';
import { installScriptUrlPolicy } from '../pwa/trusted-types';
import { UpdatePrompt } from '../pwa/UpdatePrompt';
import { Banner } from '../ui/components/Banner';
import { flushPendingSaves } from '../ui/components/pending-saves';
import { EmergencyKitScreen } from '../ui/screens/EmergencyKitScreen';
import { SetupScreen } from '../ui/screens/SetupScreen';
import { RestoreScreen } from '../ui/screens/RestoreScreen';
import { SupportScreen } from '../ui/screens/SupportScreen';
import {
  LoadFailedScreen,
  StartFailedScreen,
  StartingScreen,
  StorageBlockedScreen,
  StorageStalledScreen,
  StorageUnavailableScreen,
} from '../ui/screens/StartupScreens';
import { UnlockScreen, type UnlockMethod } from '../ui/screens/UnlockScreen';
import { errorCode, messageFor, UNEXPECTED_MESSAGE } from './error-messages';
import './launch-action';

type Chunk = typeof import('./journal-chunk');

// Before anything can start a worker or register the service worker: under the CSP's
// `require-trusted-types-for 'script'` they need the policy (src/pwa/trusted-types.ts).
installScriptUrlPolicy();

/**
 * Started at module scope, not on first render: the vault and journal screens download
 * while the browser parses and paints this shell. Settled into a result so a failed load
 * is never an unhandled rejection; App shows a message for it instead of a blank page.
 */
const journalChunk: Promise<Chunk | null> = import('./journal-chunk').catch(() => null);

/** Every state the app can be in; none of it is ever reflected in the URL. */
type View =
  | { kind: 'starting' }
  | { kind: 'load-failed' }
  | { kind: 'storage-unavailable' }
  /** Opening waits for another tab that still holds the database at an older version. */
  | { kind: 'storage-blocked' }
  /** Opening has taken far longer than it should, with no word from the browser. */
  | { kind: 'storage-stalled' }
  | { kind: 'start-failed'; message: string }
  | { kind: 'setup'; busy: boolean; error: string | null }
  | { kind: 'kit'; session: VaultSession; recoveryKey: string }
  | { kind: 'unlock'; busy: boolean; progress: UnlockProgress | null; error: string | null }
  | { kind: 'unlocked'; session: VaultSession }
  /** First run from a backup file (a new device, or after the browser lost its data). */
  | { kind: 'restore' }
  /** "Need support now", opened from a locked screen; Back returns to `back`. */
  | { kind: 'support'; back: View };

type UnlockView = Extract<View, { kind: 'unlock' }>;
const UNLOCK: UnlockView = { kind: 'unlock', busy: false, progress: null, error: null };

/**
 * After this long without the database opening (and no word from the browser), say so
 * rather than show "Opening…" forever: some private modes never answer at all. The app
 * keeps waiting and moves on by itself if the database does open.
 */
const OPEN_STALL_MS = 8000;

/**
 * How long an open may be blocked by another tab before this one says so. During a normal
 * update the other tab saves its drafts and lets go within a moment; asking the person to
 * close their tabs for that moment would be a false alarm.
 */
const BLOCKED_GRACE_MS = 1500;

/** Words for a start that failed, where the generic ones would talk about unsaved text. */
const START_FAILED_WORDS = {
  'quota-exceeded': 'Your device is out of space, so Tend can’t open your journal. Free some space on this device, then reload.',
  'storage-failed': 'This browser’s storage didn’t answer as expected. Your journal hasn’t been changed. Reload the page to try again.',
} as const;

/** Waits for the chunk, opens the gate and asks whether a journal exists yet. */
async function start(onWaiting: (why: 'storage-blocked' | 'storage-stalled') => void): Promise<{ view: View; gate?: VaultGate; chunk?: Chunk }> {
  const chunk = await journalChunk;
  if (chunk === null) return { view: { kind: 'load-failed' } };
  const stall = setTimeout(() => onWaiting('storage-stalled'), OPEN_STALL_MS);
  let blocked: ReturnType<typeof setTimeout> | undefined;
  const onBlocked = () => (blocked ??= setTimeout(() => onWaiting('storage-blocked'), BLOCKED_GRACE_MS));
  try {
    const gate = await chunk.openVaultGate({ onBlocked });
    clearTimeout(stall);
    const status = await gate.status();
    const view: View = status === 'none' ? { kind: 'setup', busy: false, error: null } : UNLOCK;
    return { view, gate, chunk };
  } catch (err) {
    if (errorCode(err) === 'storage-unavailable') return { view: { kind: 'storage-unavailable' } };
    return { view: { kind: 'start-failed', message: messageFor(err, START_FAILED_WORDS) } };
  } finally {
    clearTimeout(stall);
    clearTimeout(blocked);
  }
}

/** How a database closed by another tab's upgrade left this one: were the drafts saved first? */
type StorageClosed = null | 'saved' | 'unsaved';

/** Creates the vault; on success the emergency kit comes next, before the journal. */
async function createVault(gate: VaultGate, passphrase: string, setView: (v: View) => void) {
  setView({ kind: 'setup', busy: true, error: null });
  try {
    const { session, recoveryKey } = await gate.create(passphrase);
    setView({ kind: 'kit', session, recoveryKey });
  } catch (err) {
    // Another tab may have set up a journal meanwhile: then unlock that one instead.
    if (errorCode(err) === 'vault-exists') return setView({ ...UNLOCK, error: messageFor(err) });
    const error = messageFor(err, {
      'quota-exceeded':
        'Your device is out of space, so Tend could not set up your journal. Free some space, then try again.',
    });
    setView({ kind: 'setup', busy: false, error });
  }
}

const READ_FAILED = 'Tend couldn’t read your journal from this browser’s storage just now. Nothing was changed. Try again, or reload the page.';

/** Unlocks with either secret, reporting progress to the lock screen. */
async function unlockVault(gate: VaultGate, secret: string, method: UnlockMethod, setView: (v: View) => void) {
  const onProgress = (progress: UnlockProgress) => setView({ ...UNLOCK, busy: true, progress });
  onProgress({ phase: 'deriving' });
  try {
    const session =
      method === 'passphrase'
        ? await gate.unlockWithPassphrase(secret, onProgress)
        : await gate.unlockWithRecoveryKey(secret, onProgress);
    setView({ kind: 'unlocked', session });
  } catch (err) {
    setView({ ...UNLOCK, error: messageFor(err, { 'storage-failed': READ_FAILED }) });
  }
}

const reload = () => location.reload();

/** The composition root: which screen shows, and the vault calls behind the locked ones. */
export function App() {
  const [view, setView] = useState<View>({ kind: 'starting' });
  const [storageClosed, setStorageClosed] = useState<StorageClosed>(null);
  const gate = useRef<VaultGate | null>(null);
  const chunk = useRef<Chunk | null>(null);

  useEffect(() => {
    const unsubscribe: (() => void)[] = [];
    // Blocked beats stalled: it names the cause. Either gives way to the real view.
    const waiting = (why: 'storage-blocked' | 'storage-stalled') =>
      setView((v) => (v.kind === 'starting' || (v.kind === 'storage-stalled' && why === 'storage-blocked') ? { kind: why } : v));
    void start(waiting).then((r) => {
      gate.current = r.gate ?? null;
      chunk.current = r.chunk ?? null;
      if (r.gate) {
        // Another tab is upgrading Tend: save every draft while saving still works, and only
        // then let the connection close and tell the user (design §6).
        // Not "saved" until the flush says so: a save still running at close did not make it.
        let saved = true;
        unsubscribe.push(
          r.gate.beforeStorageCloses(async () => {
            saved = false;
            saved = await flushPendingSaves();
          }),
        );
        unsubscribe.push(r.gate.onStorageClosed(() => setStorageClosed(saved ? 'saved' : 'unsaved')));
      }
      setView(r.view);
    });
    return () => unsubscribe.forEach((u) => u());
  }, []);

  const actions: Actions = {
    create: (passphrase) => gate.current && void createVault(gate.current, passphrase, setView),
    unlock: (secret, method) => gate.current && void unlockVault(gate.current, secret, method, setView),
    locked: () => setView(UNLOCK),
    setView,
    gate: () => gate.current,
  };
  return (
    <>
      <UpdatePrompt saveDrafts={flushPendingSaves} />
      <IosInstallHint />
      {storageClosed && (
        <Banner actionLabel="Reload" onAction={reload}>
          {storageClosed === 'saved'
            ? 'Tend was updated in another tab, so this tab can’t save any more. What you were writing was saved first. Reload this tab to carry on.'
            : 'Tend was updated in another tab, so this tab can’t save any more, and your latest changes could not be saved. Copy your text somewhere safe, then reload this tab.'}
        </Banner>
      )}
      <ViewFor view={view} chunk={chunk.current} actions={actions} />
    </>
  );
}

interface Actions {
  create: (passphrase: string) => void;
  unlock: (secret: string, method: UnlockMethod) => void;
  locked: () => void;
  setView: (v: View) => void;
  gate: () => VaultGate | null;
}

type BackupContents = Awaited<ReturnType<typeof import('./backup-actions').openBackupFile>>;

/** "Restore from a backup" on first run: check the file first, then create and merge. */
function RestoreView({ actions }: { actions: Actions }) {
  const contents = useRef<BackupContents | null>(null);
  const SETUP: View = { kind: 'setup', busy: false, error: null };
  return (
    <RestoreScreen
      onBack={() => actions.setView(SETUP)}
      open={async (file, passphrase, onProgress) => {
        const backup = await import('./backup-actions');
        try {
          const c = (contents.current = await backup.openBackupFile(file, passphrase, onProgress));
          const n = c.entries.length === 1 ? '1 entry' : `${c.entries.length} entries`;
          return { ok: true, summary: `The backup opened and checks out: ${n}, saved ${c.manifest.created.slice(0, 10)}.` };
        } catch (err) {
          return { ok: false, message: backup.backupWords(err) };
        }
      }}
      restore={async (passphrase) => {
        const gate = actions.gate();
        if (!gate || !contents.current) return UNEXPECTED_MESSAGE;
        try {
          const { restoreNewVault } = await import('./backup-actions');
          const { session, recoveryKey } = await restoreNewVault(gate, contents.current, passphrase);
          contents.current = null;
          actions.setView({ kind: 'kit', session, recoveryKey });
          return null;
        } catch (err) {
          return messageFor(err);
        }
      }}
    />
  );
}

/** Renders the screen for the current view. */
function ViewFor({ view, chunk, actions }: { view: View; chunk: Chunk | null; actions: Actions }) {
  switch (view.kind) {
    case 'starting':
      return <StartingScreen />;
    case 'load-failed':
      return <LoadFailedScreen onReload={reload} />;
    case 'storage-unavailable':
      return <StorageUnavailableScreen />;
    case 'storage-blocked':
      return <StorageBlockedScreen />;
    case 'storage-stalled':
      return <StorageStalledScreen onReload={reload} />;
    case 'start-failed':
      return <StartFailedScreen message={view.message} onReload={reload} />;
    case 'setup':
      return (
        <SetupScreen
          busy={view.busy}
          error={view.error}
          onCreate={actions.create}
          onSupport={() => actions.setView({ kind: 'support', back: { kind: 'setup', busy: false, error: null } })}
          onRestore={() => actions.setView({ kind: 'restore' })}
        />
      );
    case 'restore':
      return <RestoreView actions={actions} />;
    case 'kit':
      return (
        <EmergencyKitScreen
          recoveryKey={view.recoveryKey}
          onDone={() => actions.setView({ kind: 'unlocked', session: view.session })}
        />
      );
    case 'unlock':
      return (
        <UnlockScreen
          busy={view.busy}
          progress={view.progress}
          error={view.error}
          onUnlock={actions.unlock}
          onSupport={() => actions.setView({ kind: 'support', back: UNLOCK })}
        />
      );
    case 'support':
      return <SupportScreen onBack={() => actions.setView(view.back)} />;
    case 'unlocked':
      if (chunk === null) return <LoadFailedScreen onReload={reload} />;
      return <chunk.UnlockedApp session={view.session} onLocked={actions.locked} />;
  }
}

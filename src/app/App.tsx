import { useEffect, useRef, useState } from 'preact/hooks';
import type { UnlockProgress, VaultGate, VaultSession } from '../vault/types';
import { EmergencyKitScreen } from '../ui/screens/EmergencyKitScreen';
import { MessageScreen } from '../ui/screens/MessageScreen';
import { SetupScreen } from '../ui/screens/SetupScreen';
import { UnlockScreen, type UnlockMethod } from '../ui/screens/UnlockScreen';
import { errorCode, messageFor } from './error-messages';

type Chunk = typeof import('./journal-chunk');

/**
 * Started at module scope, not on first render: the vault and journal screens download
 * while the browser parses and paints this shell. Settled into a result so a failed load
 * is never an unhandled rejection; App shows a message for it instead of a blank page.
 */
const journalChunk: Promise<{ ok: true; chunk: Chunk } | { ok: false }> = import('./journal-chunk').then(
  (chunk) => ({ ok: true as const, chunk }),
  () => ({ ok: false as const }),
);

/** Every state the app can be in; none of it is ever reflected in the URL. */
type View =
  | { kind: 'starting' }
  | { kind: 'load-failed' }
  | { kind: 'storage-unavailable' }
  | { kind: 'start-failed'; message: string }
  | { kind: 'setup'; busy: boolean; error: string | null }
  | { kind: 'kit'; session: VaultSession; recoveryKey: string }
  | { kind: 'unlock'; busy: boolean; progress: UnlockProgress | null; error: string | null }
  | { kind: 'unlocked'; session: VaultSession };

/** Waits for the chunk, opens the gate and asks whether a journal exists yet. */
async function start(): Promise<{ view: View; gate?: VaultGate; chunk?: Chunk }> {
  const loaded = await journalChunk;
  if (!loaded.ok) return { view: { kind: 'load-failed' } };
  try {
    const gate = await loaded.chunk.openVaultGate();
    const status = await gate.status();
    const view: View =
      status === 'none'
        ? { kind: 'setup', busy: false, error: null }
        : { kind: 'unlock', busy: false, progress: null, error: null };
    return { view, gate, chunk: loaded.chunk };
  } catch (err) {
    if (errorCode(err) === 'storage-unavailable') return { view: { kind: 'storage-unavailable' } };
    return { view: { kind: 'start-failed', message: messageFor(err) } };
  }
}

/** The composition root: which screen shows, and the vault calls behind the locked ones. */
export function App() {
  const [view, setView] = useState<View>({ kind: 'starting' });
  const gate = useRef<VaultGate | null>(null);
  const chunk = useRef<Chunk | null>(null);

  useEffect(() => {
    void start().then((r) => {
      gate.current = r.gate ?? null;
      chunk.current = r.chunk ?? null;
      setView(r.view);
    });
  }, []);

  const create = async (passphrase: string) => {
    if (!gate.current) return;
    setView({ kind: 'setup', busy: true, error: null });
    try {
      const { session, recoveryKey } = await gate.current.create(passphrase);
      setView({ kind: 'kit', session, recoveryKey });
    } catch (err) {
      if (errorCode(err) === 'vault-exists') {
        // Another tab set up a journal meanwhile: unlock that one instead.
        setView({ kind: 'unlock', busy: false, progress: null, error: messageFor(err) });
        return;
      }
      const error = messageFor(err, {
        'quota-exceeded': 'Your device is out of space, so Tend could not set up your journal. Free some space, then try again.',
      });
      setView({ kind: 'setup', busy: false, error });
    }
  };

  const unlock = async (secret: string, method: UnlockMethod) => {
    const g = gate.current;
    if (!g) return;
    const onProgress = (progress: UnlockProgress) =>
      setView({ kind: 'unlock', busy: true, progress, error: null });
    onProgress({ phase: 'deriving' });
    try {
      const session =
        method === 'passphrase'
          ? await g.unlockWithPassphrase(secret, onProgress)
          : await g.unlockWithRecoveryKey(secret, onProgress);
      setView({ kind: 'unlocked', session });
    } catch (err) {
      setView({ kind: 'unlock', busy: false, progress: null, error: messageFor(err) });
    }
  };

  const locked = () => setView({ kind: 'unlock', busy: false, progress: null, error: null });

  return <ViewFor view={view} chunk={chunk.current} create={create} unlock={unlock} locked={locked} setView={setView} />;
}

interface ViewForProps {
  view: View;
  chunk: Chunk | null;
  create: (passphrase: string) => void;
  unlock: (secret: string, method: UnlockMethod) => void;
  locked: () => void;
  setView: (v: View) => void;
}

/** Renders the screen for the current view. */
function ViewFor({ view, chunk, create, unlock, locked, setView }: ViewForProps) {
  switch (view.kind) {
    case 'starting':
      return <Starting />;
    case 'load-failed':
      return <LoadFailed />;
    case 'storage-unavailable':
      return <StorageUnavailable />;
    case 'start-failed':
      return (
        <MessageScreen title="Tend couldn’t open" actionLabel="Reload" onAction={() => location.reload()}>
          <p>{view.message}</p>
        </MessageScreen>
      );
    case 'setup':
      return <SetupScreen busy={view.busy} error={view.error} onCreate={create} />;
    case 'kit':
      return (
        <EmergencyKitScreen
          recoveryKey={view.recoveryKey}
          onDone={() => setView({ kind: 'unlocked', session: view.session })}
        />
      );
    case 'unlock':
      return <UnlockScreen busy={view.busy} progress={view.progress} error={view.error} onUnlock={unlock} />;
    case 'unlocked':
      return chunk ? <chunk.UnlockedApp session={view.session} onLocked={locked} /> : <LoadFailed />;
  }
}

/** Shown for the moment the vault chunk takes to arrive; the text fades in only if it is slow. */
function Starting() {
  return (
    <MessageScreen title="Tend">
      <p class="starting" role="status">
        Opening…
      </p>
    </MessageScreen>
  );
}

/** The lazy chunk did not load (offline before the first full visit, or a broken update). */
function LoadFailed() {
  return (
    <MessageScreen title="Tend couldn’t load" actionLabel="Reload" onAction={() => location.reload()}>
      <p>
        Part of Tend didn’t load, so your journal can’t be opened yet. Your entries are safe on
        this device. Check your connection if this is your first visit, then reload.
      </p>
    </MessageScreen>
  );
}

/** Private browsing or disabled storage: Tend cannot work, and says why. */
function StorageUnavailable() {
  return (
    <MessageScreen title="Tend can’t store your journal here">
      <p>
        This browser window can’t store data. This usually means private browsing is on, or
        site storage is turned off in your browser settings.
      </p>
      <p>
        Tend keeps your journal only on this device, so it needs storage to work. Open Tend in
        a normal window, or allow storage for this site, then reload the page.
      </p>
    </MessageScreen>
  );
}

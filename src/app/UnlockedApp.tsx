import { useEffect, useMemo, useState } from 'preact/hooks';
import type { EntrySummary, VaultSession } from '../vault/types';
import { rankedTags } from '../ui/components/tag-list';
import { LockButton, Toolbar } from '../ui/components/Toolbar';
import { EditorScreen } from '../ui/screens/EditorScreen';
import { EmergencyKitScreen } from '../ui/screens/EmergencyKitScreen';
import { JournalScreen } from '../ui/screens/JournalScreen';
import { OnThisDayCard } from '../ui/screens/OnThisDay';
import { dayKey } from '../ui/components/local-days';
import { NO_SEARCH } from '../ui/screens/SearchResults';
import { SettingsScreen } from '../ui/screens/SettingsScreen';
import { BackupNudge } from '../ui/screens/BackupSettings';
import { backupOffer, backupState, backUpNow, exportPlain, importBackup } from './backup-actions';
import { errorCode } from './error-messages';
import { useInstallPrompt } from '../pwa/install';
import { readStorageStatus, requestPersistentStorage, type StorageStatus } from '../pwa/storage-persistence';
import type { FeatureContext } from './features/feature-context';
import { FEATURES } from './features/registry';
import { PanicContext } from '../ui/components/PanicButton';
import { useLocking, type Locking } from './use-locking';
import { ConflictNotice } from '../ui/components/ConflictNotice';
import { onSaveConflict, trackedSave } from './entry-saver';
import { ShortcutsDialog } from '../ui/components/ShortcutsDialog';
import { ariaKeyShortcuts, shortcutHelp } from './shortcuts';
import { useAppShortcuts } from './use-shortcuts';
import { AppShell } from './AppShell';
import { attempt, useJournal, type Journal } from './use-journal';
import { useThemeChoice } from './theme';
import { JournalPane } from '../ui/screens/JournalPane';
import { useMediaQuery, WIDE_QUERY } from '../ui/components/use-media-query';
import { flushPendingSaves } from '../ui/components/pending-saves';

/** Focuses the journal list's search field when it is on screen (for the "/" and Ctrl+K keys). */
function focusSearchNow(): boolean {
  const field = document.querySelector<HTMLInputElement>('.search-bar input[type="search"]');
  field?.focus();
  return field !== null;
}

/** Props: the open session, and what to do once it has been locked. */
export interface UnlockedAppProps {
  session: VaultSession;
  onLocked: () => void;
}


const LOAD_FAILED =
  'Tend couldn’t read your older entries from this browser’s storage, so only the newest are shown. Nothing is lost: they are still stored on this device. Try again, or lock Tend and unlock it.';

const WRONG_CURRENT = 'That isn’t your current passphrase. Check caps lock and try again.';

/** The entry list, or null once the session has been locked. */
function listOrNull(session: VaultSession): EntrySummary[] | null {
  try {
    return session.listEntries();
  } catch (err) {
    if (errorCode(err) === 'locked') return null;
    throw err;
  }
}

/**
 * Re-renders whenever the session reports a change to the list. The session also notifies
 * when it is locked (from here or anywhere else); then the list throws 'locked' and we
 * hand back to the lock screen.
 */
function useSessionUpdates(session: VaultSession, onLocked: () => void): void {
  const [, setVersion] = useState(0);
  useEffect(() => {
    const refresh = () => {
      if (listOrNull(session) === null) onLocked();
      else setVersion((v) => v + 1);
    };
    const unsubscribe = session.subscribe(refresh);
    // The background load may have finished between the first render and this effect.
    refresh();
    return unsubscribe;
  }, [session]);
}

/** Reads storage persistence and usage whenever Settings opens. */
function useStorageStatus(active: boolean): StorageStatus | null {
  const [status, setStatus] = useState<StorageStatus | null>(null);
  useEffect(() => {
    if (!active) return;
    let live = true;
    void readStorageStatus().then((s) => live && setStatus(s));
    return () => {
      live = false;
    };
  }, [active]);
  return status;
}


/** Something worth keeping now exists: ask the browser not to evict it (design §6). */
const persist = () => void requestPersistentStorage();

/** The notice for a save that another tab turned into a separate entry; stays until dismissed. */
function useConflictNotice(): [string | null, () => void] {
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => onSaveConflict(setNotice), []);
  return [notice, () => setNotice(null)];
}

type AppKeys = ReturnType<typeof useAppShortcuts>;

/**
 * The unlocked journal: list, editor, settings, and the emergency kit for a new recovery
 * key. Loaded lazily with the vault. Locking drops the session and everything decrypted.
 */
export function UnlockedApp({ session, onLocked }: UnlockedAppProps) {
  useSessionUpdates(session, onLocked);
  const locking = useLocking(session, onLocked);
  const j = useJournal(session, locking.lock);
  const [notice, dismissNotice] = useConflictNotice();
  const keys = useAppShortcuts({ newEntry: () => void j.edit(null), toList: j.toList, onList: j.view.kind === 'list', focusSearchNow });
  return (
    <PanicContext.Provider value={locking.panic}>
      <ConflictNotice message={notice} onDismiss={dismissNotice} />
      <AppShell view={j.view} onNavigate={j.navigate}>
        <UnlockedView session={session} j={j} locking={locking} keys={keys} />
      </AppShell>
      {keys.helpOpen && <ShortcutsDialog shortcuts={shortcutHelp(keys.apple)} onClose={keys.closeHelp} />}
    </PanicContext.Provider>
  );
}

/** The current unlocked screen. */
function UnlockedView({ session, j, locking, keys }: { session: VaultSession; j: Journal; locking: Locking; keys: AppKeys }) {
  const { view } = j;
  // The list's theme filter, kept here so it survives opening an entry and coming back.
  const [theme, setTheme] = useState('');
  // The search as typed, for the same reason; dropped with this view on lock.
  const [find, setFind] = useState(NO_SEARCH);
  // The day "On this day" was put away for (in memory only, so it returns tomorrow or after unlock).
  const [quietDay, setQuietDay] = useState<string | null>(null);
  const storage = useStorageStatus(view.kind === 'settings');
  const install = useInstallPrompt();
  const list = listOrNull(session);
  // The journal's tags for the editor's suggestions; the list is a new array only after a change.
  const tags = useMemo(() => rankedTags(list ?? []), [list]);
  // One tracker per editor view: its saves are checked against the version it opened.
  const editorSave = useMemo(() => trackedSave(session, view.kind === 'editor' ? view.entry : null, persist), [session, view]);
  const [colourTheme, setColourTheme] = useThemeChoice();
  // From 1024 px the journal list stays beside the editor.
  const wide = useMediaQuery(WIDE_QUERY);
  if (view.kind === 'feature') {
    const Feature = FEATURES[view.feature];
    const ctx: FeatureContext = {
      session,
      lock: j.lock,
      home: j.toList,
      go: j.go,
      openEntry: (id, back) => void j.edit(id, back),
      newEntry: j.start,
    };
    return <Feature key={view.key} ctx={ctx} params={view.params} />;
  }
  if (view.kind === 'editor') {
    const editor = (
      <EditorScreen
        key={view.key}
        entry={view.entry}
        seed={view.seed}
        followUps={view.followUps}
        tagSuggestions={tags}
        save={async (draft) => {
          const outcome = await editorSave(draft);
          if (outcome.ok) j.current.current = outcome.entry.id;
          return outcome;
        }}
        remove={j.remove}
        onBack={view.back ? () => j.go(view.back!.feature, view.back!.params) : j.back}
        onLock={j.lock}
        backup={backupOffer(session)}
      />
    );
    // Save what is being written before switching, as Back does; stay put if that fails.
    const switchTo = async (id: string | null) => {
      if (await flushPendingSaves()) await j.edit(id);
    };
    // One tree at every width, so resizing or rotating never remounts the editor mid-sentence.
    const pane = wide && (
      <JournalPane entries={listOrNull(session) ?? []} current={j.current.current} onOpen={(id) => void switchTo(id)} onNew={() => void switchTo(null)} />
    );
    return (
      <div class="split">
        {pane}
        {editor}
      </div>
    );
  }
  if (view.kind === 'settings') {
    return (
      <SettingsScreen
        version={__TEND_VERSION__}
        buildId={__TEND_BUILD_ID__}
        storage={storage}
        onInstall={install ?? undefined}
        changePassphrase={(current, next) => attempt(() => session.changePassphrase(current, next), WRONG_CURRENT)}
        newRecoveryKey={j.newRecoveryKey}
        onBack={j.toList}
        onLock={j.lock}
        onShortcuts={keys.openHelp}
        locking={locking.card}
        appearance={{ theme: colourTheme, onTheme: setColourTheme }}
        backup={{
          lastBackupDays: backupState(session).lastDays,
          backUp: (passphrase, onProgress) => backUpNow(session, passphrase, onProgress),
          importFile: (file, passphrase, onProgress) => importBackup(session, file, passphrase, onProgress),
          exportPlain: (kind) => exportPlain(session, kind),
        }}
      />
    );
  }
  if (view.kind === 'kit') {
    return (
      <EmergencyKitScreen
        recoveryKey={view.recoveryKey}
        onDone={() => j.setView({ kind: 'settings' })}
        toolbar={<Toolbar end={<LockButton onClick={j.lock} />} />}
      />
    );
  }
  const { deleted } = j;
  const entries = list ?? [];
  const today = dayKey(Date.now());
  const onThisDay = quietDay !== today && (
    <OnThisDayCard
      journal={entries}
      today={today}
      onOpen={(id) => void j.edit(id)}
      onMore={() => j.go('lookback', { from: 'journal' })}
      onDismiss={() => setQuietDay(today)}
    />
  );
  const backup = backupState(session);
  const nudge = backup.nudge && <BackupNudge lastBackupDays={backup.lastDays} onBackup={() => j.setView({ kind: 'settings' })} />;
  return (
    <JournalScreen
      entries={entries}
      onThisDay={onThisDay}
      fullyLoaded={session.isFullyLoaded()}
      loadError={session.loadFailure() === null ? null : LOAD_FAILED}
      onRetryLoad={() => void session.retryLoad()}
      damagedCount={session.damagedCount()}
      newerVersionCount={session.newerVersionCount()}
      search={(query, filters) => session.search(query, filters)}
      searchState={find}
      onSearchState={setFind}
      error={j.error}
      notice={deleted ? <UndoNotice onUndo={() => void j.undo(deleted)} /> : nudge}
      onNew={() => void j.edit(null)}
      onOpen={(id) => void j.edit(id)}
      onDailyPrompt={() => j.go('prompts')}
      focusEntry={view.focus}
      onLock={j.lock}
      theme={theme}
      onTheme={setTheme}
      focusSearch={keys.searchWanted}
      onSearchFocused={keys.searchFocused}
      keyShortcuts={{ newEntry: ariaKeyShortcuts('new-entry', keys.apple), search: ariaKeyShortcuts('search', keys.apple) }}
    />
  );
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

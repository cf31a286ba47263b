import { MessageScreen } from './MessageScreen';

/** Props for screens that offer a reload. */
export interface ReloadProps {
  onReload: () => void;
}

/** Shown for the moment the vault chunk takes to arrive; the text fades in only if it is slow. */
export function StartingScreen() {
  return (
    <MessageScreen title="Tend">
      <p class="starting" role="status">
        Opening…
      </p>
    </MessageScreen>
  );
}

/** The lazy chunk did not load (offline before the first full visit, or a broken update). */
export function LoadFailedScreen({ onReload }: ReloadProps) {
  return (
    <MessageScreen title="Tend couldn’t load" actionLabel="Reload" onAction={onReload}>
      <p>
        Part of Tend didn’t load, so your journal can’t be opened yet. Your entries are safe on
        this device. If this is your first visit, check your connection, then reload.
      </p>
    </MessageScreen>
  );
}

/** Opening the journal failed in some other way; `message` is already in plain words. */
export function StartFailedScreen({ message, onReload }: ReloadProps & { message: string }) {
  return (
    <MessageScreen title="Tend couldn’t open" actionLabel="Reload" onAction={onReload}>
      <p>{message}</p>
    </MessageScreen>
  );
}

/** Private browsing or disabled storage: Tend cannot work here, and says why. */
export function StorageUnavailableScreen() {
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

/**
 * This tab needs to upgrade the journal's storage, and another tab still has it open with
 * an older version. It opens by itself once that tab lets go (Tend tabs let go at once,
 * after saving); this is for the tab that does not, e.g. one frozen in the background.
 */
export function StorageBlockedScreen() {
  return (
    <MessageScreen title="Close Tend in your other tabs">
      <p role="status">
        Tend is being updated, and another tab or window still has the older version of Tend
        open. This tab will open your journal by itself as soon as that one lets go.
      </p>
      <p>
        If this message stays, go to your other Tend tabs or windows and close them (or reload
        them). Your journal is safe: nothing in it has been changed.
      </p>
    </MessageScreen>
  );
}

/** Opening storage is taking far too long with no answer from the browser; Tend keeps waiting. */
export function StorageStalledScreen({ onReload }: ReloadProps) {
  return (
    <MessageScreen title="Tend is waiting for this browser’s storage" actionLabel="Reload" onAction={onReload}>
      <p role="status">Opening your journal is taking much longer than it should.</p>
      <p>
        If Tend is open in another tab or window, close that one; this tab will then carry on by
        itself. In a private browsing window, storage may not work at all: open Tend in a normal
        window instead. You can also reload the page.
      </p>
    </MessageScreen>
  );
}

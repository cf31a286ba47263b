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

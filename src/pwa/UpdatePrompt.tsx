import { useRef, useState } from 'preact/hooks';
import { useRegisterSW } from 'virtual:pwa-register/preact';
import { Banner } from '../ui/components/Banner';

/** Props: how to save whatever is being written before a reload. */
export interface UpdatePromptProps {
  /** Saves every pending draft; resolves false if something could not be saved. */
  saveDrafts: () => Promise<boolean>;
}

/**
 * Service-worker lifecycle in words (design §7): "Ready to work offline" once everything
 * is cached, and "Update available: Reload / Later" when a new version is waiting. The
 * update never applies by itself: Reload first saves the draft, and if that fails it
 * does not reload at all, so nothing is ever reloaded over unsaved text.
 */
export function UpdatePrompt({ saveDrafts }: UpdatePromptProps) {
  const [blocked, setBlocked] = useState(false);
  const userAsked = useRef(false);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({
    // The new worker took control. If this page asked for it, reload now (drafts are
    // saved); if another tab applied the update, ask here too instead of reloading.
    onNeedReload: () => {
      if (!userAsked.current) setNeedRefresh(true);
    },
    onRegisterError: () => {},
  });

  const reload = async () => {
    if (!(await saveDrafts())) return setBlocked(true);
    setBlocked(false);
    userAsked.current = true;
    // Reload once the new worker controls this page. workbox-window only reports that as
    // an update when the page was already controlled at load, which is not so on the
    // visit that first installed Tend, so listen for the change directly.
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    await updateServiceWorker(true);
  };

  if (needRefresh) {
    return (
      <Banner actionLabel="Reload" onAction={() => void reload()} secondaryLabel="Later" onSecondary={() => setNeedRefresh(false)}>
        {blocked
          ? 'Update available, but your latest changes could not be saved, so Tend will not reload yet. Copy your text somewhere safe, then try again.'
          : 'Update available. Reload to use the new version; what you are writing is saved first.'}
      </Banner>
    );
  }
  if (offlineReady) {
    return (
      <Banner actionLabel="OK" onAction={() => setOfflineReady(false)} tone="status">
        Ready to work offline: Tend now opens without a network connection.
      </Banner>
    );
  }
  return null;
}

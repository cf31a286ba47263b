/**
 * "Lock one tab, lock all": when this tab locks (button, idle, panic, hidden), every other
 * tab of Tend on this device hears it and saves its drafts and locks too.
 *
 * The only message ever sent is the string "lock": no content, no ids, no reason. Anything
 * else arriving on the channel is ignored. Same-origin only, by the BroadcastChannel design.
 */
const CHANNEL = 'tend';
const LOCK = 'lock';

/** Sends "lock" to other tabs and listens for theirs. */
export interface LockBroadcast {
  announce(): void;
  close(): void;
}

/** Opens the channel; `onLock` runs when another tab says it locked. Inert where unsupported. */
export function openLockBroadcast(onLock: () => void): LockBroadcast {
  if (typeof BroadcastChannel === 'undefined') return { announce: () => {}, close: () => {} };
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent) => {
    if (event.data === LOCK) onLock();
  };
  return {
    announce: () => channel.postMessage(LOCK),
    close: () => channel.close(),
  };
}

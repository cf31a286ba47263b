import type { VaultErrorCode } from '../vault/types';
import { isVaultError } from '../vault/errors';

/**
 * Words for every vault failure, for clinicians rather than engineers (style §5: the
 * vault throws codes, the app chooses the words). Calm, plain, and always saying what
 * the person can do next. Screens never see error objects, only these strings.
 */
export const ERROR_MESSAGES: Readonly<Record<VaultErrorCode, string>> = {
  'no-vault': 'There is no journal on this device yet. You can set one up now.',
  'vault-exists': 'A journal already exists on this device. Unlock it with your passphrase.',
  locked: 'Your journal is locked. Unlock it to carry on.',
  'wrong-passphrase': "That passphrase didn't open your journal. Check caps lock and try again.",
  'wrong-recovery-key':
    "That recovery key didn't open your journal. Check it against your emergency kit and try again.",
  'malformed-recovery-key':
    'That doesn’t look like a recovery key. It has 26 letters and numbers, as printed on your emergency kit.',
  'weak-passphrase':
    'That passphrase is too easy to guess. Use at least 10 characters; four or more unrelated words work well.',
  'corrupt-record':
    'Part of your journal could not be read: it may have been damaged. Your other entries are safe.',
  'corrupt-header':
    'Tend could not read the lock on your journal: the stored data looks damaged. If you have a backup, you can restore it.',
  'unsupported-version':
    'Your journal was saved by a newer version of Tend than this one, so this version won’t open it or change anything in it. Reload the page to get the newest version.',
  'not-found': 'That entry is no longer here. It may have been deleted in another window.',
  'storage-unavailable':
    'This browser window can’t store data, so Tend can’t keep your journal here. This usually means private browsing is on, or site storage is turned off in your browser settings. Open Tend in a normal window, or allow storage for this site, then reload.',
  'quota-exceeded':
    'Your device is out of space for Tend, so this entry was NOT saved. Your text is still here: copy it somewhere safe, free some space, then try again.',
  'storage-closed':
    'Tend lost its connection to storage, often because it was updated in another tab. Your text is still here: copy it somewhere safe, then reload the page.',
  'storage-failed':
    'Your browser couldn’t save that just now. Your text is still here: copy it somewhere safe, then try again.',
};

/** Said when something fails that is not a vault error (a bug, or the browser itself). */
export const UNEXPECTED_MESSAGE =
  'Something unexpected went wrong. Your text is still here: copy it somewhere safe, then try again or reload the page.';

/** Turns any thrown value into a message for the user; `overrides` adjust wording per screen. */
export function messageFor(
  err: unknown,
  overrides: Partial<Record<VaultErrorCode, string>> = {},
): string {
  if (isVaultError(err)) return overrides[err.code] ?? ERROR_MESSAGES[err.code];
  return UNEXPECTED_MESSAGE;
}

/** The vault error code of a thrown value, or null when it is something else. */
export function errorCode(err: unknown): VaultErrorCode | null {
  return isVaultError(err) ? err.code : null;
}

/**
 * How a recovery key is shown and compared. The vault returns the key as a plain string
 * (26 characters from an alphabet without 0, 1, I, O and U); people read and type it in
 * groups, so the UI shows `XXXXX-XXXXX-XXXXX-XXXXX-XXXXXX` and accepts any spacing,
 * dashes or letter case when it is typed back.
 */

const GROUP = 5;

/** The key without spaces or dashes, in upper case: what is compared and handed on. */
export function normalizeRecoveryKey(input: string): string {
  return input.replace(/[\s\-\u2010-\u2015]+/g, '').toUpperCase();
}

/** Splits a key into reading groups of five; a short tail joins the group before it. */
export function recoveryKeyGroups(key: string): string[] {
  const plain = normalizeRecoveryKey(key);
  const groups: string[] = [];
  for (let i = 0; i < plain.length; i += GROUP) groups.push(plain.slice(i, i + GROUP));
  const last = groups[groups.length - 1];
  if (groups.length > 1 && last !== undefined && last.length < 2) {
    groups.pop();
    groups[groups.length - 1] += last;
  }
  return groups;
}

/** The key as it is printed on the emergency kit, e.g. `ABCDE-FGHJK-…-XYZ234`. */
export function formatRecoveryKey(key: string): string {
  return recoveryKeyGroups(key).join('-');
}

/** The last reading group, which the user retypes to show they have kept the key. */
export function lastRecoveryKeyGroup(key: string): string {
  const groups = recoveryKeyGroups(key);
  return groups[groups.length - 1] ?? '';
}

/** True when `typed` matches the last group, ignoring case, spaces and dashes. */
export function matchesLastGroup(key: string, typed: string): boolean {
  const expected = lastRecoveryKeyGroup(key);
  return expected.length > 0 && normalizeRecoveryKey(typed) === expected;
}

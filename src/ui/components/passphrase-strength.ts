/**
 * A small, honest passphrase strength estimate for the set-up and change-passphrase forms.
 *
 * This is guidance, not a guarantee: it rewards length and several unrelated words (the
 * advice we give), and takes points away for the patterns attackers try first (common
 * passwords, repeated characters, runs like "abcd" or "1234", years, keyboard rows).
 * The only hard rule is the minimum length; everything else is advice.
 */

/** Fewer characters than this are refused outright. */
export const MIN_PASSPHRASE_LENGTH = 10;

/** 0 (very weak) to 4 (strong). */
export type StrengthScore = 0 | 1 | 2 | 3 | 4;

/** What the strength meter shows. */
export interface PassphraseStrength {
  score: StrengthScore;
  label: string;
  /** One short, most useful next step. */
  advice: string;
  /** True when the passphrase is long enough to be accepted at all. */
  acceptable: boolean;
}

const LABELS = ['Very weak', 'Weak', 'Fair', 'Good', 'Strong'] as const;

const WORDS_ADVICE = 'Four or more unrelated words are both strong and memorable.';

/** Fragments from the most common leaked passwords (lower case). */
const COMMON = [
  'password', 'passwort', 'passphrase', '123456', '654321', 'qwerty', 'azerty', 'letmein',
  'iloveyou', 'welcome', 'admin', 'abc123', 'monkey', 'dragon', 'sunshine', 'football',
  'baseball', 'princess', 'trustno1', 'secret', 'tend',
];

const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm', '1234567890'];

/** Characters in the longest run of one repeated character ("aaaa" -> 4). */
function longestRepeat(s: string): number {
  let best = 0;
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    run = i > 0 && s[i] === s[i - 1] ? run + 1 : 1;
    best = Math.max(best, run);
  }
  return best;
}

/** Characters in the longest ascending or descending run ("abcd", "4321" -> 4). */
function longestSequence(s: string): number {
  let best = 1;
  let up = 1;
  let down = 1;
  for (let i = 1; i < s.length; i++) {
    const step = s.charCodeAt(i) - s.charCodeAt(i - 1);
    up = step === 1 ? up + 1 : 1;
    down = step === -1 ? down + 1 : 1;
    best = Math.max(best, up, down);
  }
  return s.length === 0 ? 0 : best;
}

/** True when four or more keys in a row of the keyboard appear in order. */
function hasKeyboardRun(lower: string): boolean {
  return KEYBOARD_ROWS.some((row) => {
    for (let i = 0; i + 4 <= row.length; i++) {
      if (lower.includes(row.slice(i, i + 4))) return true;
    }
    return false;
  });
}

/** Number of distinct character classes: lower, upper, digit, other. */
function characterClasses(s: string): number {
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/];
  return classes.filter((re) => re.test(s)).length;
}

/** Words of two or more letters, separated by anything that is not a letter. */
export function countWords(s: string): number {
  return s.split(/[^\p{L}]+/u).filter((w) => w.length >= 2).length;
}

interface Findings {
  common: boolean;
  repeated: boolean;
  sequence: boolean;
  year: boolean;
}

/** The weak patterns present in a passphrase. */
function findPatterns(passphrase: string): Findings {
  const lower = passphrase.toLowerCase();
  return {
    common: COMMON.some((c) => lower.includes(c)) || hasKeyboardRun(lower),
    repeated: longestRepeat(lower) >= 3,
    sequence: longestSequence(lower) >= 4,
    year: /(19|20)\d\d/.test(lower),
  };
}

/** Points for length, words and variety, before penalties. */
function basePoints(passphrase: string, words: number): number {
  const length = [...passphrase].length;
  const lengthPoints = length >= 20 ? 3 : length >= 14 ? 2 : 1;
  const wordPoints = words >= 4 ? 2 : words >= 3 ? 1 : 0;
  const classes = characterClasses(passphrase);
  const varietyPoints = (classes >= 3 ? 1 : 0) + (classes === 4 && length >= 12 ? 1 : 0);
  return lengthPoints + wordPoints + varietyPoints;
}

/** The single most useful piece of advice for what was found. */
function adviceFor(score: StrengthScore, words: number, found: Findings): string {
  if (found.common) return 'Avoid common passwords and patterns like “password” or “123456”.';
  if (found.repeated) return 'Avoid repeating the same character.';
  if (found.sequence) return 'Avoid runs like “abcd” or “1234”.';
  if (found.year) return 'Years and dates are easy to guess: try unrelated words instead.';
  if (score >= 4) return 'Make sure it is one you will remember: Tend cannot reset it.';
  if (words < 4) return 'Add another unrelated word or two to make it stronger.';
  return 'Make it a little longer to make it stronger.';
}

/** Estimates how hard a passphrase is to guess, with a label and advice for the meter. */
export function estimateStrength(passphrase: string): PassphraseStrength {
  const length = [...passphrase].length;
  if (length < MIN_PASSPHRASE_LENGTH) {
    const advice = `Use at least ${MIN_PASSPHRASE_LENGTH} characters. ${WORDS_ADVICE}`;
    return { score: 0, label: 'Too short', advice, acceptable: false };
  }
  const words = countWords(passphrase);
  const found = findPatterns(passphrase);
  const penalty =
    (found.common ? 2 : 0) + (found.repeated ? 1 : 0) + (found.sequence ? 1 : 0) + (found.year ? 1 : 0);
  const score = Math.max(0, Math.min(4, basePoints(passphrase, words) - penalty)) as StrengthScore;
  return { score, label: LABELS[score], advice: adviceFor(score, words, found), acceptable: true };
}

/**
 * Why a new passphrase and its confirmation cannot be used, in words for the form, or
 * null when they can. `field` says which input to send focus back to.
 */
export function newPassphraseProblem(
  first: string,
  second: string,
): { message: string; field: 'first' | 'second' } | null {
  if ([...first].length < MIN_PASSPHRASE_LENGTH) {
    return {
      field: 'first',
      message: `Your passphrase needs at least ${MIN_PASSPHRASE_LENGTH} characters. ${WORDS_ADVICE}`,
    };
  }
  if (first !== second) {
    return {
      field: 'second',
      message: 'The two passphrases don’t match. Type the same passphrase in both boxes.',
    };
  }
  return null;
}

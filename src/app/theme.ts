/**
 * The colour theme: follow the device (prefers-color-scheme), or a choice made in Settings.
 *
 * Security decision: the choice ("system", "light" or "dark") is the one thing Tend keeps in
 * localStorage, in the clear. It is a display preference, never anything a person wrote, and
 * it has to be readable before the vault is unlocked so the lock screen already shows in the
 * chosen theme (docs/security.md lists it). Nothing else may be added under this key.
 *
 * The entry chunk (main.tsx) calls applyStoredTheme() before the first render, so the page
 * never flashes the other scheme. No inline script: the CSP forbids them.
 */

import { useState } from 'preact/hooks';

/** What Settings offers. "system" follows the device. */
export type ThemeChoice = 'system' | 'light' | 'dark';

/** The theme choices in the order Settings shows them. */
export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

/** The localStorage key; its value is one of THEME_CHOICES, nothing else. */
export const THEME_STORAGE_KEY = 'tend.theme';

/**
 * The browser chrome colour (<meta name="theme-color">) for each scheme: the page
 * background, --bg in tokens.css and index.html (test/unit/design-tokens.test.ts keeps them equal).
 */
export const THEME_COLOURS = { light: '#f6f4ef', dark: '#161b1d' } as const;

function isChoice(value: unknown): value is ThemeChoice {
  return typeof value === 'string' && (THEME_CHOICES as readonly string[]).includes(value);
}

/** The stored choice; "system" when none, when it is unreadable, or when storage is refused. */
export function readThemeChoice(storage: Pick<Storage, 'getItem'> | undefined = safeLocalStorage()): ThemeChoice {
  try {
    const value = storage?.getItem(THEME_STORAGE_KEY);
    return isChoice(value) ? value : 'system';
  } catch {
    return 'system';
  }
}

/** localStorage, or undefined where reading it throws (some privacy modes). */
function safeLocalStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * Puts a choice on the page at once: `data-theme` on <html> (tokens.css swaps the palette on
 * it; absent for "system") and the browser chrome colour in every theme-color meta.
 */
export function applyTheme(choice: ThemeChoice, doc: Document = document): void {
  const root = doc.documentElement;
  if (choice === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', choice);
  for (const meta of doc.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')) {
    // Each meta is for one device scheme (its media); a choice overrides both.
    const scheme = /dark/.test(meta.media) ? 'dark' : 'light';
    meta.content = THEME_COLOURS[choice === 'system' ? scheme : choice];
  }
}

/** Stores and applies a choice. Storage refused: it still applies for this visit. */
export function chooseTheme(choice: ThemeChoice, storage: Pick<Storage, 'setItem'> | undefined = safeLocalStorage()): void {
  // Security decision: this key holds one of three words, checked here and not only by type,
  // so no caller can ever put anything else in plaintext storage.
  if (!isChoice(choice)) return;
  try {
    storage?.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Quota or privacy mode: the theme still changes now, it just won't be remembered.
  }
  applyTheme(choice);
}

/**
 * Called once from the entry chunk before the first render. Also follows a change made in
 * another tab (the storage event), so two open tabs never disagree.
 */
export function applyStoredTheme(): void {
  applyTheme(readThemeChoice());
  globalThis.addEventListener?.('storage', (e: StorageEvent) => {
    if (e.key === THEME_STORAGE_KEY) applyTheme(readThemeChoice());
  });
}

/** The current choice for Settings, and a setter that stores and applies it at once. */
export function useThemeChoice(): [ThemeChoice, (choice: ThemeChoice) => void] {
  const [choice, setChoice] = useState<ThemeChoice>(() => readThemeChoice());
  const choose = (next: ThemeChoice) => {
    chooseTheme(next);
    setChoice(next);
  };
  return [choice, choose];
}

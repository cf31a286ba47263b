/**
 * Every keyboard shortcut of the unlocked app, in one place: what it does, which keys, and
 * how the keys are written on this platform. `use-shortcuts.ts` listens for them, the panic
 * lock in `use-locking.ts` matches its keys here, and the help dialog lists them from here,
 * so what is documented is what works.
 *
 * Choices (docs/decisions.md): keys that browsers and operating systems leave to the page,
 * and that never type a character. New entry is Alt+N on Windows and Linux (Ctrl+N opens a
 * browser window, and Ctrl+Alt is AltGr, which types letters such as ń on some layouts);
 * on Apple devices it is Control+Option+N (Option+N types the ñ accent). Search is Ctrl+K /
 * Cmd+K, or "/" when not typing; Save is Ctrl+S / Cmd+S (the browser's "save page" dialog
 * never opens); Hide and lock is Ctrl+Shift+L (Cmd+Shift+L); "?" shows them all.
 */

/** What a shortcut does. */
export type ShortcutId = 'new-entry' | 'search' | 'save' | 'lock' | 'help';

/** The parts of a keydown event a shortcut looks at (a KeyboardEvent fits). */
export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/**
 * One key combination. `primary` is Cmd on Apple devices and Ctrl elsewhere; `eitherPrimary`
 * accepts Ctrl or Cmd anywhere (the panic lock, as it always has). Character keys ("/", "?")
 * ignore Shift, which some layouts need to type them, and never fire while typing.
 */
interface Combo {
  key: string;
  primary?: boolean;
  eitherPrimary?: boolean;
  ctrl?: boolean;
  alt?: boolean;
  shift?: boolean;
  character?: boolean;
}

/** A shortcut as the help dialog shows it. */
export interface ShortcutHelp {
  id: ShortcutId;
  action: string;
  /** Each way to press it, written for this platform ("Ctrl+K", "⌘K", "/"). */
  keys: string[];
  /** Where it works, when not everywhere. */
  note?: string;
}

interface Shortcut {
  id: ShortcutId;
  action: string;
  note?: string;
  combos: (apple: boolean) => Combo[];
}

/** The shortcuts, in the order the help dialog lists them. */
const SHORTCUTS: readonly Shortcut[] = [
  { id: 'new-entry', action: 'New entry', combos: (apple) => [apple ? { key: 'n', ctrl: true, alt: true } : { key: 'n', alt: true }] },
  { id: 'search', action: 'Search your journal', combos: () => [{ key: 'k', primary: true }, { key: '/', character: true }], note: '"/" works when you are not typing in a field.' },
  { id: 'save', action: 'Save now', combos: () => [{ key: 's', primary: true }], note: 'Tend also saves by itself as you write.' },
  { id: 'lock', action: 'Hide and lock', combos: () => [{ key: 'l', eitherPrimary: true, shift: true }] },
  { id: 'help', action: 'Show keyboard shortcuts', combos: () => [{ key: '?', character: true }], note: 'When you are not typing in a field.' },
];

/** True on Macs, iPhones and iPads, where Cmd (⌘) takes the place of Ctrl. */
export function isApplePlatform(nav: { platform?: string; userAgent?: string; userAgentData?: { platform?: string } } = navigator): boolean {
  const platform = nav.userAgentData?.platform || nav.platform || nav.userAgent || '';
  return /mac|iphone|ipad|ipod/i.test(platform);
}

/**
 * The letter a key press stands for: the typed letter when it is one, else the physical key
 * (on a Mac, Option+N reports a dead key, not "n").
 */
function letterOf(e: KeyPress): string | null {
  if (/^[a-z]$/i.test(e.key)) return e.key.toLowerCase();
  const m = /^Key([A-Z])$/.exec(e.code);
  return m ? m[1]!.toLowerCase() : null;
}

function comboMatches(c: Combo, e: KeyPress, apple: boolean, typing: boolean): boolean {
  if (c.character) return !typing && e.key === c.key && !e.ctrlKey && !e.metaKey && !e.altKey;
  if (letterOf(e) !== c.key) return false;
  const wantCtrl = c.ctrl === true || (c.primary === true && !apple);
  const wantMeta = c.primary === true && apple;
  const primaryOk = c.eitherPrimary ? e.ctrlKey || e.metaKey : e.ctrlKey === wantCtrl && e.metaKey === wantMeta;
  return primaryOk && e.altKey === (c.alt === true) && e.shiftKey === (c.shift === true);
}

/** Which shortcut a key press is, if any. `typing`: focus is in a text field. */
export function matchShortcut(e: KeyPress, apple: boolean, typing: boolean): ShortcutId | null {
  for (const s of SHORTCUTS) if (s.combos(apple).some((c) => comboMatches(c, e, apple, typing))) return s.id;
  return null;
}

/** True for the panic lock's keys (Ctrl+Shift+L or Cmd+Shift+L), on any platform. */
export function isLockShortcut(e: KeyPress): boolean {
  return matchShortcut(e, false, true) === 'lock';
}

function formatCombo(c: Combo, apple: boolean): string {
  if (c.character) return c.key;
  const key = c.key.toUpperCase();
  const ctrl = c.ctrl === true || ((c.primary === true || c.eitherPrimary === true) && !apple);
  const cmd = (c.primary === true || c.eitherPrimary === true) && apple;
  if (apple) return `${ctrl ? '⌃' : ''}${c.alt ? '⌥' : ''}${c.shift ? '⇧' : ''}${cmd ? '⌘' : ''}${key}`;
  return [ctrl && 'Ctrl', c.alt && 'Alt', c.shift && 'Shift', key].filter(Boolean).join('+');
}

/** The shortcuts as the help dialog lists them, with keys written for this platform. */
export function shortcutHelp(apple: boolean): ShortcutHelp[] {
  return SHORTCUTS.map((s) => ({ id: s.id, action: s.action, keys: s.combos(apple).map((c) => formatCombo(c, apple)), note: s.note }));
}

/** The `aria-keyshortcuts` value for a shortcut (ARIA names: Control, Alt, Shift, Meta). */
export function ariaKeyShortcuts(id: ShortcutId, apple: boolean): string {
  const s = SHORTCUTS.find((x) => x.id === id)!;
  return s
    .combos(apple)
    .map((c) => {
      if (c.character) return c.key;
      const ctrl = c.ctrl === true || ((c.primary === true || c.eitherPrimary === true) && !apple);
      const meta = (c.primary === true || c.eitherPrimary === true) && apple;
      return [ctrl && 'Control', c.alt && 'Alt', c.shift && 'Shift', meta && 'Meta', c.key.toUpperCase()].filter(Boolean).join('+');
    })
    .join(' ');
}

/** Input types that take typed text; keys pressed there are the person's words, not commands. */
const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);

/** True when `target` is somewhere a person types text (so "/" and "?" are characters). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !NON_TEXT_INPUTS.has(target.type);
}

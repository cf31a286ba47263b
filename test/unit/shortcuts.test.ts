import { describe, expect, it } from 'vitest';
import { ariaKeyShortcuts, isApplePlatform, isLockShortcut, matchShortcut, shortcutHelp, type KeyPress } from '../../src/app/shortcuts';

/** A key press with no modifiers unless given. */
const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  code: /^[a-z]$/i.test(key) ? `Key${key.toUpperCase()}` : '',
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('keyboard shortcuts', () => {
  it('Windows and Linux: Alt+N, Ctrl+K, "/", Ctrl+S, Ctrl+Shift+L, "?"', () => {
    expect(matchShortcut(press('n', { altKey: true }), false, true)).toBe('new-entry');
    expect(matchShortcut(press('k', { ctrlKey: true }), false, true)).toBe('search');
    expect(matchShortcut(press('/'), false, false)).toBe('search');
    expect(matchShortcut(press('s', { ctrlKey: true }), false, true)).toBe('save');
    expect(matchShortcut(press('L', { ctrlKey: true, shiftKey: true }), false, true)).toBe('lock');
    expect(matchShortcut(press('?', { shiftKey: true }), false, false)).toBe('help');
  });

  it('Apple: Control+Option+N (Option+N types ñ), Cmd+K, Cmd+S; Ctrl+K stays the text field’s', () => {
    // Option+N on a Mac reports a dead key, not "n": the physical key is used.
    expect(matchShortcut({ ...press('Dead', { ctrlKey: true, altKey: true }), code: 'KeyN' }, true, true)).toBe('new-entry');
    expect(matchShortcut({ ...press('Dead', { altKey: true }), code: 'KeyN' }, true, true)).toBeNull();
    expect(matchShortcut(press('k', { metaKey: true }), true, true)).toBe('search');
    expect(matchShortcut(press('k', { ctrlKey: true }), true, true)).toBeNull();
    expect(matchShortcut(press('s', { metaKey: true }), true, true)).toBe('save');
    expect(matchShortcut(press('l', { metaKey: true, shiftKey: true }), true, true)).toBe('lock');
  });

  it('never takes keys that type text or belong to the browser', () => {
    // Typing: "/" and "?" are characters.
    expect(matchShortcut(press('/'), false, true)).toBeNull();
    expect(matchShortcut(press('?', { shiftKey: true }), false, true)).toBeNull();
    // AltGr (Ctrl+Alt on Windows) types letters such as ń: not new entry there.
    expect(matchShortcut({ ...press('ń', { ctrlKey: true, altKey: true }), code: 'KeyN' }, false, true)).toBeNull();
    // Ctrl+N (new window), Ctrl+L (address bar), Ctrl+Shift+S, plain letters.
    expect(matchShortcut(press('n', { ctrlKey: true }), false, true)).toBeNull();
    expect(matchShortcut(press('l', { ctrlKey: true }), false, true)).toBeNull();
    expect(matchShortcut(press('s', { ctrlKey: true, shiftKey: true }), false, true)).toBeNull();
    expect(matchShortcut(press('n'), false, false)).toBeNull();
    expect(matchShortcut(press('k'), false, false)).toBeNull();
  });

  it('the panic lock keeps its keys on every platform (Ctrl or Cmd, with Shift)', () => {
    expect(isLockShortcut(press('L', { ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(isLockShortcut(press('L', { metaKey: true, shiftKey: true }))).toBe(true);
    expect(isLockShortcut(press('l', { ctrlKey: true }))).toBe(false);
    expect(isLockShortcut(press('L', { ctrlKey: true, shiftKey: true, altKey: true }))).toBe(false);
  });

  it('the help list is written for the platform, ⌘ on Apple devices', () => {
    expect(shortcutHelp(false).map((s) => [s.action, s.keys])).toEqual([
      ['New entry', ['Alt+N']],
      ['Search your journal', ['Ctrl+K', '/']],
      ['Save now', ['Ctrl+S']],
      ['Hide and lock', ['Ctrl+Shift+L']],
      ['Show keyboard shortcuts', ['?']],
    ]);
    expect(shortcutHelp(true).map((s) => s.keys)).toEqual([['⌃⌥N'], ['⌘K', '/'], ['⌘S'], ['⇧⌘L'], ['?']]);
    expect(ariaKeyShortcuts('search', false)).toBe('Control+K /');
    expect(ariaKeyShortcuts('new-entry', true)).toBe('Control+Alt+N');
  });

  it('recognises Apple platforms', () => {
    expect(isApplePlatform({ platform: 'MacIntel' })).toBe(true);
    expect(isApplePlatform({ userAgentData: { platform: 'macOS' } })).toBe(true);
    expect(isApplePlatform({ platform: 'iPhone' })).toBe(true);
    expect(isApplePlatform({ platform: 'Linux x86_64' })).toBe(false);
    expect(isApplePlatform({ userAgentData: { platform: 'Windows' }, platform: 'Win32' })).toBe(false);
  });
});

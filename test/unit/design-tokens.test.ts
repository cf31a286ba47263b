import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyTheme, chooseTheme, readThemeChoice, THEME_COLOURS, THEME_STORAGE_KEY } from '../../src/app/theme';

/**
 * The design system's promises that CSS cannot check for itself: the dark palette written
 * twice in tokens.css (for data-theme="dark" and for the device's scheme) stays identical, every
 * colour role exists in both palettes, only tokens.css decides colours per scheme (so the
 * manual switch reaches every screen), and the browser chrome colours match the page.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const STYLES = join(ROOT, 'src/app/styles');
const BASE = readFileSync(join(STYLES, 'tokens.css'), 'utf8');

/** The custom properties declared in every rule whose selector is exactly `selector`. */
function declarations(css: string, selector: string): Map<string, string> {
  const props = new Map<string, string>();
  let at = css.indexOf(`${selector} {`);
  expect(at, `no rule "${selector}" in tokens.css`).toBeGreaterThanOrEqual(0);
  for (; at >= 0; at = css.indexOf(`${selector} {`, at + 1)) {
    const body = css.slice(at + selector.length + 2, css.indexOf('}', at));
    for (const m of body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) props.set(m[1]!, m[2]!.trim());
  }
  return props;
}

const light = declarations(BASE, ':root');
const darkChosen = declarations(BASE, ":root[data-theme='dark']");
const darkSystem = declarations(BASE, ":root:not([data-theme='light'])");

describe('design tokens (tokens.css)', () => {
  it('the dark palette for the Settings choice and for the device scheme are the same values', () => {
    expect(darkChosen.size).toBeGreaterThan(10);
    expect(Object.fromEntries(darkSystem)).toEqual(Object.fromEntries(darkChosen));
  });

  it('every dark colour role also has a light value, and every light colour role a dark one', () => {
    for (const name of darkChosen.keys()) expect(light.has(name), `${name} has no light value`).toBe(true);
    const colourRoles = [...light].filter(([, v]) => /^#|rgb\(/.test(v)).map(([k]) => k);
    expect(colourRoles.length).toBeGreaterThan(10);
    for (const name of colourRoles) expect(darkChosen.has(name), `${name} has no dark value`).toBe(true);
  });

  it('defines the documented scales: spacing, type, radius, shadow, target size', () => {
    for (const n of [1, 2, 3, 4, 5, 6, 7]) expect(light.has(`--space-${n}`)).toBe(true);
    for (const t of ['sm', 'base', 'lg', 'xl', '2xl', '3xl']) expect(light.has(`--text-${t}`)).toBe(true);
    for (const r of ['--radius-sm', '--radius', '--radius-lg', '--shadow-1', '--shadow-2']) expect(light.has(r)).toBe(true);
    expect(light.get('--target')).toBe('44px');
    // System fonts only: nothing is fetched from elsewhere.
    expect(light.get('--font-sans')).toMatch(/^system-ui,/);
  });

  it('no other stylesheet picks colours by prefers-color-scheme (the manual switch would miss them)', () => {
    const others = readdirSync(STYLES).filter((f) => f.endsWith('.css') && f !== 'tokens.css');
    expect(others.length).toBeGreaterThan(3);
    for (const file of others) {
      const css = readFileSync(join(STYLES, file), 'utf8');
      expect(css, `${file}: put scheme colours in tokens.css's palettes`).not.toMatch(/prefers-color-scheme/);
      expect(css, `${file}: no @font-face or @import url() (system fonts only)`).not.toMatch(/@font-face|@import\s+url/);
    }
  });

  it('the browser chrome colours equal the page background, in theme.ts and index.html', () => {
    expect(THEME_COLOURS.light).toBe(light.get('--bg'));
    expect(THEME_COLOURS.dark).toBe(darkChosen.get('--bg'));
    const html = readFileSync(join(ROOT, 'index.html'), 'utf8');
    expect(html).toContain(`<meta name="theme-color" content="${THEME_COLOURS.light}" media="(prefers-color-scheme: light)" />`);
    expect(html).toContain(`<meta name="theme-color" content="${THEME_COLOURS.dark}" media="(prefers-color-scheme: dark)" />`);
  });
});

/** Just enough of a document for applyTheme: <html> attributes and the theme-color metas. */
function fakeDocument() {
  const attrs = new Map<string, string>();
  const metas = [
    { media: '(prefers-color-scheme: light)', content: THEME_COLOURS.light },
    { media: '(prefers-color-scheme: dark)', content: THEME_COLOURS.dark },
  ];
  const doc = {
    documentElement: {
      setAttribute: (k: string, v: string) => attrs.set(k, v),
      removeAttribute: (k: string) => attrs.delete(k),
    },
    querySelectorAll: () => metas,
  };
  return { doc: doc as unknown as Document, attrs, metas };
}

describe('theme choice (app/theme.ts)', () => {
  it('reads only the three known values, and "system" for anything else or a refusing storage', () => {
    const store = (v: string | null) => ({ getItem: (k: string) => (k === THEME_STORAGE_KEY ? v : null) });
    expect(readThemeChoice(store('dark'))).toBe('dark');
    expect(readThemeChoice(store('light'))).toBe('light');
    expect(readThemeChoice(store('system'))).toBe('system');
    expect(readThemeChoice(store(null))).toBe('system');
    expect(readThemeChoice(store('<script>'))).toBe('system');
    expect(readThemeChoice({ getItem: () => { throw new DOMException('denied', 'SecurityError'); } })).toBe('system');
    expect(readThemeChoice(undefined)).toBe('system');
  });

  it('a choice sets data-theme and both theme-color metas; "system" removes the attribute and restores each', () => {
    const { doc, attrs, metas } = fakeDocument();
    applyTheme('dark', doc);
    expect(attrs.get('data-theme')).toBe('dark');
    expect(metas.map((m) => m.content)).toEqual([THEME_COLOURS.dark, THEME_COLOURS.dark]);
    applyTheme('light', doc);
    expect(attrs.get('data-theme')).toBe('light');
    expect(metas.map((m) => m.content)).toEqual([THEME_COLOURS.light, THEME_COLOURS.light]);
    applyTheme('system', doc);
    expect(attrs.has('data-theme')).toBe(false);
    expect(metas.map((m) => m.content)).toEqual([THEME_COLOURS.light, THEME_COLOURS.dark]);
  });

  it('stores exactly the choice under one key, and survives a storage that refuses writes', () => {
    const written: [string, string][] = [];
    const { doc } = fakeDocument();
    const realDocument = globalThis.document;
    Object.defineProperty(globalThis, 'document', { value: doc, configurable: true });
    try {
      chooseTheme('dark', { setItem: (k, v) => written.push([k, v]) });
      expect(written).toEqual([[THEME_STORAGE_KEY, 'dark']]);
      // Anything but the three choices is never written (plaintext storage takes nothing else).
      chooseTheme('Notes about a client' as never, { setItem: (k, v) => written.push([k, v]) });
      expect(written).toEqual([[THEME_STORAGE_KEY, 'dark']]);
      expect(() => chooseTheme('light', { setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } })).not.toThrow();
    } finally {
      Object.defineProperty(globalThis, 'document', { value: realDocument, configurable: true });
    }
  });
});

/**
 * The inline half of entry Markdown (see markdown.ts): bold, italic, links and line breaks in
 * one left-to-right pass over tokens with a stack of bounded depth, and `safeHref`, the one
 * place that decides whether `[text](url)` becomes a link.
 */

/** Inline content: text, line breaks, bold, italic and (safe) links. */
export type MdInline =
  | { type: 'text'; text: string }
  | { type: 'break' }
  | { type: 'strong'; children: MdInline[] }
  | { type: 'em'; children: MdInline[] }
  | { type: 'link'; href: string; children: MdInline[] };

/** The schemes a link may use. Everything else (javascript:, data:, vbscript:, file:, relative) is text. */
export const SAFE_LINK_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);

/** Open markers remembered at once; the oldest is dropped (stays text) beyond this. */
const MAX_OPEN_MARKERS = 12;
const MAX_URL_LENGTH = 2048;

/**
 * The href for a link, or null when it must stay text. Accepted: an absolute http(s) URL with
 * a host and no user name or password (`https://bank.example@evil.example` is a classic
 * disguise), or a mailto: with an address. Refused outright: any whitespace, control,
 * invisible formatting or separator character anywhere (`java\tscript:`, zero-width tricks),
 * `<>"\` and backticks, relative and protocol-relative URLs. The scheme is checked twice: as
 * typed, and on what the URL parser makes of it, and the parser's normalised form is what
 * goes into the page, so the browser follows exactly what was checked.
 */
export function safeHref(raw: string): string | null {
  if (raw.length === 0 || raw.length > MAX_URL_LENGTH) return null;
  if (/[\p{C}\p{Z}\s<>"`\\]/u.test(raw)) return null;
  const scheme = /^(https?|mailto):/i.exec(raw);
  if (!scheme) return null;
  const web = scheme[1]!.toLowerCase() !== 'mailto';
  if (web && !raw.startsWith('//', scheme[0].length)) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (!SAFE_LINK_PROTOCOLS.has(url.protocol)) return null;
  if (web && (url.hostname === '' || url.username !== '' || url.password !== '')) return null;
  if (!web && url.pathname === '') return null;
  return url.href;
}


/** push(...items) without spreading: a megabyte line can hold more nodes than the call stack allows arguments. */
export function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}


// ---- Inline: pass 1 (tokens and matching) ----

type Token =
  | { t: 'text'; s: string }
  | { t: 'delim'; s: string; kind: 'em' | 'strong'; pair: number }
  | { t: 'open-link'; pair: number; active: boolean }
  | { t: 'close-link'; s: string; href: string };

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

function isSpace(c: string | undefined): boolean {
  return c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\u00a0';
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

/**
 * Where a link's `(url)` ends: the `)` at or after `from`, or -1 when whitespace or the end
 * of the line comes first. Calls come with increasing `from`, and a stretch already scanned
 * has the same answer, so `](](](…` costs one scan in all, not one per bracket.
 */
function linkEndFinder(s: string): (from: number) => number {
  let scannedFrom = Infinity;
  let stop = -1;
  return (from) => {
    if (from < scannedFrom || from > stop) {
      stop = from;
      while (stop < s.length && s[stop] !== ')' && !isSpace(s[stop])) stop++;
      scannedFrom = from;
    }
    return s[stop] === ')' ? stop : -1;
  };
}

/**
 * One pass over a line: text, `*`/`_` runs that may open or close, `[` and `](url)`. Openers
 * wait on a bounded stack; a closer pairs with the nearest opener of its kind and discards
 * every opener above it, so pairs always nest and never cross.
 */
function tokenize(s: string): Token[] {
  const tokens: Token[] = [];
  const stack: number[] = []; // indices of delim and open-link tokens
  const linkEnd = linkEndFinder(s);
  // Text is taken as slices of the line between markers (no per-character concatenation).
  let textFrom = 0;
  const push = (token: Token, at: number, next: number) => {
    if (at > textFrom) tokens.push({ t: 'text', s: s.slice(textFrom, at) });
    tokens.push(token);
    textFrom = next;
    return tokens.length - 1;
  };
  const remember = (index: number) => {
    stack.push(index);
    if (stack.length > MAX_OPEN_MARKERS) stack.shift();
  };
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (c === '\\' && i + 1 < s.length && ASCII_PUNCTUATION.test(s[i + 1]!)) {
      // Drop the backslash; the escaped character starts the next stretch of text.
      if (i > textFrom) tokens.push({ t: 'text', s: s.slice(textFrom, i) });
      textFrom = i + 1;
      i += 2;
      continue;
    }
    if (c === '*' || c === '_') {
      let j = i;
      while (j < s.length && s[j] === c) j++;
      const run = s.slice(i, j);
      const before = s[i - 1];
      const after = s[j];
      let canOpen = run.length <= 2 && !isSpace(after);
      let canClose = run.length <= 2 && !isSpace(before);
      if (c === '_') {
        // snake_case and 2_000_000 are not emphasis.
        canOpen &&= !isWordChar(before);
        canClose &&= !isWordChar(after);
      }
      const kind = run.length === 1 ? 'em' : 'strong';
      const at = canClose ? findOpener(tokens, stack, (t) => t.t === 'delim' && t.s === run) : -1;
      if (at !== -1) {
        const opener = stack[at]!;
        stack.length = at;
        const closer = push({ t: 'delim', s: run, kind, pair: opener }, i, j);
        (tokens[opener] as { pair: number }).pair = closer;
      } else if (canOpen) {
        remember(push({ t: 'delim', s: run, kind, pair: -1 }, i, j));
      }
      i = j;
      continue;
    }
    if (c === '[') {
      remember(push({ t: 'open-link', pair: -1, active: true }, i, i + 1));
      i++;
      continue;
    }
    if (c === ']' && s[i + 1] === '(') {
      const end = linkEnd(i + 2);
      const at = end === -1 ? -1 : findOpener(tokens, stack, (t) => t.t === 'open-link' && t.active);
      const href = at === -1 ? null : safeHref(s.slice(i + 2, end));
      if (href !== null) {
        const opener = stack[at]!;
        stack.length = at;
        const closer = push({ t: 'close-link', s: s.slice(i, end + 1), href }, i, end + 1);
        (tokens[opener] as { pair: number }).pair = closer;
        // No link inside a link: earlier "[" can no longer open one.
        for (const k of stack) {
          const t = tokens[k]!;
          if (t.t === 'open-link') t.active = false;
        }
        i = end + 1;
        continue;
      }
    }
    i++;
  }
  if (s.length > textFrom) tokens.push({ t: 'text', s: s.slice(textFrom) });
  return tokens;
}

/** Position on the stack of the nearest opener that fits, or -1. */
function findOpener(tokens: readonly Token[], stack: readonly number[], fits: (t: Token) => boolean): number {
  for (let k = stack.length - 1; k >= 0; k--) if (fits(tokens[stack[k]!]!)) return k;
  return -1;
}

// ---- Inline: pass 2 (tree) ----

interface Frame {
  children: MdInline[];
  token: number;
}

function pushText(target: MdInline[], text: string): void {
  if (text === '') return;
  const last = target[target.length - 1];
  if (last?.type === 'text') last.text += text;
  else target.push({ type: 'text', text });
}

function hasVisibleText(nodes: readonly MdInline[]): boolean {
  return nodes.some((n) => (n.type === 'text' ? n.text.trim() !== '' : n.type !== 'break' && hasVisibleText(n.children)));
}

/** Parses one line of inline Markdown. */
export function parseInline(s: string): MdInline[] {
  const tokens = tokenize(s);
  const root: MdInline[] = [];
  const frames: Frame[] = [{ children: root, token: -1 }];
  const top = () => frames[frames.length - 1]!;
  tokens.forEach((t, index) => {
    if (t.t === 'text') return pushText(top().children, t.s);
    if (t.t === 'close-link' || (t.t === 'delim' && t.pair !== -1 && t.pair < index)) return closeFrame(frames, tokens);
    if (t.t === 'delim' && t.pair === -1) return pushText(top().children, t.s);
    if (t.t === 'open-link' && t.pair === -1) return pushText(top().children, '[');
    frames.push({ children: [], token: index });
  });
  return root;
}

/** Ends the innermost open element and adds it to its parent. */
function closeFrame(frames: Frame[], tokens: readonly Token[]): void {
  const frame = frames.pop()!;
  const parent = frames[frames.length - 1]!.children;
  const opener = tokens[frame.token]!;
  if (opener.t === 'delim') {
    parent.push({ type: opener.kind, children: frame.children });
    return;
  }
  const closer = tokens[(opener as { pair: number }).pair] as { s: string; href: string };
  if (hasVisibleText(frame.children)) {
    parent.push({ type: 'link', href: closer.href, children: frame.children });
    return;
  }
  // A link with no words would be unnamed for a screen reader: keep it as the text typed.
  pushText(parent, '[');
  for (const child of frame.children) {
    if (child.type === 'text') pushText(parent, child.text);
    else parent.push(child);
  }
  pushText(parent, closer.s);
}

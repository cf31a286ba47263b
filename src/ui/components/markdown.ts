/**
 * Lightweight Markdown for journal entries: our own small parser producing a tiny AST, which
 * `Markdown.tsx` turns into Preact elements. There is no HTML anywhere on this path: no HTML
 * strings, no innerHTML, and markup typed into an entry (`<b>`, `<script>`) stays text.
 *
 * What it understands, and nothing more:
 *   # to ###### headings · paragraphs (a single newline is a line break) · **bold** / __bold__
 *   *italic* / _italic_ · bullet lists (-, *, +) · numbered lists (1. or 1)) · > block quotes
 *   [text](url) links with http, https or mailto · backslash escapes (\*)
 * Emphasis does not span lines; lists are flat; anything else is plain text.
 *
 * Security decision: a link is made only from a URL that `safeHref` accepts (see there). Any
 * other `[text](url)` shows exactly as typed, as text.
 *
 * Linear time, whatever the input: blocks are found line by line with anchored, bounded
 * checks; inline markers are matched in one left-to-right pass with a stack of bounded
 * depth; no regular expression ever backtracks over user text. Nesting is bounded too
 * (quotes 3 deep, emphasis and links 12 deep), so rendering never recurses without limit.
 */

/** Inline content: text, line breaks, bold, italic and (safe) links. */
export type MdInline =
  | { type: 'text'; text: string }
  | { type: 'break' }
  | { type: 'strong'; children: MdInline[] }
  | { type: 'em'; children: MdInline[] }
  | { type: 'link'; href: string; children: MdInline[] };

/** Block content: headings (level as typed, 1 to 6), paragraphs, flat lists, quotes. */
export type MdBlock =
  | { type: 'heading'; level: number; children: MdInline[] }
  | { type: 'paragraph'; children: MdInline[] }
  | { type: 'list'; ordered: boolean; start: number; items: MdInline[][] }
  | { type: 'quote'; children: MdBlock[] };

/** Every node type the AST may hold; the renderer knows each one and no other. */
export const MD_NODE_TYPES = ['text', 'break', 'strong', 'em', 'link', 'heading', 'paragraph', 'list', 'quote'] as const;

/** The schemes a link may use. Everything else (javascript:, data:, vbscript:, file:, relative) is text. */
export const SAFE_LINK_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);

const MAX_QUOTE_DEPTH = 3;
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

/** Parses a whole entry body. Never throws; unknown syntax is text. */
export function parseMarkdown(source: string): MdBlock[] {
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.endsWith('\r')) lines[i] = line.slice(0, -1);
  }
  return parseBlocks(lines, 0);
}

/** The text a reader sees, in order (breaks as newlines): for tests and plain-text uses. */
export function markdownText(blocks: readonly MdBlock[]): string {
  const out: string[] = [];
  const inline = (nodes: readonly MdInline[]) => {
    for (const n of nodes) {
      if (n.type === 'text') out.push(n.text);
      else if (n.type === 'break') out.push('\n');
      else inline(n.children);
    }
  };
  const block = (b: MdBlock) => {
    if (b.type === 'list') b.items.forEach(inline);
    else if (b.type === 'quote') b.children.forEach(block);
    else inline(b.children);
  };
  blocks.forEach(block);
  return out.join('');
}

// ---- Blocks ----

function isBlank(line: string): boolean {
  return line.trim() === '';
}

/** Up to three leading spaces, as Markdown allows before a block marker. */
function indentOf(line: string): number {
  let i = 0;
  while (i < 3 && line[i] === ' ') i++;
  return i;
}

/** `# Title` (1 to 6 hashes, then a space); closing hashes are dropped. Null when not a heading. */
function heading(line: string): MdBlock | null {
  let i = indentOf(line);
  const start = i;
  while (i < line.length && line[i] === '#' && i - start < 7) i++;
  const level = i - start;
  if (level < 1 || level > 6) return null;
  if (i < line.length && line[i] !== ' ' && line[i] !== '\t') return null;
  let text = line.slice(i).trim();
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  if (end < text.length && (end === 0 || text[end - 1] === ' ' || text[end - 1] === '\t')) text = text.slice(0, end).trimEnd();
  if (text === '') return null; // a lone "#" while typing stays text, never an empty heading
  return { type: 'heading', level, children: parseInline(text) };
}

function isQuote(line: string): boolean {
  return line[indentOf(line)] === '>';
}

function stripQuote(line: string): string {
  const at = indentOf(line) + 1;
  return line[at] === ' ' || line[at] === '\t' ? line.slice(at + 1) : line.slice(at);
}

interface Item {
  ordered: boolean;
  start: number;
  text: string;
}

/** `- text`, `* text`, `+ text`, `12. text`, `12) text` (any indentation: lists are flat). */
function listItem(line: string): Item | null {
  let i = 0;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
  const markerAt = i;
  let ordered = false;
  const c = line[i];
  if (c === '-' || c === '*' || c === '+') {
    i++;
  } else {
    while (i < line.length && i - markerAt < 10 && line[i]! >= '0' && line[i]! <= '9') i++;
    const digits = i - markerAt;
    if (digits === 0 || digits > 9 || (line[i] !== '.' && line[i] !== ')')) return null;
    ordered = true;
    i++;
  }
  if (line[i] !== ' ' && line[i] !== '\t') return null;
  const start = ordered ? Number(line.slice(markerAt, i - 1)) : 1;
  return { ordered, start, text: line.slice(i).trim() };
}

function startsBlock(line: string, depth: number): boolean {
  return heading(line) !== null || (depth < MAX_QUOTE_DEPTH && isQuote(line)) || listItem(line) !== null;
}

function parseBlocks(lines: readonly string[], depth: number): MdBlock[] {
  const blocks: MdBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (isBlank(line)) {
      i++;
      continue;
    }
    const h = heading(line);
    if (h) {
      blocks.push(h);
      i++;
      continue;
    }
    if (depth < MAX_QUOTE_DEPTH && isQuote(line)) {
      const inner: string[] = [];
      while (i < lines.length && isQuote(lines[i]!)) inner.push(stripQuote(lines[i++]!));
      blocks.push({ type: 'quote', children: parseBlocks(inner, depth + 1) });
      continue;
    }
    const first = listItem(line);
    if (first) {
      const items: MdInline[][] = [];
      for (let item: Item | null = first; item && item.ordered === first.ordered; item = i < lines.length ? listItem(lines[i]!) : null) {
        items.push(parseInline(item.text));
        i++;
      }
      blocks.push({ type: 'list', ordered: first.ordered, start: first.start, items });
      continue;
    }
    const children: MdInline[] = [];
    do {
      if (children.length > 0) children.push({ type: 'break' });
      appendAll(children, parseInline(lines[i]!.trim()));
      i++;
    } while (i < lines.length && !isBlank(lines[i]!) && !startsBlock(lines[i]!, depth));
    blocks.push({ type: 'paragraph', children });
  }
  return blocks;
}

/** push(...items) without spreading: a megabyte line can hold more nodes than the call stack allows arguments. */
function appendAll<T>(target: T[], items: readonly T[]): void {
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

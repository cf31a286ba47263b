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

import { appendAll, parseInline, type MdInline } from './markdown-inline';

export { parseInline, safeHref, SAFE_LINK_PROTOCOLS, type MdInline } from './markdown-inline';

/** Block content: headings (level as typed, 1 to 6), paragraphs, flat lists, quotes. */
export type MdBlock =
  | { type: 'heading'; level: number; children: MdInline[] }
  | { type: 'paragraph'; children: MdInline[] }
  | { type: 'list'; ordered: boolean; start: number; items: MdInline[][] }
  | { type: 'quote'; children: MdBlock[] };

/** Every node type the AST may hold; the renderer knows each one and no other. */
export const MD_NODE_TYPES = ['text', 'break', 'strong', 'em', 'link', 'heading', 'paragraph', 'list', 'quote'] as const;

const MAX_QUOTE_DEPTH = 3;

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

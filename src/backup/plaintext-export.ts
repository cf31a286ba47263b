import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Entry, ImportBatch } from '../vault/types';

/**
 * Plaintext exports, for portability (design §5). NOT encrypted: the app shows a warning first.
 *
 * Markdown zip layout (opens as an Obsidian vault; also readable in any text editor):
 *   Tend journal/YYYY-MM-DD Title.md      one file per entry; names are unique and safe on
 *                                         Windows, macOS, Linux and in Obsidian links
 *   file = "---\n" YAML front matter "---\n\n# Title\n\n" body, then "## Section" blocks
 *   front matter: title, created, updated (ISO 8601), tags (the theme), source (kind),
 *   prompt / template / tool (its label), mood / energy / stress, follow_up, conflict_of
 * Strings in the front matter are JSON strings, which are valid YAML double-quoted scalars.
 *
 * JSON: {"format":"tend-export","v":1,"exported":ISO,"entries":[…],"docs":[…]}, pretty-printed.
 */

const FOLDER = 'Tend journal';
const MAX_NAME = 80;
const iso = (ms: number) => new Date(ms).toISOString();
const q = (s: string) => JSON.stringify(s);

/** A file name safe everywhere: no path or reserved characters, no trailing dots or spaces. */
export function safeFileName(title: string): string {
  const cleaned = title
    .replace(/[\u0000-\u001f\u007f\\/:*?"<>|#^[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, MAX_NAME)
    .replace(/[. ]+$/, '');
  return /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(cleaned) ? `${cleaned} entry` : cleaned;
}

function frontMatter(e: Entry): string {
  const lines = ['---', `title: ${q(e.title || 'Untitled entry')}`, `created: ${iso(e.created)}`, `updated: ${iso(e.updated)}`];
  const tags = [...(e.source?.theme ? [e.source.theme] : []), ...(e.tags ?? [])];
  if (tags.length > 0) lines.push(`tags: [${tags.map(q).join(', ')}]`);
  if (e.pinned) lines.push('pinned: true');
  if (e.source) {
    lines.push(`source: ${q(e.source.kind)}`);
    const key = e.source.kind === 'template' ? 'template' : e.source.kind === 'tool' ? 'tool' : e.source.kind === 'self-check' ? 'self_check' : 'prompt';
    lines.push(`${key}: ${q(e.source.label)}`);
  }
  if (e.checkin) for (const k of ['mood', 'energy', 'stress'] as const) if (e.checkin[k] !== null) lines.push(`${k}: ${e.checkin[k]}`);
  if (e.followUpAt !== undefined) lines.push(`follow_up: ${iso(e.followUpAt)}`);
  if (e.conflictOf !== undefined) lines.push(`conflict_of: ${q(e.conflictOf)}`);
  lines.push('---', '');
  return lines.join('\n');
}

/** One entry as Markdown with front matter. */
export function entryMarkdown(e: Entry): string {
  const parts = [frontMatter(e), `# ${e.title.trim() || 'Untitled entry'}`, ''];
  if (e.body.trim() !== '') parts.push(e.body.trimEnd(), '');
  for (const s of e.sections ?? []) {
    parts.push(`## ${s.label}`, '');
    if (s.checked?.length) parts.push(...s.checked.map((c) => `- [x] ${c}`), '');
    if (s.text.trim() !== '') parts.push(s.text.trimEnd(), '');
  }
  return parts.join('\n');
}

/** Unique names: "2025-03-04 Title.md", then "… (2).md" on a clash (case-insensitive). */
function uniqueNames(entries: readonly Entry[]): string[] {
  const used = new Set<string>();
  return entries.map((e) => {
    const day = iso(e.created).slice(0, 10);
    const base = `${day} ${safeFileName(e.title) || 'Untitled entry'}`;
    let name = `${base}.md`;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base} (${n}).md`;
    used.add(name.toLowerCase());
    return name;
  });
}

/** The Markdown zip (see above). */
export function markdownZip(batch: ImportBatch, now: Date): Uint8Array {
  const sorted = [...batch.entries].sort((a, b) => a.created - b.created || (a.id < b.id ? -1 : 1));
  const names = uniqueNames(sorted);
  const files: Zippable = {};
  const mtime = now;
  sorted.forEach((e, i) => {
    files[`${FOLDER}/${names[i]!}`] = [strToU8(entryMarkdown(e)), { mtime }];
  });
  return zipSync(files, { level: 6 });
}

/** The JSON export (see above). */
export function jsonExport(batch: ImportBatch, now: Date): Uint8Array {
  return strToU8(JSON.stringify({ format: 'tend-export', v: 1, exported: now.toISOString(), entries: batch.entries, docs: batch.docs }, null, 2) + '\n');
}

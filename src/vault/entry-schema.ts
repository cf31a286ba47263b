import type { CheckIn, Doc, Entry, EntrySection, EntrySource, EntrySummary } from './types';
import { VaultError } from './errors';

/** Record kinds in the records table. */
export const KIND_ENTRY = 'entry';
/** The encrypted "newest page" of the journal, so the list paints before everything is decrypted. */
export const KIND_SUMMARY = 'summary';
/** Fixed id of the one summary record (its kind already says what it is). */
export const SUMMARY_ID = 'summary';
/** How many summaries the summary record keeps: more than one screen of the list. */
export const SUMMARY_SIZE = 50;
const PREVIEW_CHARS = 140;

/** Clear record kind shared by every non-entry document (its real type is encrypted). */
export const KIND_DOC = 'doc';

/** The encrypted body of an entry record (the id lives in the record, bound by AAD). */
export type EntryBody = Omit<Entry, 'id'>;

/**
 * An entry as it may be stored: tags tidied by `normalizeTags` (none: no key), `pinned`
 * only when true. The editor and an import both pass through here, so both store the same.
 */
export function tidyEntry<T extends Entry>(entry: T): T {
  const { tags, pinned, ...rest } = entry;
  const tidy = normalizeTags(tags ?? []);
  return { ...rest, ...(tidy.length > 0 ? { tags: tidy } : {}), ...(pinned ? { pinned: true } : {}) } as T;
}

/** Entry fields to store (optional ones only when present). */
export function entryBody(entry: Entry): EntryBody {
  const { id: _id, ...body } = entry;
  return body;
}

const SOURCE_KINDS = new Set<EntrySource['kind']>(['prompt', 'custom-prompt', 'template', 'tool', 'self-check']);

/** Parse a decrypted entry body strictly: unknown shapes are corrupt, not guessed at. */
export function parseEntry(id: string, value: unknown): Entry {
  const v = value as Partial<EntryBody> | null;
  const ok =
    !!v && typeof v === 'object' &&
    typeof v.title === 'string' && typeof v.body === 'string' &&
    isTime(v.created) && isTime(v.updated) &&
    (v.source === undefined || isSource(v.source)) &&
    (v.sections === undefined || (Array.isArray(v.sections) && v.sections.every(isSection))) &&
    (v.checkin === undefined || isCheckIn(v.checkin)) &&
    (v.followUpAt === undefined || isTime(v.followUpAt)) &&
    (v.conflictOf === undefined || typeof v.conflictOf === 'string') &&
    (v.tags === undefined || isTagList(v.tags)) &&
    (v.pinned === undefined || typeof v.pinned === 'boolean');
  if (!ok) throw new VaultError('corrupt-record', `entry ${id} has an unexpected shape`);
  const entry: Entry = { id, title: v.title!, body: v.body!, created: v.created!, updated: v.updated! };
  if (v.source) entry.source = { ...v.source };
  if (v.sections) entry.sections = v.sections.map((x) => ({ ...x, ...(x.checked ? { checked: [...x.checked] } : {}) }));
  if (v.checkin) entry.checkin = { mood: v.checkin.mood, energy: v.checkin.energy, stress: v.checkin.stress };
  if (v.followUpAt !== undefined) entry.followUpAt = v.followUpAt;
  if (v.conflictOf !== undefined) entry.conflictOf = v.conflictOf;
  if (v.tags !== undefined && v.tags.length > 0) entry.tags = [...v.tags];
  if (v.pinned) entry.pinned = true;
  return entry;
}

/** Parse a decrypted document body `{ type, data, updated }`. */
export function parseDoc(id: string, value: unknown): Doc {
  const v = value as Partial<Doc> | null;
  if (!v || typeof v !== 'object' || typeof v.type !== 'string' || !isTime(v.updated) || !('data' in v)) {
    throw new VaultError('corrupt-record', `document ${id} has an unexpected shape`);
  }
  return { id, type: v.type, data: v.data, updated: v.updated };
}

function isSource(x: unknown): x is EntrySource {
  const s = x as EntrySource;
  return (
    !!s && typeof s === 'object' && SOURCE_KINDS.has(s.kind) && typeof s.id === 'string' &&
    typeof s.label === 'string' && (s.theme === undefined || typeof s.theme === 'string')
  );
}

function isSection(x: unknown): x is EntrySection {
  const s = x as EntrySection;
  return (
    !!s && typeof s === 'object' && typeof s.id === 'string' && typeof s.label === 'string' &&
    typeof s.text === 'string' &&
    (s.checked === undefined || (Array.isArray(s.checked) && s.checked.every((c) => typeof c === 'string')))
  );
}

function isCheckIn(x: unknown): x is CheckIn {
  const c = x as CheckIn;
  const score = (n: unknown) => n === null || (Number.isInteger(n) && (n as number) >= 1 && (n as number) <= 5);
  return !!c && typeof c === 'object' && score(c.mood) && score(c.energy) && score(c.stress);
}

/** The list line of an entry: title or first line, a one-line preview. */
export function summarize(entry: Entry): EntrySummary {
  // Only the start of the body matters: unlock summarizes every entry, so the work per
  // entry is bounded by the preview, not by the length of the text.
  const text = entry.body.trimStart();
  const firstLine = text.split('\n', 1)[0]?.trim() ?? '';
  const title = entry.title.trim();
  const heading = (title || firstLine).slice(0, 120);
  const rest = title ? text : text.slice(firstLine.length);
  const preview = collapsedPreview(rest);
  const summary: EntrySummary = { id: entry.id, heading, preview, created: entry.created, updated: entry.updated };
  if (entry.source) summary.source = entry.source;
  if (entry.checkin) summary.checkin = entry.checkin;
  if (entry.followUpAt !== undefined) summary.followUpAt = entry.followUpAt;
  if (entry.conflictOf !== undefined) summary.conflictOf = entry.conflictOf;
  if (entry.tags?.length) summary.tags = entry.tags;
  if (entry.pinned) summary.pinned = true;
  return summary;
}

/**
 * The first PREVIEW_CHARS of `text` with whitespace runs collapsed and the ends trimmed,
 * reading a growing window instead of the whole text. Once the collapsed window is longer
 * than the preview, its first PREVIEW_CHARS cannot change by reading further.
 */
function collapsedPreview(text: string): string {
  for (let window = 512; ; window *= 4) {
    const collapsed = text.slice(0, window).replace(/\s+/g, ' ').trim();
    if (collapsed.length > PREVIEW_CHARS || window >= text.length) return collapsed.slice(0, PREVIEW_CHARS);
  }
}

/** Newest first by the entry's date, then by last change, then id for stability. */
export function compareNewestFirst(a: EntrySummary, b: EntrySummary): number {
  return b.created - a.created || b.updated - a.updated || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Parse the summary record's body; on any doubt return null (the full load repairs it). */
export function parseSummaries(value: unknown): EntrySummary[] | null {
  const list = (value as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(list)) return null;
  const out: EntrySummary[] = [];
  for (const s of list as Partial<EntrySummary>[]) {
    if (
      typeof s?.id !== 'string' || typeof s.heading !== 'string' || typeof s.preview !== 'string' ||
      !isTime(s.created) || !isTime(s.updated) ||
      (s.source !== undefined && !isSource(s.source)) || (s.checkin !== undefined && !isCheckIn(s.checkin)) ||
      (s.followUpAt !== undefined && !isTime(s.followUpAt)) ||
      (s.conflictOf !== undefined && typeof s.conflictOf !== 'string') ||
      (s.tags !== undefined && !isTagList(s.tags)) || (s.pinned !== undefined && typeof s.pinned !== 'boolean')
    ) {
      return null;
    }
    const summary: EntrySummary = { id: s.id, heading: s.heading, preview: s.preview, created: s.created, updated: s.updated };
    if (s.source) summary.source = s.source;
    if (s.checkin) summary.checkin = s.checkin;
    if (s.followUpAt !== undefined) summary.followUpAt = s.followUpAt;
    if (s.conflictOf !== undefined) summary.conflictOf = s.conflictOf;
    if (s.tags?.length) summary.tags = [...s.tags];
    if (s.pinned) summary.pinned = true;
    out.push(summary);
  }
  return out;
}

/** Most tags one entry keeps, and the longest tag: labels, not text. */
export const MAX_TAGS = 20;
export const MAX_TAG_CHARS = 40;

/** A stored tag list: strings already normalised (what `normalizeTags` returns). */
function isTagList(x: unknown): x is string[] {
  return Array.isArray(x) && x.length <= MAX_TAGS && x.every((t) => typeof t === 'string' && t.length > 0 && t.length <= MAX_TAG_CHARS && t === t.trim());
}

/**
 * Tags as the user typed them, made tidy: whitespace collapsed and trimmed, a leading "#"
 * dropped, empty ones and repeats (ignoring case; the first spelling wins) removed, cut to
 * MAX_TAG_CHARS, at most MAX_TAGS, sorted for a stable order.
 */
export function normalizeTags(raw: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const r of raw) {
    const tag = r.replace(/\s+/g, ' ').trim().replace(/^#+\s*/, '').slice(0, MAX_TAG_CHARS).trim();
    const key = tag.toLocaleLowerCase();
    if (tag && !seen.has(key)) seen.set(key, tag);
  }
  return [...seen.values()].sort((a, b) => a.localeCompare(b)).slice(0, MAX_TAGS);
}

function isTime(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

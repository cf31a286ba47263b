import type { Entry, EntrySummary } from './types';
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

/** The encrypted body of an entry record (the id lives in the record, bound by AAD). */
export type EntryBody = Omit<Entry, 'id'>;

/** Entry fields to store. */
export function entryBody(entry: Entry): EntryBody {
  return { title: entry.title, body: entry.body, created: entry.created, updated: entry.updated };
}

/** Parse a decrypted entry body strictly: unknown shapes are corrupt, not guessed at. */
export function parseEntry(id: string, value: unknown): Entry {
  const v = value as Partial<EntryBody> | null;
  if (
    !v || typeof v !== 'object' ||
    typeof v.title !== 'string' || typeof v.body !== 'string' ||
    !isTime(v.created) || !isTime(v.updated)
  ) {
    throw new VaultError('corrupt-record', `entry ${id} has an unexpected shape`);
  }
  return { id, title: v.title, body: v.body, created: v.created, updated: v.updated };
}

/** The list line of an entry: title or first line, a one-line preview. */
export function summarize(entry: Entry): EntrySummary {
  const text = entry.body.trim();
  const firstLine = text.split('\n', 1)[0]?.trim() ?? '';
  const title = entry.title.trim();
  const heading = (title || firstLine).slice(0, 120);
  const rest = title ? text : text.slice(firstLine.length);
  const preview = rest.replace(/\s+/g, ' ').trim().slice(0, PREVIEW_CHARS);
  return { id: entry.id, heading, preview, created: entry.created, updated: entry.updated };
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
      !isTime(s.created) || !isTime(s.updated)
    ) {
      return null;
    }
    out.push({ id: s.id, heading: s.heading, preview: s.preview, created: s.created, updated: s.updated });
  }
  return out;
}

function isTime(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

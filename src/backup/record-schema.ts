import type { CheckIn, Doc, Entry, EntrySection, EntrySource } from '../vault/types';
import { BackupError } from './errors';

/**
 * Strict schemas for the plaintext records inside a backup. Unknown keys, wrong types and
 * the prototype keys `__proto__`, `constructor`, `prototype` (at any depth, also inside a
 * document's free-form `data`) are a `malformed-record`: nothing is guessed at, and no parsed
 * value can reach an object's prototype. The vault re-parses every record again on import.
 */

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const SOURCE_KINDS = new Set(['prompt', 'custom-prompt', 'template', 'tool', 'self-check']);
const ENTRY_KEYS = new Set(['id', 'title', 'body', 'created', 'updated', 'source', 'sections', 'checkin', 'followUpAt', 'conflictOf', 'tags', 'pinned']);
const MAX_ID_CHARS = 200;
/** More tags than any entry can hold after tidying (a file with more was not made by Tend). */
const MAX_TAGS_IN = 100;

function bad(what: string): never {
  throw new BackupError('malformed-record', what);
}

/** JSON.parse that refuses prototype keys anywhere (the reviver sees every key). */
export function parseJsonStrict(text: string): unknown {
  try {
    return JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new BackupError('malformed-record', `forbidden key ${key}`);
      return value;
    });
  } catch (err) {
    if (err instanceof BackupError) throw err;
    return bad('a line is not valid JSON');
  }
}

/** Throws when a value (to be written) holds a prototype key anywhere. */
export function assertNoForbiddenKeys(value: unknown): void {
  if (Array.isArray(value)) value.forEach(assertNoForbiddenKeys);
  else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) bad(`forbidden key ${key}`);
      assertNoForbiddenKeys((value as Record<string, unknown>)[key]);
    }
  }
}

/** A plain object with exactly the allowed keys (some optional). */
function isObjectWith(x: unknown, allowed: ReadonlySet<string>, required: readonly string[]): x is Record<string, unknown> {
  if (x === null || typeof x !== 'object' || Array.isArray(x)) return false;
  const keys = Object.keys(x);
  return keys.every((k) => allowed.has(k)) && required.every((k) => keys.includes(k));
}

const isTime = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isId = (x: unknown): x is string => typeof x === 'string' && x.length > 0 && x.length <= MAX_ID_CHARS;

function parseSource(x: unknown): EntrySource {
  const keys = new Set(['kind', 'id', 'theme', 'label']);
  if (!isObjectWith(x, keys, ['kind', 'id', 'label'])) return bad('entry source');
  if (!SOURCE_KINDS.has(x.kind as string) || typeof x.id !== 'string' || typeof x.label !== 'string') return bad('entry source');
  if (x.theme !== undefined && typeof x.theme !== 'string') return bad('entry source theme');
  const source: EntrySource = { kind: x.kind as EntrySource['kind'], id: x.id, label: x.label };
  if (x.theme !== undefined) source.theme = x.theme;
  return source;
}

function parseSection(x: unknown): EntrySection {
  if (!isObjectWith(x, new Set(['id', 'label', 'text', 'checked']), ['id', 'label', 'text'])) return bad('entry section');
  if (typeof x.id !== 'string' || typeof x.label !== 'string' || typeof x.text !== 'string') return bad('entry section');
  const section: EntrySection = { id: x.id, label: x.label, text: x.text };
  if (x.checked !== undefined) {
    if (!Array.isArray(x.checked) || !x.checked.every((c) => typeof c === 'string')) return bad('entry section checks');
    section.checked = [...(x.checked as string[])];
  }
  return section;
}

function parseCheckIn(x: unknown): CheckIn {
  if (!isObjectWith(x, new Set(['mood', 'energy', 'stress']), ['mood', 'energy', 'stress'])) return bad('check-in');
  const score = (n: unknown): n is number | null => n === null || (Number.isInteger(n) && (n as number) >= 1 && (n as number) <= 5);
  if (!score(x.mood) || !score(x.energy) || !score(x.stress)) return bad('check-in score');
  return { mood: x.mood, energy: x.energy, stress: x.stress };
}

/** One entry, rebuilt key by key from a parsed record (never the parsed object itself). */
export function parseBackupEntry(x: unknown): Entry {
  if (!isObjectWith(x, ENTRY_KEYS, ['id', 'title', 'body', 'created', 'updated'])) return bad('entry keys');
  if (!isId(x.id) || typeof x.title !== 'string' || typeof x.body !== 'string' || !isTime(x.created) || !isTime(x.updated)) {
    return bad('entry fields');
  }
  const entry: Entry = { id: x.id, title: x.title, body: x.body, created: x.created, updated: x.updated };
  if (x.source !== undefined) entry.source = parseSource(x.source);
  if (x.sections !== undefined) {
    if (!Array.isArray(x.sections)) return bad('entry sections');
    entry.sections = x.sections.map(parseSection);
  }
  if (x.checkin !== undefined) entry.checkin = parseCheckIn(x.checkin);
  if (x.followUpAt !== undefined) entry.followUpAt = isTime(x.followUpAt) ? x.followUpAt : bad('follow-up date');
  if (x.conflictOf !== undefined) entry.conflictOf = isId(x.conflictOf) ? x.conflictOf : bad('conflict id');
  if (x.tags !== undefined) {
    // Bounded here; the vault tidies them (normalizeTags) exactly as it tidies the editor's.
    const ok = Array.isArray(x.tags) && x.tags.length <= MAX_TAGS_IN && x.tags.every((t) => typeof t === 'string' && t.length <= MAX_ID_CHARS);
    if (!ok) return bad('entry tags');
    entry.tags = [...(x.tags as string[])];
  }
  if (x.pinned !== undefined) {
    if (typeof x.pinned !== 'boolean') return bad('entry pinned');
    if (x.pinned) entry.pinned = true;
  }
  return entry;
}

/** One document; `data` is any JSON value already cleared of prototype keys by the reviver. */
export function parseBackupDoc(x: unknown): Doc {
  if (!isObjectWith(x, new Set(['id', 'type', 'data', 'updated']), ['id', 'type', 'data', 'updated'])) return bad('document keys');
  if (!isId(x.id) || typeof x.type !== 'string' || x.type.length === 0 || !isTime(x.updated)) return bad('document fields');
  return { id: x.id, type: x.type, data: x.data, updated: x.updated };
}

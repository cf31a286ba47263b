import type { EntrySource, EntrySummary } from '../../vault/types';

/**
 * The journal list's filters and grouping, as pure functions over the summaries (already in
 * memory after unlock): nothing here is stored. Search applies the same filters itself
 * (SearchFilters); these serve the plain list, which keeps its pinned group and paging.
 */

/** What the list is narrowed to; '' / false = not set. */
export interface ListFilters {
  /** A content theme id. */
  theme: string;
  /** One tag (matched ignoring case, as the vault does). */
  tag: string;
  /** What the entry answers, as `kind` or `kind:id` (see `parseAnswers`). */
  answers: string;
  pinnedOnly: boolean;
}

/** No filter at all. */
export const NO_FILTERS: ListFilters = { theme: '', tag: '', answers: '', pinnedOnly: false };

/** True when any filter narrows the list. */
export function isFiltered(f: ListFilters): boolean {
  return f.theme !== '' || f.tag !== '' || f.answers !== '' || f.pinnedOnly;
}

/**
 * How many filters are set, the From and To dates each counting as one: shown on the closed
 * "Filters (2)" button, so a filter hidden behind it is never a surprise.
 */
export function activeFilterCount(f: ListFilters, dates: { from: string; to: string }): number {
  const set = [f.theme !== '', f.tag !== '', f.answers !== '', f.pinnedOnly, dates.from !== '', dates.to !== ''];
  return set.filter(Boolean).length;
}

/** "template:weekly-check-in" -> { kind: 'template', id: 'weekly-check-in' }; "tool" -> { kind: 'tool' }; '' -> undefined. */
export function parseAnswers(value: string): { kind: EntrySource['kind']; id?: string } | undefined {
  if (value === '') return undefined;
  const cut = value.indexOf(':');
  const kind = (cut < 0 ? value : value.slice(0, cut)) as EntrySource['kind'];
  return cut < 0 ? { kind } : { kind, id: value.slice(cut + 1) };
}

/** The entries that pass every filter, in their order (newest first). */
export function filterEntries(entries: readonly EntrySummary[], f: ListFilters): EntrySummary[] {
  if (!isFiltered(f)) return [...entries];
  const source = parseAnswers(f.answers);
  const tag = f.tag.toLocaleLowerCase();
  return entries.filter(
    (e) =>
      (f.theme === '' || e.source?.theme === f.theme) &&
      (tag === '' || (e.tags ?? []).some((t) => t.toLocaleLowerCase() === tag)) &&
      (source === undefined || (e.source?.kind === source.kind && (source.id === undefined || e.source.id === source.id))) &&
      (!f.pinnedOnly || e.pinned === true),
  );
}

/** Pinned entries first (their own group), then the rest; each keeps the list's order. */
export function groupPinned(entries: readonly EntrySummary[]): { pinned: EntrySummary[]; rest: EntrySummary[] } {
  const pinned: EntrySummary[] = [];
  const rest: EntrySummary[] = [];
  for (const e of entries) (e.pinned ? pinned : rest).push(e);
  return { pinned, rest };
}

/** The first `limit` of pinned-then-rest, for paging a long list without losing the pinned group. */
export function firstPage(groups: { pinned: EntrySummary[]; rest: EntrySummary[] }, limit: number): { pinned: EntrySummary[]; rest: EntrySummary[] } {
  const pinned = groups.pinned.slice(0, limit);
  return { pinned, rest: groups.rest.slice(0, Math.max(0, limit - pinned.length)) };
}

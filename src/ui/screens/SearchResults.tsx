import type { ComponentChildren, JSX, Ref } from 'preact';
import { useId, useMemo } from 'preact/hooks';
import type { EntrySummary, SearchFilters, SearchHit, SearchResults as Results, SearchSnippet } from '../../vault/types';
import { formatEntryDate, isoDate } from '../components/format-date';
import { TagChips } from '../components/TagChips';
import { parseAnswers } from './journal-list';

/**
 * Journal search: the field, the date range and the ranked results with the matched words
 * marked. The query lives only in component state: never in the URL, storage or the console.
 * Highlights arrive as offsets and are rendered as <mark> elements (never HTML strings).
 */

/** What the user has typed and picked; '' / false = not set. */
export interface SearchState {
  query: string;
  from: string;
  to: string;
  /** The list filters kept with the search (the theme is kept by the app on its own). */
  tag: string;
  answers: string;
  pinnedOnly: boolean;
}

/** The empty search: the plain list shows. */
export const NO_SEARCH: SearchState = { query: '', from: '', to: '', tag: '', answers: '', pinnedOnly: false };

/** True when the list should show search results instead of the plain list. */
export function isSearching(s: SearchState): boolean {
  return s.query.trim() !== '' || s.from !== '' || s.to !== '';
}

/** A `<input type="date">` value as local midnight (or the last millisecond of that day). */
function dayBound(value: string, end: boolean): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + (end ? 1 : 0)).getTime() - (end ? 1 : 0);
}

/** The session filters for a search state and the list's theme. */
export function searchFilters(s: SearchState, theme: string): SearchFilters {
  const filters: SearchFilters = {};
  if (theme !== '') filters.theme = theme;
  if (s.tag !== '') filters.tag = s.tag;
  const source = parseAnswers(s.answers);
  if (source) filters.source = source;
  if (s.pinnedOnly) filters.pinned = true;
  const from = dayBound(s.from, false);
  const to = dayBound(s.to, true);
  if (from !== undefined) filters.from = from;
  if (to !== undefined) filters.to = to;
  return filters;
}

/** Props of the search field: the search as typed, where changes go, and what sits beside the field. */
export interface SearchFieldProps {
  value: SearchState;
  onChange: (s: SearchState) => void;
  inputRef: Ref<HTMLInputElement>;
  keyShortcuts?: string;
  /** Shown on the field's row, after it (the "Filters" button), so the phone keeps one row. */
  after?: ComponentChildren;
}

/** The search field; updates on every keystroke. Always visible while the journal has entries. */
export function SearchField(props: SearchFieldProps) {
  const id = useId();
  const { value, onChange } = props;
  return (
    <p class="search-field">
      <label for={`${id}-q`}>Search your journal</label>
      <input
        id={`${id}-q`}
        ref={props.inputRef}
        type="search"
        autocomplete="off"
        spellcheck={false}
        aria-keyshortcuts={props.keyShortcuts ?? '/'}
        value={value.query}
        onInput={(e) => onChange({ ...value, query: e.currentTarget.value })}
      />
      {props.after}
    </p>
  );
}

/** The From/To dates of a search (inside the Filters panel); either alone lists that span. */
export function SearchDates(props: { value: SearchState; onChange: (s: SearchState) => void }) {
  const id = useId();
  const { value, onChange } = props;
  return (
    <p class="search-dates">
      <span class="search-date">
        <label for={`${id}-from`}>From</label>
        <input id={`${id}-from`} type="date" value={value.from} max={value.to || undefined} onInput={(e) => onChange({ ...value, from: e.currentTarget.value })} />
      </span>
      <span class="search-date">
        <label for={`${id}-to`}>To</label>
        <input id={`${id}-to`} type="date" value={value.to} min={value.from || undefined} onInput={(e) => onChange({ ...value, to: e.currentTarget.value })} />
      </span>
    </p>
  );
}

/** Text with its highlight ranges wrapped in <mark>. */
export function Marked({ text, highlights }: Pick<SearchSnippet, 'text' | 'highlights'>) {
  const parts: (string | JSX.Element)[] = [];
  let at = 0;
  for (const [start, end] of highlights) {
    if (start < at || end > text.length) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

/** Props of one result: the hit, its summary (for the date and tags), and the list's actions. */
interface HitProps {
  hit: SearchHit;
  summary: EntrySummary | undefined;
  onOpen: (id: string) => void;
  onTag?: (tag: string) => void;
}

/** What a snippet is, when it is not obvious from the text (matched tags read "Tags: …"). */
const FIELD_LABEL: Partial<Record<SearchSnippet['field'], string>> = { tags: 'Tags: ' };

function Hit({ hit, summary, onOpen, onTag }: HitProps) {
  const title = hit.snippets.find((s) => s.field === 'title');
  const rest = hit.snippets.filter((s) => s.field !== 'title');
  const heading = summary?.heading.trim() ? summary.heading : 'Untitled entry';
  return (
    <li class="entry search-hit">
      <h2 class="entry-heading">
        <button type="button" class="entry-open" onClick={() => onOpen(hit.id)}>
          {title ? <Marked text={title.text} highlights={title.highlights} /> : heading}
        </button>
      </h2>
      {rest.map((s, i) => (
        <p key={i} class="entry-preview search-snippet">
          {FIELD_LABEL[s.field]}
          <Marked text={s.text} highlights={s.highlights} />
        </p>
      ))}
      {/* Tags that matched are in a snippet above, marked; otherwise they show as chips. */}
      {summary?.tags && !rest.some((s) => s.field === 'tags') && <TagChips tags={summary.tags} onTag={onTag} />}
      {summary && (
        <p class="entry-date">
          <time dateTime={isoDate(summary.created)}>{formatEntryDate(summary.created)}</time>
        </p>
      )}
    </li>
  );
}

/** Ranked results (best first) with the count announced; a plain message when nothing matches. */
export function SearchResults(props: { results: Results; entries: EntrySummary[]; onOpen: (id: string) => void; onTag?: (tag: string) => void }) {
  const { results } = props;
  const byId = useMemo(() => new Map(props.entries.map((e) => [e.id, e])), [props.entries]);
  const count = results.total === 1 ? '1 entry found' : `${results.total} entries found`;
  const more = results.total > results.hits.length ? ` (showing the best ${results.hits.length})` : '';
  return (
    <>
      <p class="search-count" role="status">
        {results.total === 0 ? 'No entries match your search.' : count + more}
      </p>
      {results.hits.length > 0 && (
        <ul class="entries" aria-label="Search results">
          {results.hits.map((hit) => (
            <Hit key={hit.id} hit={hit} summary={byId.get(hit.id)} onOpen={props.onOpen} onTag={props.onTag} />
          ))}
        </ul>
      )}
    </>
  );
}

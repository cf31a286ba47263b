import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { themeById } from '../../content/themes';
import type { EntrySource, EntrySummary, SearchFilters, SearchResults as Results } from '../../vault/types';
import { Alert } from '../components/Alert';
import { Screen } from '../components/Screen';
import { LockButton, Toolbar } from '../components/Toolbar';
import { formatEntryDate, isoDate } from '../components/format-date';
import { TagChips } from '../components/TagChips';
import { tagCounts } from '../components/tag-list';
import { JournalFind, useFind, useFocusAfter } from './JournalFind';
import { DamagedNotice, NewerVersionNotice } from './JournalNotices';
import { filterEntries, firstPage, groupPinned, isFiltered, type ListFilters } from './journal-list';
import { isSearching, searchFilters, SearchResults, type SearchState } from './SearchResults';

/** Entries rendered at first; more on request, so 10,000 entries still paint quickly. */
const PAGE = 50;

/** Props: the list comes from the session; the app layer handles every action. */
export interface JournalScreenProps {
  entries: EntrySummary[];
  fullyLoaded: boolean;
  /** Why the older entries could not be loaded (in words), shown instead of "Loading…"; null when all is well. */
  loadError?: string | null;
  /** Try loading the older entries again. */
  onRetryLoad?: () => void;
  /** Stored entries that could not be opened (damaged); kept, never shown as garbage. */
  damagedCount?: number;
  /** Stored entries saved by a newer Tend (not damaged: this version cannot read them); kept untouched. */
  newerVersionCount?: number;
  /** A message such as "Entry deleted" with an Undo button. */
  notice?: ComponentChildren;
  error?: string | null;
  onNew: () => void;
  onOpen: (id: string) => void;
  /** Opens today's prompt: where the empty journal leads a new person. */
  onDailyPrompt?: () => void;
  /** The entry to give focus to on arrival (the one just left in the editor); else the heading. */
  focusEntry?: string;
  onLock: () => void;
  /** The theme the list is filtered by ('' = all); kept by the app so it survives opening an entry. */
  theme: string;
  onTheme: (theme: string) => void;
  /** Full-text search over the decrypted entries (the session's); no search field without it. */
  search?: (query: string, filters: SearchFilters) => Results;
  /** The search as typed, when the app keeps it (so it survives opening a result); else kept here. */
  searchState?: SearchState;
  onSearchState?: (s: SearchState) => void;
  /** The "On this day" card (nothing when there is nothing from this date); hidden while searching. */
  onThisDay?: ComponentChildren;
  /** Set by the search shortcut: focus the search field, then call `onSearchFocused`. */
  focusSearch?: boolean;
  onSearchFocused?: () => void;
  /** aria-keyshortcuts values for New entry and the search field (the app's shortcuts). */
  keyShortcuts?: { newEntry: string; search: string };
}

/** The preview without a repeat of the heading (untitled entries use their first line). */
function previewText(entry: EntrySummary): string {
  const { heading, preview } = entry;
  return heading !== '' && preview.startsWith(heading) ? preview.slice(heading.length).trim() : preview;
}

/** What an entry answers, in a few words: "Prompt · Boundaries", "Template · Weekly check-in". */
function sourceLine(source: EntrySource): string {
  const theme = source.theme === undefined ? undefined : themeById(source.theme)?.name;
  const withTheme = (kind: string) => (theme === undefined ? kind : `${kind} · ${theme}`);
  if (source.kind === 'prompt') return withTheme('Prompt');
  if (source.kind === 'custom-prompt') return withTheme('Your prompt');
  if (source.kind === 'self-check') return withTheme('Self-check reflection');
  return `${source.kind === 'tool' ? 'Coping tool' : 'Template'} · ${source.label}`;
}

/** One entry in the list; the heading is the button, so its name is short and unique. */
function EntryItem({ entry, onOpen, onTag }: { entry: EntrySummary; onOpen: (id: string) => void; onTag: (tag: string) => void }) {
  const preview = previewText(entry);
  return (
    <li class="entry">
      <h2 class="entry-heading">
        <button type="button" class="entry-open" data-entry={entry.id} onClick={() => onOpen(entry.id)}>
          {entry.heading.trim() === '' ? 'Untitled entry' : entry.heading}
        </button>
      </h2>
      {entry.conflictOf !== undefined && <p class="entry-tag">Conflict copy</p>}
      {entry.source && <p class="entry-source">{sourceLine(entry.source)}</p>}
      {preview !== '' && <p class="entry-preview">{preview}</p>}
      {entry.tags && <TagChips tags={entry.tags} onTag={onTag} />}
      <p class="entry-date">
        <time dateTime={isoDate(entry.created)}>{formatEntryDate(entry.created)}</time>
      </p>
    </li>
  );
}

/** The older entries could not be read: say so, with a way to try again, never an endless "Loading…". */
function LoadFailed({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <div class="load-failed" role="alert">
      <p>{message}</p>
      {onRetry && (
        <p>
          <button type="button" onClick={onRetry}>
            Try again
          </button>
        </p>
      )}
    </div>
  );
}

/** An invitation to write, for a journal with no entries yet: today's prompt is the easy way in. */
function EmptyJournal({ onDailyPrompt }: { onDailyPrompt?: () => void }) {
  return (
    <div class="empty">
      <p class="empty-title">Nothing here yet.</p>
      <p>
        When you are ready, start with whatever is on your mind: a session that stayed with
        you, something you noticed in yourself, or simply how today felt.
      </p>
      {onDailyPrompt && (
        <>
          <p>Not sure where to begin? Tend has one question for you each day.</p>
          <p>
            <button type="button" onClick={onDailyPrompt}>
              Today’s prompt
            </button>
          </p>
        </>
      )}
    </div>
  );
}

/** The list's entries, pinned ones in their own group first; `label` names a group when there are two. */
function EntryGroup(props: { entries: EntrySummary[]; name: string; label?: string; onOpen: (id: string) => void; onTag: (tag: string) => void }) {
  if (props.entries.length === 0) return null;
  return (
    <>
      {props.label && <p class="list-group-label" aria-hidden="true">{props.label}</p>}
      <ul class="entries" aria-label={props.name}>
        {props.entries.map((e) => (
          <EntryItem key={e.id} entry={e} onOpen={props.onOpen} onTag={props.onTag} />
        ))}
      </ul>
    </>
  );
}

/** "No entries …": what the filters (not the journal) leave out. */
function noneMessage(filters: ListFilters): string {
  const onlyTheme = filters.theme !== '' && !isFiltered({ ...filters, theme: '' });
  return onlyTheme ? 'No entries in this theme yet.' : 'No entries match these filters.';
}

/** The journal: pinned entries, then newest first, with New entry and Lock always at hand. */
export function JournalScreen(props: JournalScreenProps) {
  const [limit, setLimit] = useState(PAGE);
  const { find, setFind, filters, setFilters, clear } = useFind(props);
  // The Filters panel starts closed (JournalFind.tsx says why); a tag chip opens it.
  const [filtersOpen, setFiltersOpen] = useState(false);
  const focus = useFocusAfter();
  const searchInput = useRef<HTMLInputElement>(null);
  // Runs after the Screen's own effect has focused the heading, so the field wins.
  useEffect(() => {
    if (!props.focusSearch) return;
    searchInput.current?.focus();
    props.onSearchFocused?.();
  }, [props.focusSearch]);
  const { fullyLoaded } = props;
  const tags = useMemo(() => tagCounts(props.entries), [props.entries]);
  const results = props.search && isSearching(find) ? props.search(find.query, searchFilters(find, props.theme)) : null;
  const entries = useMemo(() => filterEntries(props.entries, filters), [props.entries, filters.theme, filters.tag, filters.answers, filters.pinnedOnly]);
  const groups = useMemo(() => groupPinned(entries), [entries]);
  const shown = firstPage(groups, limit);
  const anyFilter = isFiltered(filters) || find.from !== '' || find.to !== '';
  const showTag = (tag: string) => {
    focus.request('tag');
    setFiltersOpen(true);
    setFilters({ ...filters, tag });
  };
  const clearAll = () => {
    focus.request('theme');
    setFiltersOpen(true);
    clear();
  };
  // Back from an entry: focus returns to it in the list (when it is listed), else to the heading.
  // Decided once, on arrival: were it recomputed, typing a search would flip it and Screen would
  // take focus back to the heading mid-word.
  const [focusEntry] = useState(() => {
    const listed = [...shown.pinned, ...shown.rest].some((e) => e.id === props.focusEntry);
    return !results && listed ? props.focusEntry : undefined;
  });
  useEffect(() => {
    if (focusEntry !== undefined) document.querySelector<HTMLElement>(`.entries [data-entry="${CSS.escape(focusEntry)}"]`)?.focus();
  }, []);
  // Reflect, Look back, Insights and Settings are in the main navigation (app/AppShell.tsx).
  const toolbar = <Toolbar start={<span class="brand">Tend</span>} end={<LockButton onClick={props.onLock} />} />;
  const hasEntries = props.entries.length > 0;
  return (
    <Screen title="Journal" toolbar={toolbar} focusHeading={focusEntry === undefined}>
      <p>
        <button type="button" class="primary" onClick={props.onNew} aria-keyshortcuts={props.keyShortcuts?.newEntry}>
          New entry
        </button>
      </p>
      <div role="status" class="notice-region">
        {props.notice}
      </div>
      <Alert>{props.error}</Alert>
      {(props.damagedCount ?? 0) > 0 && <DamagedNotice count={props.damagedCount ?? 0} />}
      {(props.newerVersionCount ?? 0) > 0 && <NewerVersionNotice count={props.newerVersionCount ?? 0} />}
      {!hasEntries && fullyLoaded && <EmptyJournal onDailyPrompt={props.onDailyPrompt} />}
      {hasEntries && (
        <JournalFind
          withSearch={props.search !== undefined}
          find={find}
          onFind={setFind}
          filters={filters}
          onFilters={setFilters}
          tags={tags}
          onClear={anyFilter ? clearAll : undefined}
          open={filtersOpen}
          onOpen={setFiltersOpen}
          inputRef={searchInput}
          themeRef={focus.theme}
          tagRef={focus.tag}
          keyShortcuts={props.keyShortcuts?.search}
        />
      )}
      {results && <SearchResults results={results} entries={props.entries} onOpen={props.onOpen} onTag={showTag} />}
      {!results && props.onThisDay}
      {!results && isFiltered(filters) && hasEntries && (
        <p class="search-count" role="status">
          {entries.length === 0 ? noneMessage(filters) : entries.length === 1 ? '1 entry' : `${entries.length} entries`}
        </p>
      )}
      {!results && (
        <>
          <EntryGroup entries={shown.pinned} name="Pinned" label="Pinned" onOpen={props.onOpen} onTag={showTag} />
          <EntryGroup entries={shown.rest} name="Entries" label={shown.pinned.length > 0 ? 'Everything else' : undefined} onOpen={props.onOpen} onTag={showTag} />
        </>
      )}
      {!results && entries.length > shown.pinned.length + shown.rest.length && (
        <p>
          <button type="button" onClick={() => setLimit(limit + PAGE * 2)}>
            Show older entries
          </button>
        </p>
      )}
      {!fullyLoaded && !props.loadError && (
        <p class="loading" role="status">
          Loading older entries…
        </p>
      )}
      {!fullyLoaded && props.loadError && <LoadFailed message={props.loadError} onRetry={props.onRetryLoad} />}
    </Screen>
  );
}

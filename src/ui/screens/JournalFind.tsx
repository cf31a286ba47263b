import type { Ref } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { TagCount } from '../components/tag-list';
import { JournalFilters } from './JournalFilters';
import { activeFilterCount, type ListFilters } from './journal-list';
import { NO_SEARCH, SearchDates, SearchField, type SearchState } from './SearchResults';

/**
 * Finding entries on the journal list: the search field, always in view, and a "Filters"
 * disclosure holding the From/To dates and the list filters (theme, tag, kind, pinned only).
 *
 * Why a disclosure: on a phone the field, two dates, three menus and a checkbox filled the
 * first screen, so a clinician opening Tend saw no entry at all. The panel is closed by
 * default and its button says how many filters are set ("Filters (2)"), so a filter hidden
 * behind it is never a surprise. It is the same on wide screens, so the list behaves alike
 * everywhere. A button with aria-expanded / aria-controls (rather than <details>) so the
 * screen can open it before moving focus into it (after a tag chip is chosen).
 */

/** Where the search and the list filters are kept: by the app when it can, so they survive opening an entry. */
export interface FindSource {
  theme: string;
  onTheme: (theme: string) => void;
  searchState?: SearchState;
  onSearchState?: (s: SearchState) => void;
}

/** The search and filters as one state, with setters for the filters and "Clear filters". */
export function useFind(source: FindSource) {
  const [ownFind, setOwnFind] = useState(NO_SEARCH);
  const find = source.searchState ?? ownFind;
  const setFind = source.onSearchState ?? setOwnFind;
  const filters: ListFilters = { theme: source.theme, tag: find.tag, answers: find.answers, pinnedOnly: find.pinnedOnly };
  const setFilters = (f: ListFilters) => {
    if (f.theme !== source.theme) source.onTheme(f.theme);
    setFind({ ...find, tag: f.tag, answers: f.answers, pinnedOnly: f.pinnedOnly });
  };
  const clear = () => {
    source.onTheme('');
    setFind({ ...NO_SEARCH, query: find.query });
  };
  return { find, setFind, filters, setFilters, clear };
}

/**
 * Moves focus to a filter menu once the change that asked for it has rendered: the tag chip
 * or "Clear filters" button that was used is gone by then, and focus must not fall to the page.
 * The caller opens the Filters panel in the same update, so the menu is visible when focused.
 */
export function useFocusAfter() {
  const pending = useRef<'theme' | 'tag' | null>(null);
  const theme = useRef<HTMLSelectElement>(null);
  const tag = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    const which = pending.current;
    if (which === null) return;
    pending.current = null;
    (which === 'theme' ? theme : tag).current?.focus();
  });
  return { theme, tag, request: (which: 'theme' | 'tag') => (pending.current = which) };
}

/** Props: the state from `useFind`, the journal's tags, and whether the Filters panel is open. */
export interface JournalFindProps {
  /** False when the app offers no search: then only the Filters button and panel (no field, no dates). */
  withSearch: boolean;
  find: SearchState;
  onFind: (s: SearchState) => void;
  filters: ListFilters;
  onFilters: (f: ListFilters) => void;
  tags: readonly TagCount[];
  /** Shown while any filter is set. */
  onClear?: () => void;
  open: boolean;
  onOpen: (open: boolean) => void;
  inputRef: Ref<HTMLInputElement>;
  themeRef: Ref<HTMLSelectElement>;
  tagRef: Ref<HTMLSelectElement>;
  keyShortcuts?: string;
}

/** A small chevron that turns with the panel (decorative: aria-expanded carries the state). */
function Chevron() {
  return (
    <svg class="filters-chevron" aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
      <path d="m4 6 4 4 4-4" fill="none" stroke="currentColor" stroke-width="2" />
    </svg>
  );
}

/** The search field with the "Filters (n)" button beside it, and the panel it opens. */
export function JournalFind(props: JournalFindProps) {
  const panelId = useId();
  const count = activeFilterCount(props.filters, props.find);
  const toggle = (
    <button type="button" class="filters-toggle" aria-expanded={props.open} aria-controls={panelId} onClick={() => props.onOpen(!props.open)}>
      <Chevron />
      {count > 0 ? `Filters (${count})` : 'Filters'}
    </button>
  );
  return (
    <div class="search-bar" role={props.withSearch ? 'search' : undefined}>
      {props.withSearch ? (
        <SearchField value={props.find} onChange={props.onFind} inputRef={props.inputRef} keyShortcuts={props.keyShortcuts} after={toggle} />
      ) : (
        <p class="search-field">{toggle}</p>
      )}
      <div id={panelId} class="filters-panel" hidden={!props.open}>
        {props.withSearch && <SearchDates value={props.find} onChange={props.onFind} />}
        <JournalFilters value={props.filters} onChange={props.onFilters} tags={props.tags} onClear={props.onClear} themeRef={props.themeRef} tagRef={props.tagRef} />
      </div>
    </div>
  );
}

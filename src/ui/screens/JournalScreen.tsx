import type { ComponentChildren } from 'preact';
import { useId, useRef, useState } from 'preact/hooks';
import { THEMES, themeById } from '../../content/themes';
import type { EntrySource, EntrySummary, SearchFilters, SearchResults as Results } from '../../vault/types';
import { Alert } from '../components/Alert';
import { Screen } from '../components/Screen';
import { LockButton, Toolbar } from '../components/Toolbar';
import { formatEntryDate, isoDate } from '../components/format-date';
import { isSearching, NO_SEARCH, SearchBar, searchFilters, SearchResults, useSearchShortcut, type SearchState } from './SearchResults';

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
  /** A message such as "Entry deleted" with an Undo button. */
  notice?: ComponentChildren;
  error?: string | null;
  onNew: () => void;
  onOpen: (id: string) => void;
  onSettings: () => void;
  /** Opens the Reflect hub (prompts, templates, toolkit, self-check). */
  onReflect: () => void;
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
function EntryItem({ entry, onOpen }: { entry: EntrySummary; onOpen: (id: string) => void }) {
  const preview = previewText(entry);
  return (
    <li class="entry">
      <h2 class="entry-heading">
        <button type="button" class="entry-open" onClick={() => onOpen(entry.id)}>
          {entry.heading.trim() === '' ? 'Untitled entry' : entry.heading}
        </button>
      </h2>
      {entry.conflictOf !== undefined && <p class="entry-tag">Conflict copy</p>}
      {entry.source && <p class="entry-source">{sourceLine(entry.source)}</p>}
      {preview !== '' && <p class="entry-preview">{preview}</p>}
      <p class="entry-date">
        <time dateTime={isoDate(entry.created)}>{formatEntryDate(entry.created)}</time>
      </p>
    </li>
  );
}

/** Says plainly that some entries could not be opened, and that they were kept. */
function DamagedNotice({ count }: { count: number }) {
  const what = count === 1 ? '1 entry' : `${count} entries`;
  return (
    <p class="damaged" role="note">
      {what} couldn’t be opened: the stored data is damaged. Tend keeps {count === 1 ? 'it' : 'them'} untouched
      rather than show garbage; a backup made before the damage can bring {count === 1 ? 'it' : 'them'} back.
    </p>
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

/** An invitation to write, for a journal with no entries yet. */
function EmptyJournal() {
  return (
    <div class="empty">
      <p>Nothing here yet.</p>
      <p>
        When you are ready, start with whatever is on your mind: a session that stayed with
        you, something you noticed in yourself, or simply how today felt.
      </p>
    </div>
  );
}

/** Filters the list by theme: "All themes" or one of the eight (entries answering prompts, templates, tools). */
function ThemeFilter({ value, onChange }: { value: string; onChange: (theme: string) => void }) {
  const id = useId();
  return (
    <p class="theme-filter">
      <label for={id}>Theme</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">All themes</option>
        {THEMES.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </select>
    </p>
  );
}

/** The journal: newest first, with New entry, Settings and Lock always at hand. */
export function JournalScreen(props: JournalScreenProps) {
  const [limit, setLimit] = useState(PAGE);
  const [ownFind, setOwnFind] = useState(NO_SEARCH);
  const find = props.searchState ?? ownFind;
  const setFind = props.onSearchState ?? setOwnFind;
  const searchInput = useRef<HTMLInputElement>(null);
  useSearchShortcut(searchInput);
  const { fullyLoaded, theme } = props;
  const results = props.search && isSearching(find) ? props.search(find.query, searchFilters(find, theme)) : null;
  const entries = theme === '' ? props.entries : props.entries.filter((e) => e.source?.theme === theme);
  const shown = entries.length > limit ? entries.slice(0, limit) : entries;
  const toolbar = (
    <Toolbar
      start={<span class="brand">Tend</span>}
      end={
        <>
          <button type="button" class="tool" onClick={props.onReflect}>
            Reflect
          </button>
          <button type="button" class="tool" onClick={props.onSettings}>
            Settings
          </button>
          <LockButton onClick={props.onLock} />
        </>
      }
    />
  );
  return (
    <Screen title="Journal" toolbar={toolbar}>
      <p>
        <button type="button" class="primary" onClick={props.onNew}>
          New entry
        </button>
      </p>
      <div role="status" class="notice-region">
        {props.notice}
      </div>
      <Alert>{props.error}</Alert>
      {(props.damagedCount ?? 0) > 0 && <DamagedNotice count={props.damagedCount ?? 0} />}
      {props.entries.length === 0 && fullyLoaded && <EmptyJournal />}
      {props.search && props.entries.length > 0 && <SearchBar value={find} onChange={setFind} inputRef={searchInput} />}
      {props.entries.length > 0 && <ThemeFilter value={theme} onChange={props.onTheme} />}
      {results && <SearchResults results={results} entries={props.entries} onOpen={props.onOpen} />}
      {!results && props.onThisDay}
      {!results && props.entries.length > 0 && entries.length === 0 && <p class="muted">No entries in this theme yet.</p>}
      {!results && entries.length > 0 && (
        <ul class="entries" aria-label="Entries">
          {shown.map((e) => (
            <EntryItem key={e.id} entry={e} onOpen={props.onOpen} />
          ))}
        </ul>
      )}
      {!results && entries.length > shown.length && (
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

import { useState } from 'preact/hooks';
import type { EntrySummary } from '../../vault/types';
import { formatEntryDate, isoDate } from '../components/format-date';

/** Entries rendered at first in the pane; more on request. */
const PAGE = 50;

/** Props: the list (newest first), the entry open beside it, and the app layer's actions. */
export interface JournalPaneProps {
  entries: EntrySummary[];
  /** The id of the entry open in the editor (null: a new, not yet saved one). */
  current: string | null;
  onOpen: (id: string) => void;
  onNew: () => void;
}

/**
 * The journal list beside the editor on wide screens (1024 px and up), so opening an entry
 * keeps the list in view. A complementary landmark, not a second <main>; the open entry is
 * marked aria-current. Titles are text, never HTML.
 */
export function JournalPane({ entries, current, onOpen, onNew }: JournalPaneProps) {
  const [limit, setLimit] = useState(PAGE);
  const shown = entries.length > limit ? entries.slice(0, limit) : entries;
  return (
    <aside class="journal-pane no-print" aria-labelledby="journal-pane-heading">
      <div class="journal-pane-head">
        <h2 id="journal-pane-heading">Journal</h2>
        <button type="button" class="primary" onClick={onNew}>
          New entry
        </button>
      </div>
      {entries.length > 0 && (
        <ul class="pane-entries" aria-label="Entries">
          {shown.map((e) => (
            <li key={e.id} class={e.id === current ? 'pane-entry current' : 'pane-entry'}>
              <button
                type="button"
                class="entry-open"
                data-entry={e.id}
                aria-current={e.id === current ? 'true' : undefined}
                onClick={() => onOpen(e.id)}
              >
                {e.heading.trim() === '' ? 'Untitled entry' : e.heading}
              </button>
              <p class="entry-date">
                <time dateTime={isoDate(e.created)}>{formatEntryDate(e.created)}</time>
              </p>
            </li>
          ))}
        </ul>
      )}
      {entries.length > shown.length && (
        <p>
          <button type="button" onClick={() => setLimit(limit + PAGE * 2)}>
            Show older entries
          </button>
        </p>
      )}
    </aside>
  );
}

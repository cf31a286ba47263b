import type { Ref } from 'preact';
import { useId } from 'preact/hooks';
import { TEMPLATES } from '../../content/templates';
import { THEMES } from '../../content/themes';
import type { TagCount } from '../components/tag-list';
import type { ListFilters } from './journal-list';

/** Props: the filters as set, the journal's tags, and where changes go. */
export interface JournalFiltersProps {
  value: ListFilters;
  onChange: (next: ListFilters) => void;
  /** Every tag in the journal with its count (the Tag menu is left out while there are none). */
  tags: readonly TagCount[];
  /** Shown while any filter (these or the search dates) is set; clears them all, not the words searched for. */
  onClear?: () => void;
  /** The Theme menu, so the screen can move focus there (after "Clear filters"). */
  themeRef?: Ref<HTMLSelectElement>;
  /** The Tag menu, so the screen can move focus there (after a tag chip was chosen). */
  tagRef?: Ref<HTMLSelectElement>;
}

/** The Tag menu lists tags A to Z (easier to scan than by use), each with its count. */
function byName(tags: readonly TagCount[]): TagCount[] {
  return [...tags].sort((a, b) => a.tag.localeCompare(b.tag));
}

/**
 * The list's filters: theme, tag, what the entry answers (any prompt, one template, a coping
 * tool…), pinned only, and "Clear filters". Native selects and a checkbox: keyboard and
 * screen-reader use come with them. Changes apply at once (the list and search update live).
 */
export function JournalFilters({ value, onChange, tags, onClear, themeRef, tagRef }: JournalFiltersProps) {
  const id = useId();
  const set = (patch: Partial<ListFilters>) => onChange({ ...value, ...patch });
  // A tag set from a chip may differ in case from the menu's spelling; match it ignoring case.
  const known = tags.find((t) => t.tag.toLocaleLowerCase() === value.tag.toLocaleLowerCase());
  const tagValue = known?.tag ?? value.tag;
  return (
    <div class="list-filters" role="group" aria-label="Filters">
      <p class="list-filter">
        <label for={`${id}-theme`}>Theme</label>
        <select id={`${id}-theme`} ref={themeRef} value={value.theme} onChange={(e) => set({ theme: e.currentTarget.value })}>
          <option value="">All themes</option>
          {THEMES.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </p>
      {(tags.length > 0 || value.tag !== '') && (
        <p class="list-filter">
          <label for={`${id}-tag`}>Tag</label>
          <select id={`${id}-tag`} ref={tagRef} value={tagValue} onChange={(e) => set({ tag: e.currentTarget.value })}>
            <option value="">All tags</option>
            {value.tag !== '' && !known && <option value={value.tag}>{value.tag} (0)</option>}
            {byName(tags).map((t) => (
              <option key={t.tag} value={t.tag}>
                {t.tag} ({t.count})
              </option>
            ))}
          </select>
        </p>
      )}
      <p class="list-filter">
        <label for={`${id}-answers`}>Entry kind</label>
        <select id={`${id}-answers`} value={value.answers} onChange={(e) => set({ answers: e.currentTarget.value })}>
          <option value="">All kinds</option>
          <option value="prompt">Prompt</option>
          <option value="custom-prompt">Your prompt</option>
          <optgroup label="Templates">
            <option value="template">Any template</option>
            {TEMPLATES.map((t) => (
              <option key={t.id} value={`template:${t.id}`}>
                {t.name}
              </option>
            ))}
          </optgroup>
          <option value="tool">Coping tool</option>
          <option value="self-check">Self-check reflection</option>
        </select>
      </p>
      <p class="check list-filter-check">
        <input id={`${id}-pinned`} type="checkbox" checked={value.pinnedOnly} onChange={(e) => set({ pinnedOnly: e.currentTarget.checked })} />
        <label for={`${id}-pinned`}>Pinned only</label>
      </p>
      {onClear && (
        <p class="list-filter-clear">
          <button type="button" onClick={onClear}>
            Clear filters
          </button>
        </p>
      )}
    </div>
  );
}

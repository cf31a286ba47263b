import { TagField } from './TagField';

/** How an entry is organised: its tags (as shown, in the order added) and whether it is pinned. */
export interface Organise {
  tags: string[];
  pinned: boolean;
}

/** The organise fields of a stored entry or a seed (nothing set: no tags, not pinned). */
export function organiseOf(entry: { tags?: readonly string[]; pinned?: boolean } | null | undefined): Organise {
  return { tags: [...(entry?.tags ?? [])], pinned: entry?.pinned === true };
}

/**
 * Whether a new entry has something worth saving from these fields alone. Always sent in
 * full with a save: an empty list removes the stored tags and `pinned: false` unpins.
 */
export function hasOrganise(o: Organise): boolean {
  return o.tags.length > 0 || o.pinned;
}

/** Props: the current tags and pin, where changes go, and the journal's tags (most used first). */
export interface EntryOrganiseProps {
  value: Organise;
  onChange: (next: Organise) => void;
  suggestions?: readonly string[];
}

/**
 * Tags and the pin for one entry, in one place so each editor adds a single element. The pin
 * is a toggle button whose name stays "Pin to top" while `aria-pressed` says whether it is on
 * (a name that changed with the state would contradict it); a line of text says so too.
 */
export function EntryOrganise({ value, onChange, suggestions = [] }: EntryOrganiseProps) {
  return (
    <div class="organise">
      <TagField tags={value.tags} suggestions={suggestions} onChange={(tags) => onChange({ ...value, tags })} />
      <p class="pin-row">
        <button type="button" class="pin-toggle" aria-pressed={value.pinned} onClick={() => onChange({ ...value, pinned: !value.pinned })}>
          <PinIcon filled={value.pinned} />
          Pin to top
        </button>
        <span class="hint">{value.pinned ? 'Pinned: listed first in your journal.' : 'Pinned entries are listed first.'}</span>
      </p>
    </div>
  );
}

/** A push-pin outline, filled while pinned (the pressed state also shows in the button's style). */
function PinIcon({ filled }: { filled: boolean }) {
  return (
    <svg class="pin-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path
        d="M9 3h6l-1 6 4 4v2h-5v6l-1 1-1-1v-6H6v-2l4-4z"
        fill={filled ? 'currentColor' : 'none'}
        stroke="currentColor"
        stroke-width="1.8"
        stroke-linejoin="round"
      />
    </svg>
  );
}

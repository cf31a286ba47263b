/** Props: an entry's tags, and what choosing one does (none: the chips are plain text). */
export interface TagChipsProps {
  tags: readonly string[];
  /** Narrows the list to this tag. */
  onTag?: (tag: string) => void;
}

/**
 * An entry's tags as small chips in the journal list (text nodes only, never HTML). With
 * `onTag`, each chip is a button named "Show entries tagged X": its visible text is part of
 * its name, and it sits above the card's own open-the-entry button.
 */
export function TagChips({ tags, onTag }: TagChipsProps) {
  if (tags.length === 0) return null;
  return (
    <ul class="tag-chips entry-tags" aria-label="Tags">
      {tags.map((tag) => (
        <li key={tag}>
          {onTag ? (
            <button type="button" class="tag-link" onClick={() => onTag(tag)}>
              <span class="visually-hidden">Show entries tagged </span>
              <span class="tag-pill">{tag}</span>
            </button>
          ) : (
            <span class="tag-pill">{tag}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

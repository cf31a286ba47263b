import type { JSX } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { addTags, hasTag, MAX_TAG_CHARS, MAX_TAGS, suggestTags, tidyTag } from './tag-list';

/** Props: the entry's tags, where changes go, and the journal's tags (most used first). */
export interface TagFieldProps {
  tags: readonly string[];
  onChange: (tags: string[]) => void;
  suggestions: readonly string[];
}

/** What the typed text would become, before cutting: to tell the person it is too long. */
function untrimmedLength(text: string): number {
  return text.replace(/\s+/g, ' ').trim().replace(/^#+\s*/, '').length;
}

/**
 * The entry's tags as chips, each with its own remove button, and a field where Enter or a
 * comma adds a tag and Backspace on an empty field removes the last one. Suggestions from
 * the journal's tags follow the ARIA editable combobox pattern (list autocomplete): arrow
 * keys move through them, Enter takes one, Escape closes the list. Tag text is rendered as
 * text nodes only, never HTML. Text typed and then left is added, so nothing is lost.
 */
export function TagField({ tags, onChange, suggestions }: TagFieldProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [said, setSaid] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const chips = useRef<HTMLUListElement>(null);
  // After a chip's remove button is used, focus goes to the next chip (or the field).
  const focusChip = useRef<number | null>(null);
  useEffect(() => {
    const at = focusChip.current;
    if (at === null) return;
    focusChip.current = null;
    const buttons = chips.current?.querySelectorAll('button') ?? [];
    (buttons[Math.min(at, buttons.length - 1)] ?? input.current)?.focus();
  }, [tags]);

  const options = open ? suggestTags(suggestions, text, tags) : [];
  const expanded = options.length > 0;
  const full = tags.length >= MAX_TAGS;
  const tooLong = untrimmedLength(text.slice(text.lastIndexOf(',') + 1)) > MAX_TAG_CHARS;

  /** Adds what was typed; tags with no room left stay in the field (with a note), nothing is dropped. */
  const add = (typed: string, rest = '') => {
    const next = addTags(tags, typed);
    const added = next.slice(tags.length);
    const waiting = typed.split(',').map(tidyTag).filter((t) => t !== '' && !hasTag(next, t));
    const tag = tidyTag(typed);
    setActive(-1);
    setOpen(false);
    setText(waiting.length > 0 ? [...waiting, rest].filter(Boolean).join(', ') : rest);
    if (added.length > 0) onChange(next);
    const notes = added.length > 0 ? [`Added tag ${added.join(', ')}`] : [];
    if (waiting.length > 0) notes.push(`An entry holds up to ${MAX_TAGS} tags`);
    else if (added.length === 0 && tag !== '') notes.push(`Already tagged ${tag}`);
    setSaid(notes.join('. '));
  };
  const remove = (index: number, refocus: boolean) => {
    const tag = tags[index];
    if (tag === undefined) return;
    if (refocus) focusChip.current = index;
    onChange(tags.filter((_, i) => i !== index));
    setSaid(`Removed tag ${tag}`);
  };
  const onInput = (value: string) => {
    // A comma (typed or pasted) ends a tag; whatever follows the last one stays in the field.
    const cut = value.lastIndexOf(',');
    if (cut >= 0) return add(value.slice(0, cut), value.slice(cut + 1).trimStart());
    setText(value);
    setActive(-1);
    setOpen(value.trim() !== '');
  };
  const onKeyDown = (e: JSX.TargetedKeyboardEvent<HTMLInputElement>) => {
    const count = expanded ? options.length : suggestTags(suggestions, text, tags).length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (count === 0) return;
      e.preventDefault();
      const down = e.key === 'ArrowDown';
      setOpen(true);
      setActive(!expanded ? (down ? 0 : count - 1) : (active + (down ? 1 : count - 1)) % count);
    } else if (e.key === 'Enter') {
      const chosen = expanded && active >= 0 ? options[active] : undefined;
      if (chosen === undefined && text.trim() === '') return;
      e.preventDefault();
      add(chosen ?? text);
    } else if (e.key === 'Escape' && (expanded || text !== '')) {
      e.preventDefault();
      e.stopPropagation();
      if (expanded) setOpen(false);
      else setText('');
      setActive(-1);
    } else if (e.key === 'Backspace' && text === '' && tags.length > 0) {
      e.preventDefault();
      remove(tags.length - 1, false);
    }
  };

  const hints = [`${id}-how`, full ? `${id}-full` : '', tooLong ? `${id}-long` : ''].filter(Boolean).join(' ');
  return (
    <div class="tag-field">
      <label for={`${id}-input`}>Tags</label>
      {tags.length > 0 && (
        <ul class="tag-chips editable" aria-label="Tags on this entry" ref={chips}>
          {tags.map((tag, i) => (
            <li key={tag} class="tag-chip">
              <span class="tag-text">{tag}</span>
              <button type="button" class="tag-remove" aria-label={`Remove tag ${tag}`} onClick={() => remove(i, true)}>
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="tag-combo">
        <input
          id={`${id}-input`}
          ref={input}
          type="text"
          role="combobox"
          autocomplete="off"
          autocapitalize="none"
          spellcheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={`${id}-list`}
          aria-activedescendant={expanded && active >= 0 ? `${id}-opt-${active}` : undefined}
          aria-describedby={hints}
          value={text}
          onInput={(e) => onInput(e.currentTarget.value)}
          onKeyDown={onKeyDown}
          onBlur={() => (text.trim() !== '' ? add(text) : setOpen(false))}
        />
        <ul id={`${id}-list`} role="listbox" aria-label="Suggested tags" class="tag-options" hidden={!expanded}>
          {options.map((tag, i) => (
            <li
              key={tag}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              class={i === active ? 'tag-option active' : 'tag-option'}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => add(tag)}
            >
              {tag}
            </li>
          ))}
        </ul>
      </div>
      <p id={`${id}-how`} class="hint">
        Enter or a comma adds a tag; your tags are suggested as you type.
      </p>
      {full && (
        <p id={`${id}-full`} class="hint">
          An entry holds up to {MAX_TAGS} tags. Remove one to make room for another.
        </p>
      )}
      {tooLong && (
        <p id={`${id}-long`} class="hint">
          Tags are short labels of up to {MAX_TAG_CHARS} characters, so this one will be shortened.
        </p>
      )}
      <p class="visually-hidden" role="status">
        {said}
      </p>
    </div>
  );
}

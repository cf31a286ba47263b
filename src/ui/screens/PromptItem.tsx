import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

/** A prompt as the prompt screens show it: text, optional follow-ups, theme and history. */
export interface PromptView {
  id: string;
  text: string;
  followUps?: string[];
  /** The theme's display name, when it has one. */
  themeName?: string;
  /** "today", "3 days ago"…: set only when answered in the last 30 days. */
  answered?: string;
  /** Undefined when the prompt cannot be a favourite (the user's own prompts). */
  favourite?: boolean;
}

/** Props for the star: pressed when the prompt is a favourite. */
export interface FavouriteToggleProps {
  pressed: boolean;
  onToggle: () => void;
  /** Id of the prompt text, so a screen reader hears which prompt the star belongs to. */
  describedBy?: string;
}

/**
 * A toggle button (aria-pressed) with a constant name, "Favourite": the state is in the
 * pressed attribute and the star's fill, never only in colour.
 */
export function FavouriteToggle({ pressed, onToggle, describedBy }: FavouriteToggleProps) {
  return (
    <button
      type="button"
      class="favourite"
      aria-pressed={pressed}
      aria-describedby={describedBy}
      onClick={onToggle}
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" width="18" height="18">
        <path
          d="M10 1.8l2.5 5.2 5.7.8-4.1 4 1 5.7L10 14.8l-5.1 2.7 1-5.7-4.1-4 5.7-.8z"
          fill={pressed ? 'currentColor' : 'none'}
          stroke="currentColor"
          stroke-width="1.6"
          stroke-linejoin="round"
        />
      </svg>
      Favourite
    </button>
  );
}

/** "Answered 3 days ago", shown on prompts answered recently (text, not colour). */
export function AnsweredNote({ answered }: { answered?: string }) {
  if (answered === undefined) return null;
  return <p class="prompt-answered">Answered {answered}</p>;
}

/** Props for one prompt in a list. */
export interface PromptItemProps {
  prompt: PromptView;
  onWrite: () => void;
  onToggleFavourite?: () => void;
  /** Show the theme name above the text (lists that mix themes). */
  showTheme?: boolean;
  /** Extra actions after "Write about this" (e.g. Edit, Delete), given the text's id. */
  actions?: (textId: string) => ComponentChildren;
}

/**
 * One prompt in a list: its text, follow-ups, when it was last answered, "Write about
 * this" and the star. The buttons are described by the prompt text, since every item has
 * buttons of the same name.
 */
export function PromptItem({ prompt, onWrite, onToggleFavourite, showTheme, actions }: PromptItemProps) {
  const textId = useId();
  return (
    <li class="prompt-item">
      {showTheme && prompt.themeName && <p class="prompt-theme">{prompt.themeName}</p>}
      <p class="prompt-item-text" id={textId}>
        {prompt.text}
      </p>
      {prompt.followUps && prompt.followUps.length > 0 && (
        <ul class="prompt-followups" aria-label="Follow-up questions">
          {prompt.followUps.map((q) => (
            <li key={q}>{q}</li>
          ))}
        </ul>
      )}
      <AnsweredNote answered={prompt.answered} />
      <div class="prompt-actions">
        <button type="button" aria-describedby={textId} onClick={onWrite}>
          Write about this
        </button>
        {onToggleFavourite && prompt.favourite !== undefined && (
          <FavouriteToggle pressed={prompt.favourite} onToggle={onToggleFavourite} describedBy={textId} />
        )}
        {actions?.(textId)}
      </div>
    </li>
  );
}

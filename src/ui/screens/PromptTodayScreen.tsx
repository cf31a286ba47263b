import { useId } from 'preact/hooks';
import { Alert } from '../components/Alert';
import { Screen } from '../components/Screen';
import { BackButton, LockButton, Toolbar } from '../components/Toolbar';
import { AnsweredNote, FavouriteToggle, type PromptView } from './PromptItem';

/** Props: the prompt on show (undefined while loading) and every action, handled by app/. */
export interface PromptTodayScreenProps {
  prompt?: PromptView;
  /** False once "Another prompt" replaced today's prompt. */
  isToday: boolean;
  favouriteCount: number;
  customCount: number;
  error?: string | null;
  onWrite: () => void;
  onShuffle: () => void;
  onToday: () => void;
  onToggleFavourite: () => void;
  onBrowse: () => void;
  onFavourites: () => void;
  onCustom: () => void;
  onBack: () => void;
  onLock: () => void;
}

/** "1 prompt", "3 prompts". */
function count(n: number, none: string): string {
  if (n === 0) return none;
  return n === 1 ? '1 prompt' : `${n} prompts`;
}

/**
 * Today's prompt, with its follow-ups, "Write about this", "Another prompt" and the star,
 * then the ways to more prompts. The text is a polite live region, so "Another prompt"
 * is heard without moving focus away from the button.
 */
export function PromptTodayScreen(props: PromptTodayScreenProps) {
  const { prompt } = props;
  const toolbar = <Toolbar start={<BackButton onClick={props.onBack} />} end={<LockButton onClick={props.onLock} />} />;
  return (
    <Screen title="Today’s prompt" toolbar={toolbar}>
      <Alert>{props.error}</Alert>
      {prompt === undefined ? (
        <p class="loading" role="status">
          Finding today’s prompt…
        </p>
      ) : (
        <PromptCard {...props} prompt={prompt} />
      )}
      <h2>More prompts</h2>
      <ul class="hub" aria-label="More prompts">
        <MoreLink title="Browse by theme" description="Eight themes, from boundaries to professional growth." onOpen={props.onBrowse} />
        <MoreLink title="Favourites" description={count(props.favouriteCount, 'None starred yet')} onOpen={props.onFavourites} />
        <MoreLink title="Your own prompts" description={count(props.customCount, 'Add questions of your own')} onOpen={props.onCustom} />
      </ul>
    </Screen>
  );
}

/** The prompt itself, its theme, follow-ups and actions. */
function PromptCard(props: PromptTodayScreenProps & { prompt: PromptView }) {
  const { prompt } = props;
  const textId = useId();
  return (
    <section class="prompt-today" aria-label={props.isToday ? 'Today’s prompt' : 'Another prompt'}>
      <div aria-live="polite">
        <p class="prompt-theme">
          {props.isToday ? '' : 'Another prompt · '}
          {prompt.themeName}
        </p>
        <p class="prompt-today-text" id={textId}>
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
      </div>
      <div class="prompt-actions">
        <button type="button" class="primary" onClick={props.onWrite} aria-describedby={textId}>
          Write about this
        </button>
        <button type="button" onClick={props.onShuffle}>
          Another prompt
        </button>
        {prompt.favourite !== undefined && (
          <FavouriteToggle pressed={prompt.favourite} onToggle={props.onToggleFavourite} describedBy={textId} />
        )}
      </div>
      {!props.isToday && (
        <p>
          <button type="button" class="link" onClick={props.onToday}>
            Back to today’s prompt
          </button>
        </p>
      )}
    </section>
  );
}

/** One way to more prompts, styled like the Reflect hub. */
function MoreLink({ title, description, onOpen }: { title: string; description: string; onOpen: () => void }) {
  return (
    <li class="hub-item">
      <button type="button" class="hub-open" onClick={onOpen}>
        <span class="hub-title">{title}</span>
        <span class="hub-description">{description}</span>
      </button>
    </li>
  );
}

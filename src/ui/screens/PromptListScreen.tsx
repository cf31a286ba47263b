import type { ComponentChildren } from 'preact';
import { Alert } from '../components/Alert';
import { Screen } from '../components/Screen';
import { BackButton, LockButton, Toolbar } from '../components/Toolbar';
import { PromptItem, type PromptView } from './PromptItem';

/** Props: a titled list of prompts (one theme, or the favourites) and the actions on them. */
export interface PromptListScreenProps {
  title: string;
  intro?: ComponentChildren;
  /** Shown instead of the list when it is empty. */
  empty: ComponentChildren;
  prompts: PromptView[];
  /** Show each prompt's theme (lists that mix themes). */
  showTheme?: boolean;
  error?: string | null;
  onWrite: (id: string) => void;
  onToggleFavourite: (id: string) => void;
  onBack: () => void;
  onLock: () => void;
}

/** A list of prompts, each with "Write about this" and its star. */
export function PromptListScreen(props: PromptListScreenProps) {
  const toolbar = <Toolbar start={<BackButton onClick={props.onBack} />} end={<LockButton onClick={props.onLock} />} />;
  return (
    <Screen title={props.title} toolbar={toolbar}>
      {props.intro && <p>{props.intro}</p>}
      <Alert>{props.error}</Alert>
      {props.prompts.length === 0 ? (
        <div class="empty">{props.empty}</div>
      ) : (
        <ul class="prompt-list" aria-label="Prompts">
          {props.prompts.map((p) => (
            <PromptItem
              key={p.id}
              prompt={p}
              showTheme={props.showTheme}
              onWrite={() => props.onWrite(p.id)}
              onToggleFavourite={() => props.onToggleFavourite(p.id)}
            />
          ))}
        </ul>
      )}
    </Screen>
  );
}

import { Screen } from '../components/Screen';
import { BackButton, LockButton, Toolbar } from '../components/Toolbar';

/** One theme as the theme list shows it. */
export interface ThemeChoice {
  id: string;
  name: string;
  description: string;
  promptCount: number;
}

/** Props: the themes, and what to do with a choice. */
export interface PromptThemesScreenProps {
  themes: ThemeChoice[];
  onOpen: (themeId: string) => void;
  onBack: () => void;
  onLock: () => void;
}

/** Browse by theme: the eight themes, each opening its own list of prompts. */
export function PromptThemesScreen({ themes, onOpen, onBack, onLock }: PromptThemesScreenProps) {
  const toolbar = <Toolbar start={<BackButton onClick={onBack} />} end={<LockButton onClick={onLock} />} />;
  return (
    <Screen title="Browse by theme" toolbar={toolbar}>
      <p>Pick whatever is closest to what is on your mind today.</p>
      <ul class="hub" aria-label="Themes">
        {themes.map((t) => (
          <li key={t.id} class="hub-item">
            <button type="button" class="hub-open" onClick={() => onOpen(t.id)}>
              <span class="hub-title">{t.name}</span>
              <span class="hub-description">{t.description}</span>
              <span class="hub-count">{t.promptCount === 1 ? '1 prompt' : `${t.promptCount} prompts`}</span>
            </button>
          </li>
        ))}
      </ul>
    </Screen>
  );
}

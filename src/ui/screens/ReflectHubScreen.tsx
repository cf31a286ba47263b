import { Screen } from '../components/Screen';
import { BackButton, LockButton, Toolbar } from '../components/Toolbar';

/** One destination on the Reflect hub. */
export interface HubLink {
  id: string;
  title: string;
  description: string;
  /** A short highlighted note, e.g. "Due: last check was 41 days ago". */
  note?: string;
}

/** Props: the destinations and what to do with a choice. */
export interface ReflectHubScreenProps {
  links: HubLink[];
  onOpen: (id: string) => void;
  onBack: () => void;
  onLock: () => void;
}

/** The doorway to guided reflection: prompts, templates, the toolkit, the self-check. */
export function ReflectHubScreen({ links, onOpen, onBack, onLock }: ReflectHubScreenProps) {
  return (
    <Screen title="Reflect" toolbar={<Toolbar start={<BackButton onClick={onBack} />} end={<LockButton onClick={onLock} />} />}>
      <p>Guided ways in, for the days a blank page is too much.</p>
      <ul class="hub" aria-label="Ways to reflect">
        {links.map((link) => (
          <li key={link.id} class="hub-item">
            <button type="button" class="hub-open" onClick={() => onOpen(link.id)}>
              <span class="hub-title">{link.title}</span>
              <span class="hub-description">{link.description}</span>
              {link.note && <span class="hub-note">{link.note}</span>}
            </button>
          </li>
        ))}
      </ul>
    </Screen>
  );
}

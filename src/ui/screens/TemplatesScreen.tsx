import type { Template } from '../../content/templates';
import { Screen } from '../components/Screen';
import { BackButton, LockButton, Toolbar } from '../components/Toolbar';
import { formatEntryDate } from '../components/format-date';

/** A template entry whose "evaluate the outcome" follow-up is due. */
export interface DueFollowUp {
  id: string;
  heading: string;
  followUpAt: number;
}

/** Props: the templates, the due follow-ups, and the app layer's actions. */
export interface TemplatesScreenProps {
  templates: readonly Template[];
  due: DueFollowUp[];
  onStart: (templateId: string) => void;
  onEvaluate: (entryId: string) => void;
  onBack: () => void;
  onLock: () => void;
}

/** The template chooser, with any due follow-ups listed first. */
export function TemplatesScreen(props: TemplatesScreenProps) {
  const toolbar = <Toolbar start={<BackButton onClick={props.onBack} />} end={<LockButton onClick={props.onLock} />} />;
  return (
    <Screen title="Templates" toolbar={toolbar}>
      <p>Structured entries for the moments that come round again and again. Each one saves as you write.</p>
      {props.due.length > 0 && <DueList due={props.due} onEvaluate={props.onEvaluate} />}
      <section class="stack" aria-labelledby="templates-choose">
        <h2 id="templates-choose">Start a template</h2>
        <ul class="hub" aria-label="Templates">
          {props.templates.map((t) => (
            <li key={t.id} class="hub-item">
              <button type="button" class="hub-open" onClick={() => props.onStart(t.id)}>
                <span class="hub-title">{t.name}</span>
                <span class="hub-description">{t.description}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
    </Screen>
  );
}

/** "Follow-ups due": each asks to evaluate the outcome of an earlier walk-through. */
function DueList({ due, onEvaluate }: { due: DueFollowUp[]; onEvaluate: (id: string) => void }) {
  return (
    <section class="follow-ups stack" aria-labelledby="templates-due">
      <h2 id="templates-due">Follow-ups due</h2>
      <p>You asked to look back at how these turned out.</p>
      <ul class="follow-up-list" aria-label="Follow-ups due">
        {due.map((d) => (
          <li key={d.id} class="follow-up">
            <span class="follow-up-heading">{d.heading.trim() === '' ? 'Untitled entry' : d.heading}</span>
            <span class="hint">Due since {formatEntryDate(d.followUpAt)}</span>
            <button type="button" aria-label={`Evaluate the outcome: ${d.heading}`} onClick={() => onEvaluate(d.id)}>
              Evaluate the outcome
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

import { useState } from 'preact/hooks';
import { groundingBody } from '../../content/toolkit/compose';
import { GROUNDING_STEPS } from '../../content/toolkit/exercises';
import { TOOLKIT_THEME } from '../../content/toolkit/tools';
import { Alert } from '../components/Alert';
import { SaveFailureHelp } from './SaveFailureHelp';
import { ToolFrame, ToolIntro, type WritingToolProps } from './ToolkitShared';

/**
 * 5-4-3-2-1 grounding, one sense per step, with an optional short note for each. Notes stay in
 * this screen's memory only, unless the person ticks "Keep my notes in my journal" at the end;
 * then they are saved once, encrypted, as an entry filed under the tool.
 */
export function ToolkitGroundingScreen({ tool, save, backup, onDone, onBack, onLock }: WritingToolProps) {
  const [index, setIndex] = useState(0);
  const [notes, setNotes] = useState<string[]>(() => GROUNDING_STEPS.map(() => ''));
  const [keep, setKeep] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [outOfSpace, setOutOfSpace] = useState(false);
  const step = GROUNDING_STEPS[index]!;
  const last = index === GROUNDING_STEPS.length - 1;
  const body = groundingBody(notes);

  const finish = async () => {
    if (!keep || body === '') return onDone(false);
    setBusy(true);
    const outcome = await save({
      title: tool.name,
      body,
      source: { kind: 'tool', id: tool.id, theme: TOOLKIT_THEME, label: tool.name },
    });
    setBusy(false);
    setOutOfSpace(!outcome.ok && outcome.offerBackup === true);
    if (outcome.ok) onDone(true);
    else setError(outcome.message);
  };
  const edit = (value: string) => setNotes(notes.map((n, i) => (i === index ? value : n)));

  return (
    <ToolFrame title={tool.name} onBack={onBack} onLock={onLock}>
      <ToolIntro tool={tool} />
      <section class="tk-step card" aria-labelledby="tk-step-title">
        <div aria-live="polite" aria-atomic="true">
          <p class="tk-meta">
            Step {index + 1} of {GROUNDING_STEPS.length}
          </p>
          <h2 id="tk-step-title">{step.title}</h2>
          <p>{step.hint}</p>
        </div>
        <div class="field">
          <label for="tk-grounding-note">Notes (optional)</label>
          <textarea
            id="tk-grounding-note"
            rows={3}
            value={notes[index]}
            onInput={(e) => edit(e.currentTarget.value)}
          />
        </div>
      </section>
      {last && (
        <div class="check">
          <input id="tk-keep-notes" type="checkbox" checked={keep} onChange={(e) => setKeep(e.currentTarget.checked)} />
          <label for="tk-keep-notes">Keep my notes in my journal (encrypted, like every entry)</label>
        </div>
      )}
      <Alert>{error !== null ? `Not saved: ${error}` : null}</Alert>
      {error !== null && outOfSpace && backup && <SaveFailureHelp onRetry={() => void finish()} backup={backup} />}
      <p class="tk-actions">
        <button
          type="button"
          aria-disabled={index === 0 ? 'true' : undefined}
          onClick={() => index > 0 && !busy && setIndex(index - 1)}
        >
          Previous
        </button>
        {last ? (
          <button type="button" class="primary" onClick={() => void finish()} disabled={busy}>
            Finish
          </button>
        ) : (
          <button type="button" class="primary" onClick={() => setIndex(index + 1)}>
            Next
          </button>
        )}
      </p>
    </ToolFrame>
  );
}

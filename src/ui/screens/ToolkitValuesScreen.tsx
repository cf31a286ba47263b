import { valuesBody, type ValuesAnswers } from '../../content/toolkit/compose';
import { MAX_VALUES, VALUES } from '../../content/toolkit/exercises';
import { SaveLine, ToolFrame, ToolIntro, useDraft, useToolEntry, type WritingToolProps } from './ToolkitShared';

const EMPTY: ValuesAnswers = { picked: [], action: '' };
const SCALE = [1, 2, 3, 4, 5];

/**
 * The values check: pick up to three values, rate how much today reflected each (1-5), and
 * name one small action. Autosaves as one journal entry. Once three are picked, the other
 * boxes are disabled and the running count ("3 of 3 chosen") says why.
 */
export function ToolkitValuesScreen({ tool, save, backup, onDone, onBack, onLock }: WritingToolProps) {
  const [answers, setAnswers, latest] = useDraft<ValuesAnswers>(EMPTY);
  const entry = useToolEntry(tool, () => valuesBody(latest.current), save, backup);
  const edit = (next: ValuesAnswers) => {
    setAnswers(next);
    entry.touch();
  };
  const picked = (id: string) => answers.picked.some((p) => p.id === id);
  const full = answers.picked.length >= MAX_VALUES;
  const toggle = (id: string, on: boolean) =>
    edit({
      ...latest.current,
      picked: on ? [...latest.current.picked, { id, rating: null }] : latest.current.picked.filter((p) => p.id !== id),
    });
  const rate = (id: string, rating: number) =>
    edit({ ...latest.current, picked: latest.current.picked.map((p) => (p.id === id ? { id, rating } : p)) });

  return (
    <ToolFrame title={tool.name} onBack={() => void entry.leave(onBack)} onLock={() => void entry.leave(onLock)}>
      <ToolIntro tool={tool} />
      <SaveLine state={entry.state} help={entry.help} />
      <fieldset class="tk-choices tk-values" aria-describedby="tk-values-count">
        <legend>Pick up to {MAX_VALUES} values</legend>
        <p id="tk-values-count" class="hint" aria-live="polite">
          {answers.picked.length} of {MAX_VALUES} chosen
        </p>
        {VALUES.map((v) => (
          <label key={v.id} class="tk-choice">
            <input
              type="checkbox"
              checked={picked(v.id)}
              disabled={full && !picked(v.id)}
              onChange={(e) => toggle(v.id, e.currentTarget.checked)}
            />
            <span>{v.name}</span>
          </label>
        ))}
      </fieldset>
      {answers.picked.map(({ id, rating }) => {
        const value = VALUES.find((v) => v.id === id)!;
        return (
          <fieldset key={id} class="checkin-row tk-value-rating">
            <legend>
              How much did today’s work reflect “{value.name}”? <span class="hint">1 = hardly at all, 5 = very much</span>
            </legend>
            <div class="checkin-scale">
              {SCALE.map((n) => (
                <label key={n} class="checkin-choice">
                  <input type="radio" name={`tk-value-${id}`} checked={rating === n} onChange={() => rate(id, n)} />
                  <span>{n}</span>
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
      <div class="field">
        <label for="tk-values-action">One small action for tomorrow</label>
        <input
          id="tk-values-action"
          type="text"
          autoComplete="off"
          value={answers.action}
          onInput={(e) => edit({ ...latest.current, action: e.currentTarget.value })}
          onBlur={entry.flush}
        />
      </div>
      <p class="tk-actions">
        <button type="button" class="primary" onClick={() => void entry.leave(onDone)}>
          Done
        </button>
      </p>
      {entry.dialog}
    </ToolFrame>
  );
}

import { ritualBody, type RitualAnswers } from '../../content/toolkit/compose';
import { OWN_TRANSITION, TRANSITIONS } from '../../content/toolkit/exercises';
import { SaveLine, ToolFrame, ToolIntro, useDraft, useToolEntry, type WritingToolProps } from './ToolkitShared';

const EMPTY: RitualAnswers = { staysAtWork: '', wentWell: '', transition: null, ownTransition: '' };

/**
 * The end-of-day "leave it at work" ritual: what stays at work, one thing that went well, and
 * how to mark the change to home. Autosaves as one journal entry; Done closes the day's work.
 */
export function ToolkitRitualScreen({ tool, save, backup, onDone, onBack, onLock }: WritingToolProps) {
  const [answers, setAnswers, latest] = useDraft<RitualAnswers>(EMPTY);
  const entry = useToolEntry(tool, () => ritualBody(latest.current), save, backup);
  const edit = (patch: Partial<RitualAnswers>) => {
    setAnswers({ ...latest.current, ...patch });
    entry.touch();
  };
  return (
    <ToolFrame title={tool.name} onBack={() => void entry.leave(onBack)} onLock={() => void entry.leave(onLock)}>
      <ToolIntro tool={tool} />
      <SaveLine state={entry.state} help={entry.help} />
      <div class="field">
        <label for="tk-stays">1. What stays at work</label>
        <p id="tk-stays-hint" class="hint">
          Worries, calls to return, notes to finish. Initials at most: no client names.
        </p>
        <textarea
          id="tk-stays"
          rows={5}
          aria-describedby="tk-stays-hint"
          value={answers.staysAtWork}
          onInput={(e) => edit({ staysAtWork: e.currentTarget.value })}
          onBlur={entry.flush}
        />
      </div>
      <div class="field">
        <label for="tk-went-well">2. One thing that went well</label>
        <textarea
          id="tk-went-well"
          rows={3}
          value={answers.wentWell}
          onInput={(e) => edit({ wentWell: e.currentTarget.value })}
          onBlur={entry.flush}
        />
      </div>
      <fieldset class="tk-choices">
        <legend>3. How will you mark the change to home?</legend>
        {TRANSITIONS.map((t) => (
          <label key={t.id} class="tk-choice">
            <input
              type="radio"
              name="tk-transition"
              checked={answers.transition === t.id}
              onChange={() => edit({ transition: t.id })}
            />
            <span>{t.label}</span>
          </label>
        ))}
        {answers.transition === OWN_TRANSITION && (
          <div class="field">
            <label for="tk-own-transition">What will you do?</label>
            <input
              id="tk-own-transition"
              type="text"
              autoComplete="off"
              value={answers.ownTransition}
              onInput={(e) => edit({ ownTransition: e.currentTarget.value })}
              onBlur={entry.flush}
            />
          </div>
        )}
      </fieldset>
      <p class="tk-closing">
        That is the day’s work. What you wrote down will still be here tomorrow; it doesn’t need carrying tonight.
      </p>
      <p class="tk-actions">
        <button type="button" class="primary" onClick={() => void entry.leave(onDone)}>
          Done
        </button>
      </p>
      {entry.dialog}
    </ToolFrame>
  );
}

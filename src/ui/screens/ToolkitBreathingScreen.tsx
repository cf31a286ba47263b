import { useEffect, useState } from 'preact/hooks';
import {
  BREATH_PATTERNS,
  BREATHING_MINUTES,
  breathPhaseAt,
  PHASE_WORDS,
  patternById,
  sessionMs,
} from '../../content/toolkit/breathing';
import { BreathingTimer } from '../components/BreathingTimer';
import { CountdownTimer } from '../components/CountdownTimer';
import { useReducedMotion } from '../components/use-reduced-motion';
import { useStopwatch } from '../components/use-stopwatch';
import { ToolFrame, ToolIntro, type ToolScreenProps } from './ToolkitShared';

/**
 * Paced breathing: choose a pattern and a length, then follow the shape. One button starts,
 * pauses and resumes (so keyboard focus never jumps), Stop ends early; either way the session
 * ends with the rating. The choices are locked while a session runs.
 */
export function ToolkitBreathingScreen({ tool, onDone, onBack, onLock }: ToolScreenProps) {
  const [patternId, setPatternId] = useState(BREATH_PATTERNS[0]!.id);
  const [minutes, setMinutes] = useState(1);
  const watch = useStopwatch();
  const reducedMotion = useReducedMotion();
  const pattern = patternById(patternId);
  const total = sessionMs(pattern, minutes);
  const finished = watch.started && watch.elapsed >= total;
  const now = watch.started && !finished ? breathPhaseAt(pattern, watch.elapsed) : null;

  useEffect(() => {
    if (!finished) return;
    watch.pause();
    onDone(false);
  }, [finished]);

  const toggle = () => (watch.running ? watch.pause() : watch.start());
  const toggleLabel = watch.running ? 'Pause' : watch.started ? 'Resume' : 'Start';
  return (
    <ToolFrame title={tool.name} onBack={onBack} onLock={onLock}>
      <ToolIntro tool={tool} />
      <fieldset class="tk-choices" disabled={watch.started}>
        <legend>Pattern</legend>
        {BREATH_PATTERNS.map((p) => (
          <label key={p.id} class="tk-choice">
            <input type="radio" name="tk-pattern" checked={p.id === patternId} onChange={() => setPatternId(p.id)} />
            <span>
              <span class="tk-choice-name">{p.name}</span> <span class="hint">{p.description}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset class="tk-choices tk-inline" disabled={watch.started}>
        <legend>How long</legend>
        {BREATHING_MINUTES.map((m) => (
          <label key={m} class="tk-choice">
            <input type="radio" name="tk-minutes" checked={m === minutes} onChange={() => setMinutes(m)} />
            <span>{m === 1 ? '1 minute' : `${m} minutes`}</span>
          </label>
        ))}
      </fieldset>
      <BreathingTimer
        phase={now?.phase ?? null}
        word={now ? PHASE_WORDS[now.phase] : watch.started ? 'Done' : 'Ready'}
        secondsLeft={now?.secondsLeft ?? null}
        phaseSeconds={now?.phaseSeconds ?? pattern.phases[0]!.seconds}
        running={watch.running}
        reducedMotion={reducedMotion}
      />
      {watch.started && <CountdownTimer label="Time left" msLeft={total - watch.elapsed} />}
      <p class="tk-actions">
        <button type="button" class="primary" onClick={toggle}>
          {toggleLabel}
        </button>
        {watch.started && (
          <button
            type="button"
            onClick={() => {
              watch.pause();
              onDone(false);
            }}
          >
            Stop
          </button>
        )}
      </p>
    </ToolFrame>
  );
}

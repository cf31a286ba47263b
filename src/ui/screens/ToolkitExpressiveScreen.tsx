import { useEffect, useRef, useState } from 'preact/hooks';
import { WRITING_MINUTES } from '../../content/toolkit/exercises';
import { CountdownTimer } from '../components/CountdownTimer';
import { useStopwatch } from '../components/use-stopwatch';
import { SaveLine, ToolFrame, ToolIntro, useDraft, useToolEntry, type WritingToolProps } from './ToolkitShared';

/** What the polite live region says as time runs: only at these moments, never every second. */
function milestone(msLeft: number, started: boolean): string {
  if (!started) return '';
  if (msLeft <= 0) return 'Time is up. Finish your sentence, then press Done.';
  if (msLeft <= 60_000) return 'One minute left.';
  return '';
}

/**
 * Timed expressive writing: choose 10, 15 or 20 minutes, then write without stopping while a
 * countdown runs. The text autosaves as a journal entry; when time is up the person is told,
 * gently, and can finish the sentence before pressing Done.
 */
export function ToolkitExpressiveScreen({ tool, save, backup, onDone, onBack, onLock }: WritingToolProps) {
  const [minutes, setMinutes] = useState(WRITING_MINUTES[0]!);
  const [text, setText, latest] = useDraft('');
  const watch = useStopwatch(1000);
  const entry = useToolEntry(tool, () => latest.current, save, backup);
  const area = useRef<HTMLTextAreaElement>(null);
  const msLeft = minutes * 60_000 - watch.elapsed;

  useEffect(() => {
    if (watch.started) area.current?.focus();
  }, [watch.started]);
  useEffect(() => {
    if (watch.running && msLeft <= 0) watch.pause();
  }, [msLeft, watch.running]);

  return (
    <ToolFrame title={tool.name} onBack={() => void entry.leave(onBack)} onLock={() => void entry.leave(onLock)}>
      <ToolIntro tool={tool} />
      <fieldset class="tk-choices tk-inline" disabled={watch.started}>
        <legend>How long will you write?</legend>
        {WRITING_MINUTES.map((m) => (
          <label key={m} class="tk-choice">
            <input type="radio" name="tk-writing-minutes" checked={m === minutes} onChange={() => setMinutes(m)} />
            <span>{m} minutes</span>
          </label>
        ))}
      </fieldset>
      {!watch.started && (
        <p class="tk-actions">
          <button type="button" class="primary" onClick={watch.start}>
            Start writing
          </button>
        </p>
      )}
      <p class="tk-milestone" aria-live="polite">
        {milestone(msLeft, watch.started)}
      </p>
      {watch.started && (
        <>
          <CountdownTimer label="Time left" msLeft={msLeft} />
          <SaveLine state={entry.state} help={entry.help} />
          <div class="field grow">
            <label for="tk-expressive">Write here, without stopping</label>
            <textarea
              id="tk-expressive"
              ref={area}
              rows={16}
              value={text}
              onInput={(e) => {
                setText(e.currentTarget.value);
                entry.touch();
              }}
              onBlur={entry.flush}
            />
          </div>
          <p class="tk-actions">
            <button type="button" class="primary" onClick={() => void entry.leave(onDone)}>
              Done
            </button>
          </p>
        </>
      )}
      {entry.dialog}
    </ToolFrame>
  );
}

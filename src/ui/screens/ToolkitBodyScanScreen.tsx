import { useEffect, useState } from 'preact/hooks';
import { BODY_REGIONS, BODY_SCAN_SECONDS_PER_REGION } from '../../content/toolkit/exercises';
import { CountdownTimer } from '../components/CountdownTimer';
import { useStopwatch } from '../components/use-stopwatch';
import { ToolFrame, ToolIntro, type ToolScreenProps } from './ToolkitShared';

const REGION_MS = BODY_SCAN_SECONDS_PER_REGION * 1000;

/**
 * The body scan, one region at a time. While running it moves on by itself after a gentle
 * pause; Pause holds it there as long as wanted, and Previous / Next move by hand. The region
 * sits in a polite live region so a screen reader reads each new one once.
 */
export function ToolkitBodyScanScreen({ tool, onDone, onBack, onLock }: ToolScreenProps) {
  const [index, setIndex] = useState(0);
  const watch = useStopwatch();
  const last = BODY_REGIONS.length - 1;
  const region = BODY_REGIONS[index]!;

  const goTo = (next: number) => {
    const keepRunning = watch.running;
    watch.reset();
    if (next > last) return onDone(false);
    setIndex(Math.max(0, next));
    if (keepRunning) watch.start();
  };

  useEffect(() => {
    if (watch.running && watch.elapsed >= REGION_MS) goTo(index + 1);
  }, [watch.elapsed, watch.running]);

  const toggleLabel = watch.running ? 'Pause' : watch.started ? 'Resume' : 'Start';
  return (
    <ToolFrame title={tool.name} onBack={onBack} onLock={onLock}>
      <ToolIntro tool={tool} />
      <section class="tk-region card" aria-labelledby="tk-region-name">
        <div aria-live="polite" aria-atomic="true">
          <p class="tk-meta">
            Part {index + 1} of {BODY_REGIONS.length}
          </p>
          <h2 id="tk-region-name">{region.name}</h2>
          <p>{region.guidance}</p>
        </div>
        {watch.running && (
          <CountdownTimer label={index < last ? 'Moving on in' : 'Finishing in'} msLeft={REGION_MS - watch.elapsed} />
        )}
        {!watch.running && watch.started && <p class="tk-meta">Paused. Take as long as you like.</p>}
      </section>
      <p class="tk-actions">
        <button type="button" class="primary" onClick={() => (watch.running ? watch.pause() : watch.start())}>
          {toggleLabel}
        </button>
        <button type="button" aria-disabled={index === 0 ? 'true' : undefined} onClick={() => index > 0 && goTo(index - 1)}>
          Previous
        </button>
        <button type="button" onClick={() => goTo(index + 1)}>
          {index === last ? 'Finish' : 'Next'}
        </button>
      </p>
    </ToolFrame>
  );
}

import type { BreathPhaseKind } from '../../content/toolkit/breathing';

/** Props: where the breath is now. The screen works this out from the elapsed time. */
export interface BreathingTimerProps {
  /** The current phase, or null before the first breath. */
  phase: BreathPhaseKind | null;
  /** What to say now: "Breathe in", "Hold", … or "Ready" before starting. */
  word: string;
  /** Whole seconds left in the phase (shown as a number in the still version). */
  secondsLeft: number | null;
  /** The phase's length in seconds: picks the animation's duration class. */
  phaseSeconds: number;
  /** False while paused: the animation holds where it is. */
  running: boolean;
  /** The still version: no growing or shrinking, a number counting down instead. */
  reducedMotion: boolean;
}

/**
 * The breathing guide. A circle grows on the in-breath and shrinks on the out-breath, driven
 * only by classes (the CSS owns the motion, no inline styles); for people who ask for less
 * motion it stays still and counts the seconds instead. The phase word sits in a polite live
 * region, so a screen reader says "Breathe in", "Hold", … once per phase, never every second.
 */
export function BreathingTimer(props: BreathingTimerProps) {
  const { phase, word, secondsLeft, phaseSeconds, running, reducedMotion } = props;
  const variant = reducedMotion ? 'tk-breath-static' : 'tk-breath-animated';
  const shape = [
    'tk-breath-shape',
    `tk-phase-${phase ?? 'ready'}`,
    `tk-dur-${phaseSeconds}`,
    running ? 'tk-running' : 'tk-paused',
  ].join(' ');
  return (
    <div class={`tk-breath ${variant}`}>
      <div class={shape} aria-hidden="true" />
      <div class="tk-breath-text">
        <p class="tk-breath-word" aria-live="polite" aria-atomic="true">
          {word}
        </p>
        {reducedMotion && secondsLeft !== null && (
          <p class="tk-breath-count">
            <span class="tk-sr-only">Seconds left: </span>
            {secondsLeft}
          </p>
        )}
      </div>
    </div>
  );
}

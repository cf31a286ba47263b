import { formatClock } from './format-clock';

/** Props: time left and what it counts down to. */
export interface CountdownTimerProps {
  msLeft: number;
  /** e.g. "Time left" or "Next part in". */
  label: string;
}

/**
 * A quiet countdown. role="timer" is not announced on every tick (its live setting is off), so
 * screen-reader users can read it when they want without hearing it each second.
 */
export function CountdownTimer({ msLeft, label }: CountdownTimerProps) {
  return (
    <p class="tk-countdown">
      <span class="tk-countdown-label">{label}</span>{' '}
      <span class="tk-countdown-time" role="timer">
        {formatClock(msLeft)}
      </span>
    </p>
  );
}

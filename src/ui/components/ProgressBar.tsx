/** Props: without `value` the bar is indeterminate ("working, no estimate"). */
export interface ProgressBarProps {
  label: string;
  value?: number;
  max?: number;
}

/** An accessible progress bar; the moving stripe is turned off for reduced motion. */
export function ProgressBar({ label, value, max = 1 }: ProgressBarProps) {
  const determinate = value !== undefined && max > 0;
  const percent = determinate ? Math.round((Math.min(value, max) / max) * 100) : 0;
  return (
    <div
      class={determinate ? 'progress' : 'progress indeterminate'}
      role="progressbar"
      aria-label={label}
      aria-valuemin={determinate ? 0 : undefined}
      aria-valuemax={determinate ? max : undefined}
      aria-valuenow={determinate ? Math.min(value, max) : undefined}
    >
      <div
        class="progress-fill"
        ref={(el) => {
          // CSSOM, not an inline style attribute: the CSP allows this (style-src 'self').
          if (el) el.style.width = determinate ? `${percent}%` : '';
        }}
      />
    </div>
  );
}

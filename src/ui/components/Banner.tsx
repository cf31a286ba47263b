import type { ComponentChildren } from 'preact';

/** Props: the message and one action. */
export interface BannerProps {
  children?: ComponentChildren;
  actionLabel: string;
  onAction: () => void;
  /** An optional second action, e.g. "Later". */
  secondaryLabel?: string;
  onSecondary?: () => void;
  /** "alert" interrupts screen readers (default); "status" is announced politely. */
  tone?: 'alert' | 'status';
}

/**
 * A message across the top of whatever screen is showing, for events that concern the
 * whole app (storage closed under us). It leaves the screen below in place, so a draft
 * stays on screen to be copied.
 */
export function Banner({ children, actionLabel, onAction, secondaryLabel, onSecondary, tone = 'alert' }: BannerProps) {
  return (
    <div class="banner no-print" role={tone}>
      <p>{children}</p>
      <button type="button" onClick={onAction}>
        {actionLabel}
      </button>
      {secondaryLabel && onSecondary && (
        <button type="button" class="quiet" onClick={onSecondary}>
          {secondaryLabel}
        </button>
      )}
    </div>
  );
}

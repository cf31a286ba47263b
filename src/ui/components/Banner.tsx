import type { ComponentChildren } from 'preact';

/** Props: the message and one action. */
export interface BannerProps {
  children?: ComponentChildren;
  actionLabel: string;
  onAction: () => void;
}

/**
 * A message across the top of whatever screen is showing, for events that concern the
 * whole app (storage closed under us). It leaves the screen below in place, so a draft
 * stays on screen to be copied.
 */
export function Banner({ children, actionLabel, onAction }: BannerProps) {
  return (
    <div class="banner no-print" role="alert">
      <p>{children}</p>
      <button type="button" onClick={onAction}>
        {actionLabel}
      </button>
    </div>
  );
}

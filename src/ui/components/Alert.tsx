import type { ComponentChildren } from 'preact';

/** Props: the message, or nothing when all is well. */
export interface AlertProps {
  children?: ComponentChildren;
}

/**
 * An assertive live region for something that went wrong. The region is always in the
 * page (empty when all is well) because screen readers announce changes to a live region
 * more reliably than a region that appears with its text already inside.
 */
export function Alert({ children }: AlertProps) {
  const empty = children === undefined || children === null || children === '' || children === false;
  return (
    <div class="alert-region" role="alert">
      {!empty && <p class="alert">{children}</p>}
    </div>
  );
}

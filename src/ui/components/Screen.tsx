import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/** Props for one full screen of the app. */
export interface ScreenProps {
  /** The screen's heading; it receives focus when the screen appears. */
  title: string;
  /** Buttons for the top bar (Back, Lock, …); omitted on the locked screens. */
  toolbar?: ComponentChildren;
  /** Set false when the screen moves focus to a field itself. */
  focusHeading?: boolean;
  /** Extra class on the outer element (e.g. "kit" for the print stylesheet). */
  class?: string;
  children?: ComponentChildren;
}

/**
 * The frame every screen shares: an optional top bar, then one calm column with the
 * heading first. Moving focus to the heading on arrival tells screen-reader and keyboard
 * users that the screen changed, since there is no URL change to do it for us.
 */
export function Screen({ title, toolbar, focusHeading = true, class: cls, children }: ScreenProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, [title, focusHeading]);
  return (
    <div class={cls ? `screen ${cls}` : 'screen'}>
      {toolbar !== undefined && <header class="toolbar no-print">{toolbar}</header>}
      <main class="column">
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {children}
      </main>
    </div>
  );
}

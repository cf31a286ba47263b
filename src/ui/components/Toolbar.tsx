import type { ComponentChildren } from 'preact';
import { PanicButton } from './PanicButton';

/** Props for a toolbar button. */
export interface ToolbarButtonProps {
  onClick: () => void;
  disabled?: boolean;
}

/** Returns to the journal list; the arrow is decoration, the word is the name. */
export function BackButton({ onClick, disabled }: ToolbarButtonProps) {
  return (
    <button type="button" class="tool back" onClick={onClick} disabled={disabled}>
      <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
        <path d="M10 3 5 8l5 5" fill="none" stroke="currentColor" stroke-width="2" />
      </svg>
      Back
    </button>
  );
}

/** Locks the journal; present on every unlocked screen. */
export function LockButton({ onClick, disabled }: ToolbarButtonProps) {
  return (
    <button type="button" class="tool lock" onClick={onClick} disabled={disabled}>
      <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
        <rect x="3" y="7" width="10" height="7" rx="1.5" fill="currentColor" />
        <path d="M5.5 7V5a2.5 2.5 0 0 1 5 0v2" fill="none" stroke="currentColor" stroke-width="1.6" />
      </svg>
      Lock
    </button>
  );
}

/** Props: what goes at the start and at the end of the bar. */
export interface ToolbarProps {
  start?: ComponentChildren;
  end?: ComponentChildren;
}

/** The top bar layout: one group at each end; unlocked screens also get "Hide and lock". */
export function Toolbar({ start, end }: ToolbarProps) {
  return (
    <>
      <div class="toolbar-start">{start}</div>
      <div class="toolbar-end">
        <PanicButton />
        {end}
      </div>
    </>
  );
}

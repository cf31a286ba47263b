import type { ComponentChildren } from 'preact';
import { Screen } from '../components/Screen';

/** Props: a heading, the explanation, and optionally one button. */
export interface MessageScreenProps {
  title: string;
  children?: ComponentChildren;
  actionLabel?: string;
  onAction?: () => void;
}

/**
 * A screen that only explains: starting up, storage unavailable, the app failing to load.
 * It is the answer to "what now?" whenever there is nothing else to show: never a blank page.
 */
export function MessageScreen({ title, children, actionLabel, onAction }: MessageScreenProps) {
  return (
    <Screen title={title}>
      {children}
      {actionLabel !== undefined && onAction !== undefined && (
        <p>
          <button type="button" class="primary" onClick={onAction}>
            {actionLabel}
          </button>
        </p>
      )}
    </Screen>
  );
}

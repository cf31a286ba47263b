import type { EntryDraft, VaultSession } from '../../vault/types';

/** Every part of the unlocked app besides the journal list, editor and settings. */
export type FeatureId =
  | 'reflect'
  | 'prompts'
  | 'templates'
  | 'toolkit'
  | 'self-check'
  | 'lookback'
  | 'insights'
  /** The old name of Insights (check-in trends), kept so any link to it still lands there. */
  | 'trends'
  | 'about';

/** Where the editor's Back goes after a feature opened an entry. */
export interface FeatureReturn {
  feature: FeatureId;
  params?: unknown;
}

/**
 * What a feature gets from the shell: the open session and navigation. Features are
 * app-layer glue (they may use the vault); their screens stay in ui/screens with props.
 */
export interface FeatureContext {
  session: VaultSession;
  /** Lock now (flush anything pending first in the feature itself). */
  lock(): void;
  /** Back to the journal list. */
  home(): void;
  /** Another feature, with optional parameters (e.g. `{ entryId }`). */
  go(feature: FeatureId, params?: unknown): void;
  /**
   * Open a stored entry in the editor that fits it (template entries open their form). With
   * `back`, the plain editor's Back returns to that feature (e.g. Look back on the same day).
   */
  openEntry(id: string, back?: FeatureReturn): void;
  /** Start a new entry in the plain editor, prefilled (e.g. answering a prompt). */
  newEntry(draft: EntryDraft, followUps?: string[]): void;
}

/** Props of every feature component. */
export interface FeatureProps {
  ctx: FeatureContext;
  params?: unknown;
}

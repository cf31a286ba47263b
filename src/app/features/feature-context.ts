import type { EntryDraft, VaultSession } from '../../vault/types';

/** Every part of the unlocked app besides the journal list, editor and settings. */
export type FeatureId = 'reflect' | 'prompts' | 'templates' | 'toolkit' | 'self-check' | 'trends' | 'about';

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
  /** Open a stored entry in the editor that fits it (template entries open their form). */
  openEntry(id: string): void;
  /** Start a new entry in the plain editor, prefilled (e.g. answering a prompt). */
  newEntry(draft: EntryDraft, followUps?: string[]): void;
}

/** Props of every feature component. */
export interface FeatureProps {
  ctx: FeatureContext;
  params?: unknown;
}

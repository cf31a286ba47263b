import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { formatCitation, toolCitations } from '../../content/toolkit/evidence';
import { TOOLKIT_THEME, type Tool } from '../../content/toolkit/tools';
import type { EntryDraft } from '../../vault/types';
import { Alert } from '../components/Alert';
import type { SaveState } from '../components/autosave';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { Screen } from '../components/Screen';
import { BackButton, LockButton, Toolbar } from '../components/Toolbar';
import { useAutosave } from '../components/use-autosave';
import type { SaveOutcome } from './EditorScreen';
import { SaveFailureHelp, type BackupOffer } from './SaveFailureHelp';

/** Saves a journal entry for a tool; the app layer turns failures into words. */
export type SaveToolEntry = (draft: EntryDraft) => Promise<SaveOutcome>;

/** What every exercise screen gets. */
export interface ToolScreenProps {
  tool: Tool;
  /** The exercise is over (finished or stopped): go on to the rating. `wrote`: an entry was saved. */
  onDone: (wrote: boolean) => void;
  onBack: () => void;
  onLock: () => void;
}

/** Exercise screens that keep what the person writes. */
export interface WritingToolProps extends ToolScreenProps {
  save: SaveToolEntry;
  /** The backup offered when a save fails for lack of space, as in the entry editor (absent: none). */
  backup?: BackupOffer;
}

/** How to do the exercise, any words of care, and the evidence label with its sources. */
export function ToolIntro({ tool }: { tool: Tool }) {
  return (
    <section class="tk-intro" aria-label={`About ${tool.name}`}>
      <p class="tk-meta">{tool.duration}</p>
      <ul class="tk-steps">
        {tool.instructions.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ul>
      {tool.care !== undefined && <p class="tk-care">{tool.care}</p>}
      <Evidence tool={tool} />
    </section>
  );
}

/** The evidence label, with the published sources behind it in a disclosure. */
export function Evidence({ tool }: { tool: Tool }) {
  return (
    <div class="tk-evidence">
      <p>
        <span class="tk-evidence-tag">Evidence:</span> {tool.evidence.label}
      </p>
      <details class="tk-sources">
        <summary>Sources for {tool.name}</summary>
        <ul>
          {toolCitations(tool).map((c) => (
            <li key={c.id}>{formatCitation(c)}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}

/** The frame of an exercise screen: Back and Lock in the bar, the tool's name as heading. */
export function ToolFrame(props: { title: string; onBack: () => void; onLock: () => void; children?: ComponentChildren }) {
  const toolbar = <Toolbar start={<BackButton onClick={props.onBack} />} end={<LockButton onClick={props.onLock} />} />;
  return (
    <Screen title={props.title} toolbar={toolbar} class="tk-screen">
      {props.children}
    </Screen>
  );
}

/** The save line's words, as in the editor: never claims progress that is not happening. */
export function saveStatusText(state: SaveState): string {
  if (state.phase === 'saving') return 'Saving…';
  if (state.phase === 'saved') return 'Saved';
  if (state.phase === 'pending') return state.error === null ? 'Saving…' : 'Not saved';
  return state.phase === 'failed' ? 'Not saved' : '';
}

/** A value kept in state for rendering and in a ref for the autosave, which may run between renders. */
export function useDraft<T>(initial: T): [T, (next: T) => void, { current: T }] {
  const [value, setValue] = useState(initial);
  const ref = useRef(initial);
  const set = (next: T) => {
    ref.current = next;
    setValue(next);
  };
  return [value, set, ref];
}

/**
 * Autosaves an exercise as one journal entry, filed under the tool. Nothing is stored until
 * there is something to store; after that every change updates the same entry. The text is
 * held only in the screen's state until `save` encrypts it.
 */
export function useToolEntry(tool: Tool, compose: () => string, save: SaveToolEntry, backup?: BackupOffer) {
  const stored = useRef<{ id?: string; created?: number }>({});
  const [outOfSpace, setOutOfSpace] = useState(false);
  const latest = useRef(compose);
  latest.current = compose;
  const { state, saver } = useAutosave(async () => {
    const body = latest.current();
    const { id, created } = stored.current;
    if (id === undefined && body.trim() === '') return null;
    const draft: EntryDraft = {
      title: tool.name,
      body,
      source: { kind: 'tool', id: tool.id, theme: TOOLKIT_THEME, label: tool.name },
    };
    if (id !== undefined) draft.id = id;
    if (created !== undefined) draft.created = created;
    const outcome = await save(draft);
    setOutOfSpace(!outcome.ok && outcome.offerBackup === true);
    if (!outcome.ok) return outcome.message;
    stored.current = { id: outcome.entry.id, created: outcome.entry.created };
    return null;
  });
  // Under a failed save: Try again, and on a full device a backup on the spot (as in the editor).
  const help = state.error !== null && <SaveFailureHelp onRetry={() => void saver.flush()} backup={outOfSpace ? backup : undefined} />;
  const [leaving, setLeaving] = useState<(() => void) | null>(null);
  /** Saves first; goes on only when everything is stored, otherwise asks. */
  const leave = async (go: (wrote: boolean) => void) => {
    const wrote = () => stored.current.id !== undefined;
    if (await saver.flush()) {
      saver.cancel();
      go(wrote());
    } else setLeaving(() => () => go(wrote()));
  };
  const dialog = leaving && (
    <ConfirmDialog
      title="Your latest changes are not saved"
      confirmLabel="Leave without saving"
      cancelLabel="Stay here"
      danger
      onConfirm={() => {
        saver.cancel();
        leaving();
      }}
      onCancel={() => setLeaving(null)}
    >
      <p>{state.error}</p>
      <p>If you leave now, these changes will be lost. Copy your text somewhere safe first.</p>
    </ConfirmDialog>
  );
  return { state, help, touch: () => saver.touch(), flush: () => void saver.flush(), leave, dialog };
}

/** The status line and any save error (with `help`: Try again, and a backup when out of space), for exercise screens that autosave. */
export function SaveLine({ state, help }: { state: SaveState; help?: ComponentChildren }) {
  return (
    <>
      <p class="tk-save-line">
        <span role="status" class="save-status">
          {saveStatusText(state)}
        </span>
      </p>
      <Alert>{state.error !== null ? `Not saved: ${state.error}` : null}</Alert>
      {help}
    </>
  );
}

import { useEffect, useRef, useState } from 'preact/hooks';
import type { CheckIn, Entry, EntryDraft, EntrySource } from '../../vault/types';
import { CheckInFields, NO_CHECK_IN } from '../components/CheckInFields';
import { Alert } from '../components/Alert';
import { EntryDateField } from '../components/EntryDateField';
import { isLongText } from '../components/LongTextReader';
import { EntryOrganise, hasOrganise, organiseOf, type Organise } from '../components/EntryOrganise';
import { SaveStatus } from '../components/SaveStatus';
import { Screen } from '../components/Screen';
import { BackButton, LockButton, Toolbar } from '../components/Toolbar';
import { useAutosave } from '../components/use-autosave';
import { EditorWriting } from './EditorWriting';
import { EntryFooter, useEntryLeaving } from './EntryLeaving';
import { SaveFailureHelp, type BackupOffer } from './SaveFailureHelp';
import { useEntryDate } from './use-entry-date';

/**
 * What the app layer answers to a save: the stored entry, or why it was not stored
 * (`offerBackup` when the device is out of space: then a backup is offered on the spot).
 */
export type SaveOutcome = { ok: true; entry: Entry } | { ok: false; message: string; offerBackup?: boolean };

/** Props: the entry to edit (null for a new one) and the app layer's actions. */
export interface EditorScreenProps {
  entry: Entry | null;
  /** For a new entry: what it starts with (e.g. the prompt it answers). */
  seed?: EntryDraft;
  /** Follow-up questions to show under the prompt. */
  followUps?: string[];
  /** The journal's tags, most used first, suggested in the tag field. */
  tagSuggestions?: readonly string[];
  save: (draft: EntryDraft) => Promise<SaveOutcome>;
  /** Deletes a stored entry; resolves null once deleted (the app moves on) or a reason. */
  remove: (id: string) => Promise<string | null>;
  onBack: () => void;
  onLock: () => void;
  /** The backup offered when a save fails for lack of space (absent: none offered). */
  backup?: BackupOffer;
  /** The clock, for the date field's default and its "not later than today" (tests may fix it). */
  now?: () => number;
}

/** What is being written; the autosave reads it when it runs, the screen renders a copy. */
interface Draft {
  title: string;
  body: string;
  checkin: CheckIn;
  /** Tags and pin. */
  organise: Organise;
  /** A date the person chose (backdating); undefined keeps the stored one (or "now" for a new entry). */
  created?: number;
}

/**
 * Writing and editing one entry. The draft lives only in this component's state until
 * `save` encrypts it: never in localStorage, sessionStorage, the URL or the clipboard.
 * A failed save leaves the text on screen with the reason, and leaving asks first.
 */
export function EditorScreen(props: EditorScreenProps) {
  const { entry, seed } = props;
  const now = props.now ?? Date.now;
  const source: EntrySource | undefined = entry?.source ?? seed?.source;
  const [view, setView] = useState<Draft>(() => ({
    title: entry?.title ?? seed?.title ?? '',
    body: entry?.body ?? seed?.body ?? '',
    checkin: entry?.checkin ?? seed?.checkin ?? NO_CHECK_IN,
    organise: organiseOf(entry ?? seed),
  }));
  const draft = useRef(view);
  const stored = useRef<{ id?: string; created?: number }>({ id: entry?.id, created: entry?.created });
  const [outOfSpace, setOutOfSpace] = useState(false);
  // An entry that opens very long is shown in parts, not in the text box, until the person asks
  // to edit it. Decided once, on opening: the text box is never swapped out while someone writes.
  const [openedLong] = useState(() => isLongText(view.body));
  const [editLong, setEditLong] = useState(false);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (editLong) bodyRef.current?.focus();
  }, [editLong]);

  const { state, saver } = useAutosave(async () => {
    const { title, body, checkin, organise, created: chosen } = draft.current;
    const { id, created } = stored.current;
    const answered = checkin.mood !== null || checkin.energy !== null || checkin.stress !== null;
    if (id === undefined && title.trim() === '' && body.trim() === '' && !answered && !hasOrganise(organise) && chosen === undefined) return null;
    const next: EntryDraft = { title, body, checkin: answered ? checkin : undefined, ...organise };
    if (source) next.source = source;
    if (id !== undefined) next.id = id;
    const when = chosen ?? created;
    if (when !== undefined) next.created = when;
    const outcome = await props.save(next);
    setOutOfSpace(!outcome.ok && outcome.offerBackup === true);
    if (!outcome.ok) return outcome.message;
    stored.current = { id: outcome.entry.id, created: outcome.entry.created };
    return null;
  });
  const update = (change: Partial<Draft>) => {
    draft.current = { ...draft.current, ...change };
    setView(draft.current);
    saver.touch();
  };
  const date = useEntryDate(entry?.created ?? now(), now, (created) => update({ created }));
  const l = useEntryLeaving({ saver, storedId: () => stored.current.id, remove: props.remove, onBack: props.onBack, onLock: props.onLock });
  const flush = () => void saver.flush();

  const toolbar = <Toolbar start={<BackButton onClick={() => void l.leave('back')} />} end={<LockButton onClick={() => void l.leave('lock')} />} />;
  return (
    <Screen title={entry === null ? 'New entry' : 'Entry'} toolbar={toolbar} class="editor">
      <div class="editor-meta">
        <EntryDateField {...date} onBlur={() => (date.onBlur(), flush())} />
        <SaveStatus state={state} />
      </div>
      <Alert>{state.error !== null ? `Not saved: ${state.error}` : l.deleteError}</Alert>
      {state.error !== null && <SaveFailureHelp onRetry={flush} backup={outOfSpace ? props.backup : undefined} />}
      {source && <PromptCard source={source} followUps={props.followUps} />}
      <EditorWriting
        title={view.title}
        body={view.body}
        onTitle={(title) => update({ title })}
        onBody={(body) => update({ body })}
        onBlur={flush}
        long={openedLong && !editLong ? { onEditAnyway: () => setEditLong(true) } : undefined}
        bodyRef={bodyRef}
      />
      <CheckInFields value={view.checkin} onChange={(checkin) => update({ checkin })} />
      <EntryOrganise value={view.organise} onChange={(organise) => update({ organise })} suggestions={props.tagSuggestions} />
      <EntryFooter dialogs={l.dialogs} saveError={state.error} deleteDetail="It will be removed from this device. You can undo this straight afterwards." />
    </Screen>
  );
}

/** What this entry answers, shown above the fields (text only, never HTML). */
function PromptCard({ source, followUps }: { source: EntrySource; followUps?: string[] }) {
  return (
    <aside class="prompt-card" aria-label="What this entry answers">
      <p class="prompt-text">{source.label}</p>
      {followUps && followUps.length > 0 && (
        <ul class="prompt-followups">
          {followUps.map((q) => (
            <li key={q}>{q}</li>
          ))}
        </ul>
      )}
    </aside>
  );
}

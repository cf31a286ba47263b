import { useEffect, useRef, useState } from 'preact/hooks';
import type { CheckIn, Entry, EntryDraft, EntrySource } from '../../vault/types';
import { CheckInFields, NO_CHECK_IN } from '../components/CheckInFields';
import { Alert } from '../components/Alert';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { isLongText, LongTextReader } from '../components/LongTextReader';
import { EntryOrganise, hasOrganise, organiseOf, type Organise } from '../components/EntryOrganise';
import { Screen } from '../components/Screen';
import { BackButton, LockButton, Toolbar } from '../components/Toolbar';
import { formatEntryDate } from '../components/format-date';
import type { SaveState } from '../components/autosave';
import { useAutosave } from '../components/use-autosave';
import { SaveFailureHelp, type BackupOffer } from './SaveFailureHelp';

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
}

type Leave = 'back' | 'lock';

/**
 * The words in the status line. While the last attempt failed, it says "Not saved" until
 * a save actually runs again, so it never claims progress that is not happening.
 */
function statusText(state: SaveState): string {
  if (state.phase === 'saving') return 'Saving…';
  if (state.phase === 'saved') return 'Saved';
  if (state.phase === 'pending') return state.error === null ? 'Saving…' : 'Not saved';
  return state.phase === 'failed' ? 'Not saved' : '';
}

/**
 * Writing and editing one entry. The draft lives only in this component's state until
 * `save` encrypts it: never in localStorage, sessionStorage, the URL or the clipboard.
 * A failed save leaves the text on screen with the reason, and leaving asks first.
 */
export function EditorScreen(props: EditorScreenProps) {
  const { entry, seed } = props;
  const source: EntrySource | undefined = entry?.source ?? seed?.source;
  const [title, setTitle] = useState(entry?.title ?? seed?.title ?? '');
  const [body, setBody] = useState(entry?.body ?? seed?.body ?? '');
  const [checkin, setCheckin] = useState<CheckIn>(entry?.checkin ?? seed?.checkin ?? NO_CHECK_IN);
  const [organise, setOrganise] = useState<Organise>(() => organiseOf(entry ?? seed));
  const draft = useRef({ title, body, checkin, organise });
  const stored = useRef<{ id?: string; created?: number }>({ id: entry?.id, created: entry?.created });
  const [leaving, setLeaving] = useState<Leave | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  // An entry that opens very long is shown in parts, not in the text box, until the person asks
  // to edit it. Decided once, on opening: the text box is never swapped out while someone writes.
  const [openedLong] = useState(() => isLongText(body));
  const [editLong, setEditLong] = useState(false);
  const reading = openedLong && !editLong;
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (editLong) bodyRef.current?.focus();
  }, [editLong]);
  const [outOfSpace, setOutOfSpace] = useState(false);

  const { state, saver } = useAutosave(async () => {
    const { title: t, body: b, checkin: c, organise: o } = draft.current;
    const { id, created } = stored.current;
    const answered = c.mood !== null || c.energy !== null || c.stress !== null;
    if (id === undefined && t.trim() === '' && b.trim() === '' && !answered && !hasOrganise(o)) return null;
    const next: EntryDraft = { title: t, body: b, checkin: answered ? c : undefined, ...o };
    if (source) next.source = source;
    if (id !== undefined) next.id = id;
    if (created !== undefined) next.created = created;
    const outcome = await props.save(next);
    setOutOfSpace(!outcome.ok && outcome.offerBackup === true);
    if (!outcome.ok) return outcome.message;
    stored.current = { id: outcome.entry.id, created: outcome.entry.created };
    return null;
  });

  const edit = (field: 'title' | 'body', value: string) => {
    draft.current = { ...draft.current, [field]: value };
    (field === 'title' ? setTitle : setBody)(value);
    saver.touch();
  };
  const editCheckin = (next: CheckIn) => {
    draft.current = { ...draft.current, checkin: next };
    setCheckin(next);
    saver.touch();
  };
  const editOrganise = (next: Organise) => {
    draft.current = { ...draft.current, organise: next };
    setOrganise(next);
    saver.touch();
  };
  const go = (to: Leave) => {
    saver.cancel();
    if (to === 'back') props.onBack();
    else props.onLock();
  };
  const leave = async (to: Leave) => {
    if (await saver.flush()) go(to);
    else setLeaving(to);
  };
  const remove = async () => {
    setDeleting(true);
    saver.cancel();
    await saver.settle();
    const id = stored.current.id;
    if (id === undefined) return props.onBack();
    const reason = await props.remove(id);
    if (reason === null) return;
    setDeleting(false);
    setConfirmDelete(false);
    setDeleteError(reason);
    saver.touch();
  };

  const toolbar = (
    <Toolbar
      start={<BackButton onClick={() => void leave('back')} />}
      end={<LockButton onClick={() => void leave('lock')} />}
    />
  );
  return (
    <Screen title={entry === null ? 'New entry' : 'Entry'} toolbar={toolbar} class="editor">
      <div class="editor-meta">
        {entry !== null && <span>Written {formatEntryDate(entry.created)}</span>}
        <span role="status" class="save-status">
          {statusText(state)}
        </span>
      </div>
      <Alert>{state.error !== null ? `Not saved: ${state.error}` : deleteError}</Alert>
      {state.error !== null && (
        <SaveFailureHelp onRetry={() => void saver.flush()} backup={outOfSpace ? props.backup : undefined} />
      )}
      {source && <PromptCard source={source} followUps={props.followUps} />}
      <div class="field">
        <label for="entry-title">Title</label>
        <input
          id="entry-title"
          type="text"
          value={title}
          autoComplete="off"
          onInput={(e) => edit('title', e.currentTarget.value)}
          onBlur={() => void saver.flush()}
        />
      </div>
      {reading ? (
        <LongTextReader text={body} onEditAnyway={() => setEditLong(true)} />
      ) : (
        <div class="field grow">
          <label for="entry-body">Entry</label>
          <textarea
            ref={bodyRef}
            id="entry-body"
            value={body}
            rows={12}
            onInput={(e) => edit('body', e.currentTarget.value)}
            onBlur={() => void saver.flush()}
          />
        </div>
      )}
      <CheckInFields value={checkin} onChange={editCheckin} />
      <EntryOrganise value={organise} onChange={editOrganise} suggestions={props.tagSuggestions} />
      <p class="editor-actions">
        <button type="button" class="danger-quiet" onClick={() => setConfirmDelete(true)}>
          Delete entry
        </button>
      </p>
      {confirmDelete && (
        <ConfirmDialog
          title="Delete this entry?"
          confirmLabel="Delete"
          cancelLabel="Keep it"
          danger
          busy={deleting}
          onConfirm={() => void remove()}
          onCancel={() => setConfirmDelete(false)}
        >
          <p>It will be removed from this device. You can undo this straight afterwards.</p>
        </ConfirmDialog>
      )}
      {leaving !== null && (
        <ConfirmDialog
          title="Your latest changes are not saved"
          confirmLabel={leaving === 'lock' ? 'Lock without saving' : 'Leave without saving'}
          cancelLabel="Stay here"
          danger
          onConfirm={() => go(leaving)}
          onCancel={() => setLeaving(null)}
        >
          <p>{state.error}</p>
          <p>If you leave now, these changes will be lost. Copy your text somewhere safe first.</p>
        </ConfirmDialog>
      )}
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

import { useEffect, useRef, useState } from 'preact/hooks';
import {
  draftFromSections,
  draftHasContent,
  followUpAt as followUpDate,
  isOutcomeId,
  newOutcomeSection,
  OUTCOME_HELP,
  removeOption,
  sectionsFromDraft,
  sectionsToText,
  type Template,
  type TemplateDraft,
} from '../../content/templates';
import type { Entry, EntryDraft } from '../../vault/types';
import { Alert } from '../components/Alert';
import { EntryDateField } from '../components/EntryDateField';
import { EntryOrganise, hasOrganise, organiseOf, type Organise } from '../components/EntryOrganise';
import { SaveStatus } from '../components/SaveStatus';
import { Screen } from '../components/Screen';
import { BackButton, LockButton, Toolbar } from '../components/Toolbar';
import { useAutosave } from '../components/use-autosave';
import type { SaveOutcome } from './EditorScreen';
import { EntryFooter, useEntryLeaving } from './EntryLeaving';
import { useEntryDate } from './use-entry-date';
import { TemplateTextField } from './TemplateFields';
import type { FollowUpChoice } from './TemplateFollowUp';
import { TemplateForm } from './TemplateForm';
import { SaveFailureHelp, type BackupOffer } from './SaveFailureHelp';

/** Props: the template, the entry (null for a new one, then `seed`), and the app's actions. */
export interface TemplateEditorScreenProps {
  /** Undefined when the entry's template no longer exists: its sections show as plain fields. */
  template: Template | undefined;
  entry: Entry | null;
  /** A new entry's title, source and empty sections. */
  seed?: EntryDraft;
  /** Open straight into "evaluate the outcome" (the follow-up is being answered). */
  evaluate?: boolean;
  /** The clock, for follow-up dates (injected so the app decides what "now" is). */
  now: () => number;
  /** The journal's tags, most used first, suggested in the tag field. */
  tagSuggestions?: readonly string[];
  save: (draft: EntryDraft) => Promise<SaveOutcome>;
  /** Deletes a stored entry; resolves null once deleted (the app moves on) or a reason. */
  remove: (id: string) => Promise<string | null>;
  onBack: () => void;
  onLock: () => void;
  /** The backup offered when a save fails for lack of space, as in the entry editor (absent: none). */
  backup?: BackupOffer;
}

/** What is being edited; the autosave reads it when it runs, the screen renders a copy. */
interface Working {
  title: string;
  draft: TemplateDraft;
  followUpAt: number | undefined;
  /** The outcome section appended in this visit ("evaluate the outcome"), if any. */
  outcomeId: string | null;
  organise: Organise;
  /** A date the person chose (backdating); undefined keeps the stored one. */
  created?: number;
}

type Stored = { id?: string; created?: number };

/** Appends an empty outcome section and remembers its id. */
function withOutcome(template: Template | undefined, w: Working): Working {
  if (w.outcomeId !== null) return w;
  const section = newOutcomeSection(sectionsFromDraft(template, w.draft));
  return { ...w, outcomeId: section.id, draft: { ...w.draft, extra: [...w.draft.extra, section] } };
}

/** The working copy a visit starts from. */
function initialWorking(props: TemplateEditorScreenProps): Working {
  const { template, entry, seed } = props;
  const draft = draftFromSections(template, entry?.sections ?? seed?.sections ?? []);
  const w: Working = { title: entry?.title ?? seed?.title ?? '', draft, followUpAt: entry?.followUpAt, outcomeId: null, organise: organiseOf(entry ?? seed) };
  return props.evaluate ? withOutcome(template, w) : w;
}

/**
 * One autosave: the stored sections, a plain-text body for the list preview and search, and
 * the follow-up date. A new entry with nothing written yet is not saved at all; an outcome
 * section appended in this visit is left out while it is still empty.
 */
async function saveWorking(props: TemplateEditorScreenProps, w: Working, stored: { current: Stored }, initialTitle: string, onOutOfSpace: (full: boolean) => void) {
  const { template } = props;
  const { id, created } = stored.current;
  const extra = w.draft.extra.filter((s) => s.id !== w.outcomeId || s.text.trim() !== '');
  const draft = { ...w.draft, extra };
  if (id === undefined && !draftHasContent(draft) && w.followUpAt === undefined && w.title === initialTitle && !hasOrganise(w.organise) && w.created === undefined) return null;
  const sections = sectionsFromDraft(template, draft);
  const next: EntryDraft = { title: w.title, body: sectionsToText(template, sections), sections, followUpAt: w.followUpAt, ...w.organise };
  const source = props.entry?.source ?? props.seed?.source;
  if (source) next.source = source;
  if (id !== undefined) next.id = id;
  const when = w.created ?? created;
  if (when !== undefined) next.created = when;
  const outcome = await props.save(next);
  onOutOfSpace(!outcome.ok && outcome.offerBackup === true);
  if (!outcome.ok) return outcome.message;
  stored.current = { id: outcome.entry.id, created: outcome.entry.created };
  return null;
}

/** The working copy, its autosave, and every edit the form can make. */
function useTemplateDraft(props: TemplateEditorScreenProps) {
  const [initial] = useState(() => initialWorking(props));
  const [view, setView] = useState(initial);
  const working = useRef(initial);
  const stored = useRef<Stored>({ id: props.entry?.id, created: props.entry?.created });
  const [choice, setChoice] = useState<FollowUpChoice>(initial.followUpAt !== undefined ? { kind: 'kept' } : { kind: 'none' });
  const [outOfSpace, setOutOfSpace] = useState(false);
  const { state, saver } = useAutosave(() => saveWorking(props, working.current, stored, initial.title, setOutOfSpace));

  const set = (next: Working, touch = true) => {
    working.current = next;
    setView(next);
    if (touch) saver.touch();
  };
  const update = (next: Partial<Working>) => set({ ...working.current, ...next });
  const chooseFollowUp = (c: FollowUpChoice) => {
    setChoice(c);
    if (c.kind === 'none') update({ followUpAt: undefined });
    if (c.kind === 'days') update({ followUpAt: followUpDate(props.now(), c.days) });
  };
  const startEvaluating = () => set(withOutcome(props.template, working.current), false);
  const editOutcome = (text: string) => {
    const w = working.current;
    const draft = { ...w.draft, extra: w.draft.extra.map((s) => (s.id === w.outcomeId ? { ...s, text } : s)) };
    // Writing the outcome answers the follow-up: it is not offered again.
    const answered = text.trim() !== '' && choice.kind === 'kept';
    if (answered) setChoice({ kind: 'none' });
    update(answered ? { draft, followUpAt: undefined } : { draft });
  };
  const removeOne = (key: string) => update({ draft: removeOption(working.current.draft, key) });
  return { view, state, saver, stored, outOfSpace, choice, update, chooseFollowUp, startEvaluating, editOutcome, removeOne };
}

/**
 * A template entry, section by section, saved as you type like the plain editor. The draft
 * lives only in this component until `save` encrypts it. When its follow-up is due (or the
 * person asks), an "Outcome" section is appended and answering it clears the follow-up.
 */
export function TemplateEditorScreen(props: TemplateEditorScreenProps) {
  const { template, entry } = props;
  const d = useTemplateDraft(props);
  const { view, state, saver } = d;
  const l = useEntryLeaving({ saver, storedId: () => d.stored.current.id, remove: props.remove, onBack: props.onBack, onLock: props.onLock });
  const date = useEntryDate(entry?.created ?? props.now(), props.now, (created) => d.update({ created }));
  const outcomeBox = useRef<HTMLTextAreaElement>(null);
  // Asked for on this screen (not on arrival): take the person to the new field.
  useEffect(() => {
    if (view.outcomeId !== null && !props.evaluate) outcomeBox.current?.focus();
  }, [view.outcomeId]);

  const outcome = view.draft.extra.find((s) => s.id === view.outcomeId);
  const due = outcome === undefined && d.choice.kind === 'kept' && (view.followUpAt ?? Infinity) <= props.now();
  const flush = () => void saver.flush();
  const toolbar = <Toolbar start={<BackButton onClick={() => void l.leave('back')} />} end={<LockButton onClick={() => void l.leave('lock')} />} />;
  return (
    <Screen title={props.evaluate ? 'Evaluate the outcome' : (template?.name ?? 'Entry')} toolbar={toolbar} class="editor template-editor">
      <div class="editor-meta">
        <EntryDateField {...date} onBlur={() => (date.onBlur(), flush())} />
        <SaveStatus state={state} />
      </div>
      <Alert>{state.error !== null ? `Not saved: ${state.error}` : l.deleteError}</Alert>
      {state.error !== null && <SaveFailureHelp onRetry={flush} backup={d.outOfSpace ? props.backup : undefined} />}
      {due && <DueNotice onEvaluate={d.startEvaluating} />}
      {outcome && (
        <section class="outcome stack" aria-labelledby="outcome-heading">
          <h2 id="outcome-heading">How did it turn out?</h2>
          <TemplateTextField label={outcome.label} help={OUTCOME_HELP} value={outcome.text} rows={6} onInput={d.editOutcome} onBlur={flush} textareaRef={outcomeBox} />
        </section>
      )}
      {template && <p class="template-intro">{template.intro}</p>}
      <div class="field">
        <label for="template-title">Title</label>
        <input id="template-title" type="text" value={view.title} autoComplete="off" onInput={(e) => d.update({ title: e.currentTarget.value })} onBlur={flush} />
      </div>
      <TemplateForm
        template={template}
        draft={view.draft}
        hidden={view.outcomeId}
        helpFor={(id) => (isOutcomeId(id) ? OUTCOME_HELP : undefined)}
        onDraft={(draft) => d.update({ draft })}
        onRemoveOption={d.removeOne}
        onBlur={flush}
        followUp={template?.followUp ? { followUpAt: view.followUpAt, choice: d.choice, onChoose: d.chooseFollowUp } : undefined}
      />
      <EntryOrganise value={view.organise} onChange={(organise) => d.update({ organise })} suggestions={props.tagSuggestions} />
      <EntryFooter dialogs={l.dialogs} saveError={state.error} deleteDetail="Every section of it will be removed from this device." />
    </Screen>
  );
}

/** Shown when this entry's follow-up has come: a way into "evaluate the outcome". */
function DueNotice({ onEvaluate }: { onEvaluate: () => void }) {
  return (
    <div class="notice follow-up-due">
      <p>It is time to look back at how this turned out.</p>
      <p>
        <button type="button" class="primary" onClick={onEvaluate}>
          Evaluate the outcome now
        </button>
      </p>
    </div>
  );
}

import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  defaultTitle,
  dueFollowUps,
  emptyDraft,
  followUpNote,
  sectionsFromDraft,
  templateById,
  TEMPLATES,
} from '../../content/templates';
import type { Entry, EntryDraft, EntrySummary, VaultSession } from '../../vault/types';
import { Alert } from '../../ui/components/Alert';
import { formatEntryDate } from '../../ui/components/format-date';
import { Screen } from '../../ui/components/Screen';
import { rankedTags } from '../../ui/components/tag-list';
import { BackButton, LockButton, Toolbar } from '../../ui/components/Toolbar';
import { TemplateEditorScreen } from '../../ui/screens/TemplateEditorScreen';
import { TemplatesScreen } from '../../ui/screens/TemplatesScreen';
import { backupOffer } from '../backup-actions';
import { trackedSave } from '../entry-saver';
import { errorCode, messageFor } from '../error-messages';
import type { FeatureProps } from './feature-context';

/**
 * What the feature shows. `back` says where Back goes: the journal list (an entry opened
 * from it) or the chooser (a template started or a follow-up answered from it).
 */
type View =
  | { kind: 'choose' }
  | { kind: 'opening'; entryId: string; evaluate: boolean; back: 'home' | 'choose' }
  | { kind: 'edit'; entry: Entry | null; seed?: EntryDraft; evaluate: boolean; back: 'home' | 'choose'; key: number }
  | { kind: 'failed'; message: string; back: 'home' | 'choose' };

/** `{ entryId }` from the journal list (or `{ entryId, evaluate: true }`); anything else: the chooser. */
function initialView(params: unknown): View {
  const p = params as { entryId?: unknown; evaluate?: unknown } | undefined;
  if (typeof p?.entryId !== 'string') return { kind: 'choose' };
  return { kind: 'opening', entryId: p.entryId, evaluate: p.evaluate === true, back: 'home' };
}

/** A new, unsaved template entry: the template's name and today's date as title, empty sections. */
function seedFor(templateId: string, now: number): EntryDraft | null {
  const template = templateById(templateId);
  if (!template) return null;
  return {
    title: defaultTitle(template, formatEntryDate(now)),
    body: '',
    source: { kind: 'template', id: template.id, theme: template.theme, label: template.name },
    sections: sectionsFromDraft(template, emptyDraft(template)),
  };
}

/** The entry list; empty once locked (the app is then leaving this screen anyway). */
function listOrEmpty(session: VaultSession): EntrySummary[] {
  try {
    return session.listEntries();
  } catch (err) {
    if (errorCode(err) === 'locked') return [];
    throw err;
  }
}

/** Templates (issue #3, item 3): the chooser, due follow-ups, and the template editor. */
export function TemplatesFeature({ ctx, params }: FeatureProps) {
  const { session } = ctx;
  const [view, setView] = useState<View>(() => initialView(params));
  const [editors, setEditors] = useState(0);
  const entries = listOrEmpty(session);
  // The journal's tags for the editor's suggestions (recomputed only when the list changes).
  const tags = useMemo(() => rankedTags(entries), [entries]);

  useEffect(() => {
    if (view.kind !== 'opening') return;
    let live = true;
    session.getEntry(view.entryId).then(
      (entry) => live && setView({ kind: 'edit', entry, evaluate: view.evaluate, back: view.back, key: editors }),
      (err: unknown) => live && setView({ kind: 'failed', message: messageFor(err), back: view.back }),
    );
    return () => {
      live = false;
    };
  }, [view]);

  // One tracker per editor view: its saves are checked against the version it opened.
  const save = useMemo(() => trackedSave(session, view.kind === 'edit' ? view.entry : null), [session, view]);

  const toChooser = () => setView({ kind: 'choose' });
  const back = (to: 'home' | 'choose') => (to === 'home' ? ctx.home() : toChooser());
  const open = (entryId: string, evaluate: boolean) => {
    setEditors(editors + 1);
    setView({ kind: 'opening', entryId, evaluate, back: 'choose' });
  };

  if (view.kind === 'edit') {
    const templateId = view.entry?.source?.kind === 'template' ? view.entry.source.id : view.seed?.source?.id;
    return (
      <TemplateEditorScreen
        key={view.key}
        template={templateId === undefined ? undefined : templateById(templateId)}
        entry={view.entry}
        seed={view.seed}
        evaluate={view.evaluate}
        now={Date.now}
        tagSuggestions={tags}
        save={save}
        remove={async (id) => {
          try {
            await session.deleteEntry(id);
            back(view.back);
            return null;
          } catch (err) {
            return messageFor(err);
          }
        }}
        onBack={() => back(view.back)}
        onLock={ctx.lock}
        backup={backupOffer(session)}
      />
    );
  }
  if (view.kind === 'opening' || view.kind === 'failed') {
    const toolbar = <Toolbar start={<BackButton onClick={() => back(view.back)} />} end={<LockButton onClick={ctx.lock} />} />;
    if (view.kind === 'opening') return <Screen title="Opening…" toolbar={toolbar} />;
    return (
      <Screen title="This entry couldn’t be opened" toolbar={toolbar}>
        <Alert>{view.message}</Alert>
      </Screen>
    );
  }
  const due = dueFollowUps(entries, Date.now()).map((s) => ({ id: s.id, heading: s.heading, followUpAt: s.followUpAt ?? 0 }));
  return (
    <TemplatesScreen
      templates={TEMPLATES}
      due={due}
      onStart={(id) => {
        const seed = seedFor(id, Date.now());
        setEditors(editors + 1);
        if (seed) setView({ kind: 'edit', entry: null, seed, evaluate: false, back: 'choose', key: editors + 1 });
      }}
      onEvaluate={(id) => open(id, true)}
      onBack={() => ctx.go('reflect')}
      onLock={ctx.lock}
    />
  );
}

/** The Reflect hub's note on the Templates link: how many follow-ups are due, if any. */
export function templatesHubNote(session: VaultSession, now: number = Date.now()): string | undefined {
  return followUpNote(dueFollowUps(session.listEntries(), now).length);
}

import { useState } from 'preact/hooks';
import { answeredAgo, answeredRecently, dailyPrompt, lastAnswered, shufflePrompt } from '../../content/daily-prompt';
import { PROMPTS, promptById, promptsByTheme } from '../../content/prompts/index';
import { THEMES, themeById } from '../../content/themes';
import type { Prompt, ThemeId } from '../../content/types';
import type { EntrySummary, VaultSession } from '../../vault/types';
import { PromptCustomScreen, type CustomPromptView } from '../../ui/screens/PromptCustomScreen';
import type { PromptView } from '../../ui/screens/PromptItem';
import { PromptListScreen } from '../../ui/screens/PromptListScreen';
import { PromptThemesScreen } from '../../ui/screens/PromptThemesScreen';
import { PromptTodayScreen } from '../../ui/screens/PromptTodayScreen';
import type { FeatureContext, FeatureProps } from './feature-context';
import { newestPrefs, PREFS_TYPE, usePromptPrefs, type CustomPrompt, type PromptPrefs, type PromptPrefsState } from './prompt-prefs';

type View =
  | { kind: 'today' }
  | { kind: 'themes' }
  | { kind: 'theme'; theme: ThemeId }
  /** The favourites as they were on arrival, so un-starring one keeps it on screen (and undoable). */
  | { kind: 'favourites'; ids: string[] }
  | { kind: 'custom' };

/** The entry list, or none once the session is locked (the shell then shows the lock screen). */
function entriesOf(session: VaultSession): EntrySummary[] {
  try {
    return session.listEntries();
  } catch {
    return [];
  }
}

/** What every prompt screen needs to know about the journal right now. */
interface Context {
  now: Date;
  answered: Map<string, number>;
  answeredCustom: Map<string, number>;
  favourites: Set<string>;
}

function answeredText(at: number | undefined, now: Date): string | undefined {
  return at !== undefined && answeredRecently(at, now) ? answeredAgo(at, now) : undefined;
}

/** A library prompt as the screens show it. */
function viewOf(p: Prompt, c: Context): PromptView {
  return {
    id: p.id,
    text: p.text,
    followUps: p.followUps,
    themeName: themeById(p.theme)?.name,
    answered: answeredText(c.answered.get(p.id), c.now),
    favourite: c.favourites.has(p.id),
  };
}

/** One of the user's own prompts as the screens show it. */
function customViewOf(p: CustomPrompt, c: Context): CustomPromptView {
  const theme = p.theme === undefined ? undefined : themeById(p.theme);
  return { id: p.id, text: p.text, theme: theme?.id, themeName: theme?.name, answered: answeredText(c.answeredCustom.get(p.id), c.now) };
}

/** Starts an entry answering a library prompt, with its follow-ups under it. */
function writeAbout(ctx: FeatureContext, p: Prompt): void {
  ctx.newEntry({ title: '', body: '', source: { kind: 'prompt', id: p.id, theme: p.theme, label: p.text } }, p.followUps);
}

/** Starts an entry answering one of the user's own prompts. */
function writeAboutCustom(ctx: FeatureContext, p: CustomPrompt): void {
  ctx.newEntry({ title: '', body: '', source: { kind: 'custom-prompt', id: p.id, theme: p.theme, label: p.text } });
}

/** Adds or removes a favourite. */
function toggled(prefs: PromptPrefs, id: string): PromptPrefs {
  const favourites = prefs.favourites.includes(id) ? prefs.favourites.filter((f) => f !== id) : [...prefs.favourites, id];
  return { ...prefs, favourites };
}

/** A theme id Tend knows, or undefined. */
function knownTheme(theme: string | undefined): ThemeId | undefined {
  return theme === undefined ? undefined : themeById(theme)?.id;
}

/** Add, edit and delete of the user's own prompts, each resolving true once stored. */
function customActions(p: PromptPrefsState) {
  return {
    onAdd: (text: string, theme: string | undefined) =>
      p.update((prefs) => ({ ...prefs, custom: [...prefs.custom, { id: `custom-${crypto.randomUUID()}`, text, theme: knownTheme(theme) }] })),
    onSave: (id: string, text: string, theme: string | undefined) =>
      p.update((prefs) => ({ ...prefs, custom: prefs.custom.map((c) => (c.id === id ? { id, text, theme: knownTheme(theme) } : c)) })),
    onDelete: (id: string) => p.update((prefs) => ({ ...prefs, custom: prefs.custom.filter((c) => c.id !== id) })),
  };
}

/** Everything the per-view renderers share. */
interface Parts {
  ctx: FeatureContext;
  p: PromptPrefsState;
  c: Context;
  setView: (view: View) => void;
  common: { error: string | null; onLock: () => void };
  toggle: (id: string) => void;
  write: (id: string) => void;
}

/** One theme's prompts. */
function themeView({ p, c, setView, common, toggle, write }: Parts, themeId: ThemeId) {
  const theme = themeById(themeId);
  return (
    <PromptListScreen
      {...common}
      title={theme?.name ?? 'Prompts'}
      intro={theme?.description}
      empty={<p>No prompts in this theme yet.</p>}
      prompts={promptsByTheme(themeId).map((x) => viewOf(x, c))}
      onWrite={write}
      onToggleFavourite={toggle}
      onBack={() => setView({ kind: 'themes' })}
    />
  );
}

/** The starred prompts (those starred on arrival stay listed, un-starred, until leaving). */
function favouritesView({ c, setView, common, toggle, write }: Parts, ids: string[]) {
  const shown = [...new Set([...ids, ...c.favourites])].map((id) => promptById(id)).filter((x) => x !== undefined);
  return (
    <PromptListScreen
      {...common}
      title="Favourites"
      intro="Prompts you starred, to come back to."
      empty={<p>No favourites yet. Star a prompt you want to come back to, and it will wait for you here.</p>}
      prompts={shown.map((x) => viewOf(x, c))}
      showTheme
      onWrite={write}
      onToggleFavourite={toggle}
      onBack={() => setView({ kind: 'today' })}
    />
  );
}

/** The user's own prompts. */
function customView({ ctx, p, c, setView, common }: Parts) {
  const custom = p.prefs?.custom ?? [];
  return (
    <PromptCustomScreen
      {...common}
      busy={p.busy}
      prompts={custom.map((x) => customViewOf(x, c))}
      themes={THEMES}
      {...customActions(p)}
      onWrite={(id) => {
        const own = custom.find((x) => x.id === id);
        if (own) writeAboutCustom(ctx, own);
      }}
      onBack={() => setView({ kind: 'today' })}
    />
  );
}

/** Today's prompt, or the one "Another prompt" picked instead. */
function todayView({ ctx, p, c, setView, common, toggle }: Parts, shuffled: string | null, setShuffled: (id: string | null) => void) {
  const seed = ctx.session.isFullyLoaded() ? p.prefs?.seed : undefined;
  const input = seed === undefined ? undefined : { prompts: PROMPTS, seed, now: c.now, answered: c.answered };
  const today = input && dailyPrompt(input);
  const shown = (shuffled === null ? undefined : promptById(shuffled)) ?? today;
  const shuffle = () => {
    const next = input && shufflePrompt({ ...input, exclude: shown ? [shown.id] : [] });
    if (next) setShuffled(next.id);
  };
  return (
    <PromptTodayScreen
      {...common}
      prompt={shown && viewOf(shown, c)}
      isToday={shown === today}
      favouriteCount={p.prefs?.favourites.filter((id) => promptById(id)).length ?? 0}
      customCount={p.prefs?.custom.length ?? 0}
      onWrite={() => shown && writeAbout(ctx, shown)}
      onShuffle={shuffle}
      onToday={() => setShuffled(null)}
      onToggleFavourite={() => shown && toggle(shown.id)}
      onBrowse={() => setView({ kind: 'themes' })}
      onFavourites={() => setView({ kind: 'favourites', ids: p.prefs?.favourites ?? [] })}
      onCustom={() => setView({ kind: 'custom' })}
      onBack={() => ctx.go('reflect')}
    />
  );
}

/**
 * Prompts: today's prompt (a rotation of the whole library, see content/daily-prompt.ts),
 * another at random, browsing by theme, favourites and the user's own prompts. Favourites,
 * own prompts and the rotation seed live in one encrypted "prompt-prefs" document.
 */
export function PromptsFeature({ ctx }: FeatureProps) {
  const p = usePromptPrefs(ctx.session);
  const [view, setView] = useState<View>({ kind: 'today' });
  const [shuffled, setShuffled] = useState<string | null>(null);
  const entries = entriesOf(ctx.session);
  const c: Context = {
    now: new Date(),
    answered: lastAnswered(entries),
    answeredCustom: lastAnswered(entries, 'custom-prompt'),
    favourites: new Set(p.prefs?.favourites ?? []),
  };
  const parts: Parts = {
    ctx,
    p,
    c,
    setView,
    common: { error: p.error, onLock: ctx.lock },
    toggle: (id) => void p.update((prefs) => toggled(prefs, id)),
    write: (id) => {
      const prompt = promptById(id);
      if (prompt) writeAbout(ctx, prompt);
    },
  };
  if (view.kind === 'themes') {
    const themes = THEMES.map((t) => ({ ...t, promptCount: promptsByTheme(t.id).length }));
    const open = (id: string) => setView({ kind: 'theme', theme: id as ThemeId });
    return <PromptThemesScreen onLock={ctx.lock} themes={themes} onOpen={open} onBack={() => setView({ kind: 'today' })} />;
  }
  if (view.kind === 'theme') return themeView(parts, view.theme);
  if (view.kind === 'favourites') return favouritesView(parts, view.ids);
  if (view.kind === 'custom') return customView(parts);
  return todayView(parts, shuffled, setShuffled);
}

/**
 * A short note for the Reflect hub: today's theme, or that today's prompt is answered.
 * Undefined until the prefs document exists (it is created on the first visit).
 */
export function promptsHubNote(session: VaultSession): string | undefined {
  try {
    if (!session.isFullyLoaded()) return undefined;
    const prefs = newestPrefs(session.docs<unknown>(PREFS_TYPE))?.prefs;
    if (!prefs) return undefined;
    const now = new Date();
    const answered = lastAnswered(session.listEntries());
    const today = dailyPrompt({ prompts: PROMPTS, seed: prefs.seed, now, answered });
    if (!today) return undefined;
    const at = answered.get(today.id);
    if (at !== undefined && answeredAgo(at, now) === 'today') return 'Answered today';
    return `Today: ${themeById(today.theme)?.name ?? 'a new question'}`;
  } catch {
    return undefined;
  }
}

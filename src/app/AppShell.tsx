import type { ComponentChildren } from 'preact';
import { AppNav, type NavItem } from '../ui/components/AppNav';
import { flushPendingSaves } from '../ui/components/pending-saves';
import { FEATURES } from './features/registry';

/** The top-level places of the unlocked app, one per navigation item. */
export type Section = 'journal' | 'reflect' | 'lookback' | 'insights' | 'settings';

/** Every place the navigation can offer, in order; `feature` ones need that feature to exist. */
const ALL_ITEMS: (NavItem & { id: Section; feature?: string })[] = [
  { id: 'journal', label: 'Journal' },
  { id: 'reflect', label: 'Reflect', feature: 'reflect' },
  { id: 'lookback', label: 'Look back', feature: 'lookback' },
  { id: 'insights', label: 'Insights', feature: 'insights' },
  { id: 'settings', label: 'Settings' },
];

/** The items shown: a feature's item only once that feature is registered, so the bar adapts. */
export const NAV_ITEMS: readonly (NavItem & { id: Section })[] = ALL_ITEMS.filter(
  (item) => item.feature === undefined || Object.hasOwn(FEATURES, item.feature),
);

/** What the shell needs to know about the current view (UnlockedApp's view, loosely typed). */
export interface ShellView {
  kind: string;
  feature?: string;
}

/** Which navigation item a view belongs to; null where no item is current (the new-key kit). */
export function sectionOf(view: ShellView): Section | null {
  if (view.kind === 'list' || view.kind === 'editor') return 'journal';
  if (view.kind === 'settings') return 'settings';
  if (view.kind !== 'feature') return null;
  if (view.feature === 'lookback' || view.feature === 'insights') return view.feature;
  // Check-in trends became part of Insights, where that exists.
  if (view.feature === 'trends' && NAV_ITEMS.some((item) => item.id === 'insights')) return 'insights';
  // Every guided feature (prompts, templates, toolkit, self-check, about) lives under Reflect.
  return 'reflect';
}

/** Props: the current view, where a navigation choice goes, and the screen itself. */
export interface AppShellProps {
  view: ShellView;
  onNavigate: (section: Section) => void;
  children: ComponentChildren;
}

/**
 * The frame of the unlocked app: the current screen plus the main navigation (a bottom bar
 * on phones, a side rail from 1024 px). On a phone the bar steps aside while writing (the
 * editor has Back, and the keyboard needs the room). The new-recovery-key kit shows no
 * navigation at all: leaving it unconfirmed would lose the only sight of the new key.
 *
 * A choice first saves anything being written (as Back does); if that fails the person stays
 * where they are and the screen shows why, so nothing is ever lost by navigating.
 */
export function AppShell({ view, onNavigate, children }: AppShellProps) {
  const current = sectionOf(view);
  const select = async (id: string) => {
    if (await flushPendingSaves()) onNavigate(id as Section);
  };
  const cls = ['shell', view.kind === 'editor' ? 'shell-writing' : '', current === null ? 'shell-bare' : ''];
  return (
    <div class={cls.filter(Boolean).join(' ')}>
      <div class="shell-content">{children}</div>
      {current !== null && <AppNav items={NAV_ITEMS} current={current} onSelect={(id) => void select(id)} />}
    </div>
  );
}

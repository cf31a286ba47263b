import type { FunctionComponent } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { RATING_DOC_TYPE, rankTools, type ToolRating } from '../../content/toolkit/ratings';
import { isToolId, toolById, TOOLS, type ToolId } from '../../content/toolkit/tools';
import { ToolkitBodyScanScreen } from '../../ui/screens/ToolkitBodyScanScreen';
import { ToolkitBreathingScreen } from '../../ui/screens/ToolkitBreathingScreen';
import { ToolkitExpressiveScreen } from '../../ui/screens/ToolkitExpressiveScreen';
import { ToolkitGroundingScreen } from '../../ui/screens/ToolkitGroundingScreen';
import { ToolkitLetterScreen } from '../../ui/screens/ToolkitLetterScreen';
import { ToolkitRateScreen } from '../../ui/screens/ToolkitRateScreen';
import { ToolkitRitualScreen } from '../../ui/screens/ToolkitRitualScreen';
import { ToolkitScreen } from '../../ui/screens/ToolkitScreen';
import type { WritingToolProps } from '../../ui/screens/ToolkitShared';
import { ToolkitValuesScreen } from '../../ui/screens/ToolkitValuesScreen';
import type { VaultSession } from '../../vault/types';
import { backupOffer } from '../backup-actions';
import { trackedSave } from '../entry-saver';
import { messageFor } from '../error-messages';
import type { FeatureProps } from './feature-context';

type View =
  | { kind: 'list'; notice?: string }
  | { kind: 'tool'; id: ToolId; key: number }
  | { kind: 'rate'; id: ToolId; wrote: boolean };

/** The screen for each exercise. Screens that do not write ignore `save`. */
const SCREENS: Record<ToolId, FunctionComponent<WritingToolProps>> = {
  breathing: ToolkitBreathingScreen,
  grounding: ToolkitGroundingScreen,
  'body-scan': ToolkitBodyScanScreen,
  'self-compassion-letter': ToolkitLetterScreen,
  'gratitude-letter': ToolkitLetterScreen,
  'expressive-writing': ToolkitExpressiveScreen,
  'leave-it-at-work': ToolkitRitualScreen,
  'values-check': ToolkitValuesScreen,
};

/** `{ tool: 'breathing' }` opens that exercise straight away (e.g. from a prompt). */
function initialView(params: unknown): View {
  const id = (params as { tool?: unknown } | undefined)?.tool;
  return typeof id === 'string' && isToolId(id) ? { kind: 'tool', id, key: 0 } : { kind: 'list' };
}

/** Re-render when the session changes (a rating saved, the background load finishing). */
function useSessionVersion(session: VaultSession): void {
  const [, setVersion] = useState(0);
  useEffect(() => session.subscribe(() => setVersion((v) => v + 1)), [session]);
}

/** The stored ratings' data; none once the session is locked (the shell is about to leave). */
function storedRatings(session: VaultSession): unknown[] {
  try {
    return session.docs<ToolRating>(RATING_DOC_TYPE).map((d) => d.data);
  } catch {
    return [];
  }
}

/** The Reflect hub's note on the toolkit link: the exercise this person has rated most helpful. */
export function toolkitHubNote(session: VaultSession): string | undefined {
  const best = rankTools(storedRatings(session)).ranked[0];
  return best ? `Helps you most so far: ${best.tool.name}` : undefined;
}

/**
 * The coping toolkit: the list with this person's own "what helps most", each exercise, and the
 * optional rating afterwards, stored as an encrypted `tool-rating` document.
 */
export function ToolkitFeature({ ctx, params }: FeatureProps) {
  const { session } = ctx;
  const [view, setView] = useState<View>(() => initialView(params));
  useSessionVersion(session);
  // One tracker per exercise: its saves are checked against the version it last stored.
  const save = useMemo(() => trackedSave(session, null), [session, view]);
  const toList = (notice?: string) => setView({ kind: 'list', notice });

  if (view.kind === 'tool') {
    const Exercise = SCREENS[view.id];
    return (
      <Exercise
        key={view.key}
        tool={toolById(view.id)!}
        save={save}
        backup={backupOffer(session)}
        onDone={(wrote) => setView({ kind: 'rate', id: view.id, wrote })}
        onBack={() => toList()}
        onLock={ctx.lock}
      />
    );
  }
  if (view.kind === 'rate') {
    const rate = async (rating: number): Promise<string | null> => {
      try {
        const data: ToolRating = { tool: view.id, rating, at: Date.now() };
        await session.putDoc(RATING_DOC_TYPE, data);
      } catch (err) {
        return messageFor(err);
      }
      toList('Rating saved.');
      return null;
    };
    return (
      <ToolkitRateScreen
        tool={toolById(view.id)!}
        wrote={view.wrote}
        onRate={rate}
        onSkip={() => toList()}
        onLock={ctx.lock}
      />
    );
  }
  return (
    <ToolkitScreen
      tools={TOOLS}
      ranking={rankTools(storedRatings(session))}
      loaded={session.isFullyLoaded()}
      notice={view.notice}
      onOpen={(id) => setView({ kind: 'tool', id, key: Date.now() })}
      onBack={() => ctx.go('reflect')}
      onLock={ctx.lock}
    />
  );
}

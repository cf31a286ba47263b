import { useState } from 'preact/hooks';
import { followUpFor, recheckStatus, type FollowUpPrompt, type RecheckStatus } from '../../content/proqol/guidance';
import { PROQOL_ITEM_COUNT, parseProqolRecord, scoreProqol, type ProqolRecord } from '../../content/proqol/scoring';
import { SelfCheckFormScreen } from '../../ui/screens/SelfCheckFormScreen';
import { SelfCheckIntroScreen } from '../../ui/screens/SelfCheckIntroScreen';
import { SelfCheckResultScreen } from '../../ui/screens/SelfCheckResultScreen';
import type { VaultSession } from '../../vault/types';
import { messageFor } from '../error-messages';
import type { FeatureProps } from './feature-context';

/** The encrypted document type of one ProQOL result: `{ at, answers: number[30], scores: { cs, bo, sts } }`. */
export const PROQOL_DOC = 'proqol-result';

/** A stored result with the id of its document. */
export type StoredResult = ProqolRecord & { id: string };

type View = { kind: 'intro' } | { kind: 'form' } | { kind: 'result'; id: string; fresh: boolean };

/** Every readable result, oldest first (damaged or foreign documents are left out, never shown). */
export function proqolHistory(session: VaultSession): StoredResult[] {
  const results: StoredResult[] = [];
  for (const doc of session.docs<unknown>(PROQOL_DOC)) {
    const record = parseProqolRecord(doc.data);
    if (record) results.push({ ...record, id: doc.id });
  }
  return results.sort((a, b) => a.at - b.at);
}

/** The reminder state; 'loading' while documents are still being decrypted and none is known yet. */
export function proqolStatus(session: VaultSession, now: number = Date.now()): RecheckStatus | 'loading' {
  const history = proqolHistory(session);
  const last = history[history.length - 1];
  if (!last && !session.isFullyLoaded()) return 'loading';
  return recheckStatus(last ? last.at : null, now);
}

/** The Reflect hub's note on the self-check link: only when one is due (or never taken). */
export function proqolHubNote(session: VaultSession, now: number = Date.now()): string | undefined {
  const status = proqolStatus(session, now);
  if (status === 'loading' || status.kind === 'recent') return undefined;
  return status.kind === 'never' ? 'Not taken yet: about 5 minutes' : `Due: last check was ${status.days} days ago`;
}

/** Scores and stores one complete set of answers; resolves the new document's id or a reason. */
async function store(session: VaultSession, answers: number[]): Promise<{ id: string } | { reason: string }> {
  const result = scoreProqol(answers);
  if (!result.ok) return { reason: 'Some answers are missing, so Tend could not work out your scores.' };
  try {
    const doc = await session.putDoc(PROQOL_DOC, { at: Date.now(), answers: [...answers], scores: result.scores });
    return { id: doc.id };
  } catch (err) {
    return { reason: messageFor(err) };
  }
}

/**
 * The ProQOL self-check: intro with the reminder and past results, the questionnaire, and
 * a result with its follow-up prompt. Answers stay in memory until stored, encrypted, as a
 * `proqol-result` document; nothing goes anywhere else.
 */
export function SelfCheckFeature({ ctx }: FeatureProps) {
  const { session } = ctx;
  const [view, setView] = useState<View>({ kind: 'intro' });
  const [answers, setAnswers] = useState<(number | null)[]>(() => Array<number | null>(PROQOL_ITEM_COUNT).fill(null));
  const history = proqolHistory(session);
  const toIntro = () => setView({ kind: 'intro' });

  if (view.kind === 'form') {
    const submit = async (complete: number[]) => {
      const outcome = await store(session, complete);
      if ('reason' in outcome) return outcome.reason;
      setAnswers(Array<number | null>(PROQOL_ITEM_COUNT).fill(null));
      setView({ kind: 'result', id: outcome.id, fresh: true });
      return null;
    };
    const answer = (index: number, value: number) => setAnswers((prev) => prev.map((a, i) => (i === index ? value : a)));
    return <SelfCheckFormScreen answers={answers} onAnswer={answer} onSubmit={submit} onBack={toIntro} onLock={ctx.lock} />;
  }

  const shown = view.kind === 'result' ? history.find((r) => r.id === view.id) : undefined;
  if (view.kind === 'result' && shown) {
    const write = (prompt: FollowUpPrompt) =>
      ctx.newEntry(
        { title: '', body: '', source: { kind: 'self-check', id: prompt.id, theme: prompt.theme, label: prompt.text } },
        prompt.followUps,
      );
    const remove = async () => {
      try {
        await session.deleteDoc(shown.id);
        toIntro();
        return null;
      } catch (err) {
        return messageFor(err);
      }
    };
    return (
      <SelfCheckResultScreen
        record={shown}
        history={history}
        prompt={followUpFor(shown.scores)}
        fresh={view.fresh}
        onWrite={write}
        onDelete={remove}
        onBack={toIntro}
        onLock={ctx.lock}
      />
    );
  }

  const latest = history[history.length - 1];
  return (
    <SelfCheckIntroScreen
      status={proqolStatus(session)}
      history={history}
      onStart={() => setView({ kind: 'form' })}
      onOpenLatest={() => latest && setView({ kind: 'result', id: latest.id, fresh: false })}
      onBack={() => ctx.go('reflect')}
      onLock={ctx.lock}
    />
  );
}

import { useState } from 'preact/hooks';
import { GENERAL_NOTE, SUBSCALE_GUIDANCE, type FollowUpPrompt } from '../../content/proqol/guidance';
import { PROQOL_BAND_RANGES, SUBSCALE_NAMES, type SubscaleId } from '../../content/proqol/instrument';
import { bandFor, type Band, type ProqolRecord } from '../../content/proqol/scoring';
import { Alert } from '../components/Alert';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { Screen } from '../components/Screen';
import { BackButton, LockButton, Toolbar } from '../components/Toolbar';
import { formatEntryDate, isoDate } from '../components/format-date';
import { SelfCheckChart } from './SelfCheckChart';
import { SelfCheckCredit } from './SelfCheckCredit';

const IDS: readonly SubscaleId[] = ['cs', 'bo', 'sts'];
const BAND_WORDS: Record<Band, string> = { low: 'Low', moderate: 'Moderate', high: 'High' };

/** Props: the result to show, every result (oldest first) for the chart, and the actions. */
export interface SelfCheckResultScreenProps {
  record: ProqolRecord;
  history: readonly ProqolRecord[];
  /** The prompt chosen from this result. */
  prompt: FollowUpPrompt;
  /** True straight after taking it (says it was saved). */
  fresh: boolean;
  onWrite: (prompt: FollowUpPrompt) => void;
  /** Deletes this result; resolves null once deleted (the app moves on) or a reason. */
  onDelete: () => Promise<string | null>;
  onBack: () => void;
  onLock: () => void;
}

/** One subscale: the sum, its band with the band's range, and what that may mean. */
function ScoreCard({ id, score }: { id: SubscaleId; score: number }) {
  const band = bandFor(score);
  const headingId = `proqol-score-${id}`;
  return (
    <section class={`card proqol-score proqol-band-${band}`} aria-labelledby={headingId}>
      <h2 id={headingId}>{SUBSCALE_NAMES[id]}</h2>
      <p class="proqol-sum">
        <span class="proqol-number">{score}</span> out of 50 · <strong>{BAND_WORDS[band]}</strong>{' '}
        <span class="hint">({PROQOL_BAND_RANGES[band]})</span>
      </p>
      <p>{SUBSCALE_GUIDANCE[id].bands[band]}</p>
      <p class="hint">{SUBSCALE_GUIDANCE[id].about}</p>
    </section>
  );
}

/** The reflection prompt chosen from the result, with a way to write about it. */
function FollowUp({ prompt, onWrite }: { prompt: FollowUpPrompt; onWrite: () => void }) {
  return (
    <section class="prompt-card proqol-followup" aria-labelledby="proqol-followup-heading">
      <h2 id="proqol-followup-heading">Something to reflect on</h2>
      <p class="prompt-text">{prompt.text}</p>
      <ul class="prompt-followups">
        {prompt.followUps.map((q) => (
          <li key={q}>{q}</li>
        ))}
      </ul>
      <p>
        <button type="button" class="primary" onClick={onWrite}>
          Write about this
        </button>
      </p>
    </section>
  );
}

/**
 * A ProQOL result: the three scores with their bands and a gentle reading of each, a
 * reflection prompt chosen from the whole result, the scores over time, and the credit.
 */
export function SelfCheckResultScreen(props: SelfCheckResultScreenProps) {
  const { record } = props;
  const [confirming, setConfirming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const remove = async () => {
    setDeleting(true);
    const reason = await props.onDelete();
    if (reason === null) return;
    setDeleting(false);
    setConfirming(false);
    setError(reason);
  };
  const toolbar = <Toolbar start={<BackButton onClick={props.onBack} />} end={<LockButton onClick={props.onLock} />} />;
  return (
    <Screen title="Your ProQOL results" toolbar={toolbar}>
      <p class="muted">
        Taken <time dateTime={isoDate(record.at)}>{formatEntryDate(record.at)}</time>
        {props.fresh ? '. Saved on this device, encrypted.' : '.'}
      </p>
      <Alert>{error}</Alert>
      <div class="proqol-scores">
        {IDS.map((id) => (
          <ScoreCard key={id} id={id} score={record.scores[id]} />
        ))}
      </div>
      <p>{GENERAL_NOTE}</p>
      <FollowUp prompt={props.prompt} onWrite={() => props.onWrite(props.prompt)} />
      <section class="stack" aria-labelledby="proqol-history-heading">
        <h2 id="proqol-history-heading">Your scores over time</h2>
        <SelfCheckChart records={props.history} />
      </section>
      <SelfCheckCredit />
      <p>
        <button type="button" class="danger-quiet" onClick={() => setConfirming(true)}>
          Delete this result
        </button>
      </p>
      {confirming && (
        <ConfirmDialog
          title="Delete this result?"
          confirmLabel="Delete"
          cancelLabel="Keep it"
          danger
          busy={deleting}
          onConfirm={() => void remove()}
          onCancel={() => setConfirming(false)}
        >
          <p>Its scores and answers will be removed from this device and from your chart.</p>
        </ConfirmDialog>
      )}
    </Screen>
  );
}

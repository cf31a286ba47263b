import { SELF_CHECK_INTRO, type RecheckStatus } from '../../content/proqol/guidance';
import { PROQOL_NAME, SUBSCALE_NAMES, type SubscaleId } from '../../content/proqol/instrument';
import { bandFor, type ProqolRecord } from '../../content/proqol/scoring';
import { Screen } from '../components/Screen';
import { BackButton, LockButton, Toolbar } from '../components/Toolbar';
import { formatEntryDate } from '../components/format-date';
import { SelfCheckChart } from './SelfCheckChart';
import { SelfCheckCredit } from './SelfCheckCredit';

const IDS: readonly SubscaleId[] = ['cs', 'bo', 'sts'];

/** Props: the reminder state ('loading' until every document is decrypted) and past results. */
export interface SelfCheckIntroScreenProps {
  status: RecheckStatus | 'loading';
  /** Every result, oldest first. */
  history: readonly ProqolRecord[];
  onStart: () => void;
  onOpenLatest: () => void;
  onBack: () => void;
  onLock: () => void;
}

/** "today", "yesterday", "12 days ago". */
export function daysAgo(days: number): string {
  if (days === 0) return 'today';
  return days === 1 ? 'yesterday' : `${days} days ago`;
}

/** The in-app reminder: a line on when the last self-check was, and whether one is due. */
export function reminderText(status: RecheckStatus | 'loading'): string {
  if (status === 'loading') return 'Looking for your earlier results…';
  if (status.kind === 'never') return 'You haven’t taken it yet. About once a month is often enough to see how things move.';
  if (status.kind === 'due') return `Your last self-check was ${daysAgo(status.days)}: it may be a good time for another.`;
  return `Your last self-check was ${daysAgo(status.days)}. The questions cover the last 30 days, so about once a month is often enough.`;
}

/** The latest result in one line per subscale, with a way to open it in full. */
function Latest({ record, onOpen }: { record: ProqolRecord; onOpen: () => void }) {
  return (
    <section class="stack" aria-labelledby="proqol-latest-heading">
      <h2 id="proqol-latest-heading">Last time: {formatEntryDate(record.at)}</h2>
      <ul class="proqol-latest">
        {IDS.map((id) => (
          <li key={id}>
            {SUBSCALE_NAMES[id]}: {record.scores[id]} ({bandFor(record.scores[id])})
          </li>
        ))}
      </ul>
      <p>
        <button type="button" onClick={onOpen}>
          See the full result
        </button>
      </p>
    </section>
  );
}

/** Where the self-check starts: what it is (and is not), the reminder, and past results. */
export function SelfCheckIntroScreen(props: SelfCheckIntroScreenProps) {
  const latest = props.history[props.history.length - 1];
  const due = props.status !== 'loading' && props.status.kind !== 'recent';
  const toolbar = <Toolbar start={<BackButton onClick={props.onBack} />} end={<LockButton onClick={props.onLock} />} />;
  return (
    <Screen title="ProQOL self-check" toolbar={toolbar}>
      <p class="muted">{PROQOL_NAME}</p>
      {SELF_CHECK_INTRO.map((text) => (
        <p key={text}>{text}</p>
      ))}
      <p class={due ? 'notice proqol-reminder' : 'proqol-reminder'}>{reminderText(props.status)}</p>
      <p>
        <button type="button" class="primary" onClick={props.onStart}>
          {latest ? 'Take it again' : 'Start the questionnaire'}
        </button>
      </p>
      {latest && <Latest record={latest} onOpen={props.onOpenLatest} />}
      {latest && (
        <section class="stack" aria-labelledby="proqol-history-heading">
          <h2 id="proqol-history-heading">Your scores over time</h2>
          <SelfCheckChart records={props.history} />
        </section>
      )}
      <SelfCheckCredit />
    </Screen>
  );
}

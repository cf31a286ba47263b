import { useState } from 'preact/hooks';
import { PROQOL_INSTRUCTIONS, PROQOL_ITEMS, PROQOL_SCALE, type ProqolItem } from '../../content/proqol/instrument';
import { unansweredItems } from '../../content/proqol/scoring';
import { Alert } from '../components/Alert';
import { Screen } from '../components/Screen';
import { BackButton, LockButton, Toolbar } from '../components/Toolbar';
import { SelfCheckCredit } from './SelfCheckCredit';

/** Props: the answers so far (null = not yet), and what to do with them. */
export interface SelfCheckFormScreenProps {
  answers: readonly (number | null)[];
  onAnswer: (index: number, value: number) => void;
  /** Stores a complete set; resolves null once stored, or a reason in words. */
  onSubmit: (answers: number[]) => Promise<string | null>;
  onBack: () => void;
  onLock: () => void;
}

/** The id of an item's first radio, so focus can be sent to a question that needs an answer. */
function radioId(n: number, value: number): string {
  return `proqol-q${n}-${value}`;
}

/** "3", "3 and 17", "3, 17 and 28". */
export function listNumbers(numbers: readonly number[]): string {
  if (numbers.length <= 1) return numbers.join('');
  return `${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`;
}

/** What to say when some questions have no answer yet. */
export function missingMessage(missing: readonly number[]): string {
  const what = missing.length === 1 ? 'Question' : 'Questions';
  const verb = missing.length === 1 ? 'still needs' : 'still need';
  return `${what} ${listNumbers(missing)} ${verb} an answer before Tend can work out your scores.`;
}

/** Props of one question. */
interface QuestionProps {
  item: ProqolItem;
  value: number | null;
  flagged: boolean;
  onAnswer: (value: number) => void;
}

/** One item as a radio group: the legend is the question, each radio names its point on the scale. */
function Question({ item, value, flagged, onAnswer }: QuestionProps) {
  const noteId = `proqol-q${item.n}-missing`;
  return (
    <fieldset class={flagged ? 'proqol-item proqol-item-missing' : 'proqol-item'} aria-describedby={flagged ? noteId : undefined}>
      <legend>
        <span class="proqol-n">{item.n}.</span> {item.text}
      </legend>
      <div class="proqol-scale">
        {PROQOL_SCALE.map((point) => (
          <label key={point.value} class="proqol-choice">
            <input
              type="radio"
              id={radioId(item.n, point.value)}
              name={`proqol-q${item.n}`}
              value={point.value}
              checked={value === point.value}
              onChange={() => onAnswer(point.value)}
            />
            <span class="proqol-choice-n">{point.value}</span> <span class="proqol-choice-label">{point.label}</span>
          </label>
        ))}
      </div>
      {flagged && (
        <p id={noteId} class="proqol-missing">
          Not answered yet
        </p>
      )}
    </fieldset>
  );
}

/**
 * The 30 ProQOL items as labelled radio groups. Submitting with gaps is refused with the
 * numbers of the questions still open, and focus goes to the first of them. Answers live
 * only in memory until they are stored, encrypted, as a whole.
 */
export function SelfCheckFormScreen(props: SelfCheckFormScreenProps) {
  const { answers } = props;
  const [flagged, setFlagged] = useState<number[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const answered = answers.filter((a) => a !== null).length;
  const stillMissing = flagged.filter((n) => answers[n - 1] === null);
  const message = stillMissing.length > 0 ? missingMessage(stillMissing) : failure;

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const missing = unansweredItems(answers);
    if (missing.length > 0) {
      setFlagged(missing);
      document.getElementById(radioId(missing[0]!, 1))?.focus();
      return;
    }
    setBusy(true);
    setFailure(null);
    const reason = await props.onSubmit(answers as number[]);
    if (reason !== null) {
      setBusy(false);
      setFailure(reason);
    }
  };

  const toolbar = <Toolbar start={<BackButton onClick={props.onBack} />} end={<LockButton onClick={props.onLock} />} />;
  return (
    <Screen title="ProQOL questionnaire" toolbar={toolbar}>
      <p class="lead">{PROQOL_INSTRUCTIONS}</p>
      <p class="hint">
        Scale: {PROQOL_SCALE.map((p) => `${p.value} = ${p.label}`).join(', ')}.
      </p>
      <form class="proqol-form" onSubmit={(e) => void submit(e)} noValidate>
        {PROQOL_ITEMS.map((item, i) => (
          <Question
            key={item.n}
            item={item}
            value={answers[i] ?? null}
            flagged={stillMissing.includes(item.n)}
            onAnswer={(v) => props.onAnswer(i, v)}
          />
        ))}
        <p class="hint">
          {answered} of {PROQOL_ITEMS.length} answered
        </p>
        <Alert>{message}</Alert>
        <button type="submit" class="primary" disabled={busy}>
          {busy ? 'Saving…' : 'See my scores'}
        </button>
      </form>
      <SelfCheckCredit />
    </Screen>
  );
}

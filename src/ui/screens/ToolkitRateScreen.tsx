import { useState } from 'preact/hooks';
import { RATING_WORDS } from '../../content/toolkit/ratings';
import type { Tool } from '../../content/toolkit/tools';
import { Alert } from '../components/Alert';
import { HelpRating } from '../components/HelpRating';
import { Screen } from '../components/Screen';
import { LockButton, Toolbar } from '../components/Toolbar';

/** Props: the tool just finished, whether it saved an entry, and what to do with a rating. */
export interface ToolkitRateScreenProps {
  tool: Tool;
  wrote: boolean;
  /** Stores the rating; resolves null when stored, or the reason in words. */
  onRate: (rating: number) => Promise<string | null>;
  onSkip: () => void;
  onLock: () => void;
}

/** After an exercise: an optional 0-4 "how much did it help?", kept encrypted. */
export function ToolkitRateScreen({ tool, wrote, onRate, onSkip, onLock }: ToolkitRateScreenProps) {
  const [rating, setRating] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: Event) => {
    e.preventDefault();
    if (rating === null) return setError('Choose a number from 0 to 4 first, or skip.');
    setBusy(true);
    const reason = await onRate(rating);
    setBusy(false);
    setError(reason);
  };
  return (
    <Screen title={`Finished: ${tool.name}`} toolbar={<Toolbar end={<LockButton onClick={onLock} />} />} class="tk-screen">
      {wrote && <p>What you wrote is saved in your journal.</p>}
      <p>
        If you like, say how much it helped. Only you will see this: it is stored encrypted, and the toolkit uses it to
        show what works best for you.
      </p>
      <form class="stack" onSubmit={(e) => void submit(e)} noValidate>
        <HelpRating value={rating} words={RATING_WORDS} onChange={(n) => {
            setRating(n);
            setError(null);
          }} />
        <Alert>{error}</Alert>
        <p class="tk-actions">
          <button type="submit" class="primary" disabled={busy}>
            Save rating
          </button>
          <button type="button" onClick={onSkip} disabled={busy}>
            Skip
          </button>
        </p>
      </form>
    </Screen>
  );
}

import { FOLLOW_UP_DAYS } from '../../content/templates';
import { formatEntryDate } from '../components/format-date';

/** Which follow-up the person has picked: none, a delay in days, or the one already stored. */
export type FollowUpChoice = { kind: 'none' } | { kind: 'days'; days: number } | { kind: 'kept' };

/** Props: the stored follow-up date (if any), the current pick, and where a new pick goes. */
export interface FollowUpFieldProps {
  followUpAt: number | undefined;
  choice: FollowUpChoice;
  onChoose: (choice: FollowUpChoice) => void;
  /** Prefix for the radio group's name. */
  name: string;
}

/**
 * "Evaluate the outcome later": a radio group of delays. Tend offers the walk-through again
 * on that day, on the Reflect and Templates pages; no notification, nothing sent anywhere.
 */
export function FollowUpField({ followUpAt, choice, onChoose, name }: FollowUpFieldProps) {
  const when = followUpAt === undefined ? null : formatEntryDate(followUpAt);
  return (
    <fieldset class="template-checklist follow-up-field" aria-describedby={`${name}-help`}>
      <legend>Evaluate the outcome later</legend>
      <p id={`${name}-help`} class="hint">
        Choose when Tend should offer this walk-through again, so you can look back at what happened. It appears on
        the Reflect and Templates pages; nothing is sent anywhere.
      </p>
      <div class="choice-list">
        <label class="choice">
          <input type="radio" name={name} checked={choice.kind === 'none'} onChange={() => onChoose({ kind: 'none' })} />
          <span>No follow-up</span>
        </label>
        {choice.kind === 'kept' && when !== null && (
          <label class="choice">
            <input type="radio" name={name} checked onChange={() => onChoose({ kind: 'kept' })} />
            <span>As set: {when}</span>
          </label>
        )}
        {FOLLOW_UP_DAYS.map((days) => (
          <label key={days} class="choice">
            <input
              type="radio"
              name={name}
              checked={choice.kind === 'days' && choice.days === days}
              onChange={() => onChoose({ kind: 'days', days })}
            />
            <span>In {days} days</span>
          </label>
        ))}
      </div>
      <p class="follow-up-when" role="status">
        {when !== null && choice.kind !== 'none' ? `Offered again from ${when}.` : ''}
      </p>
    </fieldset>
  );
}

/**
 * What Tend says about a ProQOL result, in our own words (summarised from the self-score
 * sheet's meaning, not its wording): what each subscale is about, a gentle line per band,
 * and one reflection prompt chosen from the whole result. Not diagnostic, ever.
 */
import type { ThemeId } from '../types';
import type { SubscaleId } from './instrument';
import type { Band, ProqolScores } from './scoring';
import { bandFor } from './scoring';

/** What a subscale looks at, and what each band may mean. */
export interface SubscaleGuidance {
  about: string;
  bands: Record<Band, string>;
}

/** A reflection prompt offered after a self-check. Ids are stable: entries refer to them. */
export interface FollowUpPrompt {
  id: string;
  theme: ThemeId;
  text: string;
  followUps: string[];
}

/** The intro's framing: a self-reflection aid, not a diagnosis. */
export const SELF_CHECK_INTRO = [
  'The ProQOL is a short questionnaire many clinicians use to take stock of how their work is affecting them: the satisfaction it brings, and the wear it causes.',
  'It is a self-reflection aid, not a diagnosis. Nobody sees your answers but you: they are encrypted on this device like your entries.',
  'The 30 questions are about the last 30 days. It takes about 5 minutes.',
];

/** Said with every result. */
export const GENERAL_NOTE =
  'These scores are a snapshot, not a verdict. If anything here worries you, talk it over with someone you trust: a supervisor, a colleague, your own therapist or your doctor.';

/** Per subscale: what it looks at, and a gentle reading of each band. */
export const SUBSCALE_GUIDANCE: Readonly<Record<SubscaleId, SubscaleGuidance>> = {
  cs: {
    about: 'The satisfaction you draw from doing your work well: feeling effective, and finding the work worthwhile.',
    bands: {
      high: 'Your work seems to be giving you real professional satisfaction at the moment. That is worth noticing, and worth protecting.',
      moderate: 'The work gives you a fair amount of satisfaction, as it does for many clinicians, with room for more.',
      low: 'Satisfaction from the work looks thin just now. That can mean the job has become hard lately, or simply that most of what nourishes you comes from outside work. Either is worth a closer look.',
    },
  },
  bo: {
    about: 'One side of compassion fatigue: feeling worn down, stuck or ineffective at work. It usually builds slowly, with heavy caseloads, endless documentation or a setting that does not back you.',
    bands: {
      low: 'You seem to feel reasonably effective in your work at the moment.',
      moderate: 'Some wear is showing, as it does for many people in this work. Watch how it moves over the coming months.',
      high: 'This is an invitation to look at what is leaving you feeling ineffective. It can reflect a bad stretch or a need for time off; if it stays high, or comes with other worries, it deserves real attention.',
    },
  },
  sts: {
    about: 'The other side of compassion fatigue: the effect of working closely with other people’s traumatic experiences. It tends to come on faster and be tied to particular stories: fear, poor sleep, intrusive images, steering clear of reminders.',
    bands: {
      low: 'Your clients’ traumatic material does not seem to be following you home much at the moment.',
      moderate: 'Some of what you hear at work seems to be staying with you. That is a common cost of this work, and worth keeping an eye on.',
      high: 'A high score does not mean something is wrong with you. It is a reason to look at how the work is affecting you, ideally with a supervisor, a trusted colleague or your own therapist.',
    },
  },
};

/** The reflection prompts a result can lead to (our own words). */
export const FOLLOW_UP_PROMPTS: readonly FollowUpPrompt[] = [
  {
    id: 'proqol-followup-sts-high',
    theme: 'vicarious-trauma',
    text: 'Some of what your clients have lived through may be travelling home with you. Is there a story, an image or a session that has stayed with you lately? Write about where you notice it: in your sleep, your body, or how safe the world feels.',
    followUps: [
      'When it comes back to mind, what happens in you, and what helps it settle?',
      'Who could you bring this to: supervision, peer consultation, your own therapy?',
    ],
  },
  {
    id: 'proqol-followup-bo-high',
    theme: 'stress-burnout',
    text: 'Look at your caseload, your documentation and the system around you. What is taking the most out of you right now, and what is one thing within reach to change, or to ask for?',
    followUps: [
      'Where do you feel least effective, and how much of that is about you, and how much about the conditions you work in?',
      'Who could share some of the weight: a manager, a supervisor, a colleague?',
    ],
  },
  {
    id: 'proqol-followup-cs-low',
    theme: 'professional-growth',
    text: 'Think back to a session, or a moment with a client, when this work felt worth it. What was happening, and what did it give you?',
    followUps: ['What has changed between then and now?', 'Where else in your life are you finding meaning at the moment?'],
  },
  {
    id: 'proqol-followup-sustaining',
    theme: 'coping-self-care',
    text: 'Much in your answers suggests the work still nourishes you. What is keeping you well at the moment, and how will you protect it when the caseload gets heavier?',
    followUps: ['Which habits, people or boundaries are doing the most for you?', 'What early sign would tell you that this is slipping?'],
  },
  {
    id: 'proqol-followup-balance',
    theme: 'compassion-fatigue',
    text: 'Over the last month, what has tipped a working day towards feeling drained, and what has tipped it back towards feeling you were doing good work?',
    followUps: ['Which of those do you have some say over?', 'What would you like to see in next month’s answers?'],
  },
];

/** One prompt by id (ids are stable). */
function prompt(id: string): FollowUpPrompt {
  const found = FOLLOW_UP_PROMPTS.find((p) => p.id === id);
  if (!found) throw new Error(`unknown follow-up prompt ${id}`);
  return found;
}

/**
 * The prompt that fits a result best. Most pressing first: high secondary traumatic
 * stress, then high burnout, then low satisfaction; otherwise, a high satisfaction score
 * leads to what sustains it, and anything else to what tips the balance.
 */
export function followUpFor(scores: ProqolScores): FollowUpPrompt {
  if (bandFor(scores.sts) === 'high') return prompt('proqol-followup-sts-high');
  if (bandFor(scores.bo) === 'high') return prompt('proqol-followup-bo-high');
  if (bandFor(scores.cs) === 'low') return prompt('proqol-followup-cs-low');
  if (bandFor(scores.cs) === 'high') return prompt('proqol-followup-sustaining');
  return prompt('proqol-followup-balance');
}

/** Days after which a new self-check is suggested. */
export const RECHECK_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whether a new self-check is due: never taken, or the last one over 30 days ago. */
export type RecheckStatus = { kind: 'never' } | { kind: 'due'; days: number } | { kind: 'recent'; days: number };

/** The reminder state for the latest result's time (null: never taken), as of `now`. */
export function recheckStatus(lastAt: number | null, now: number): RecheckStatus {
  if (lastAt === null) return { kind: 'never' };
  const days = Math.max(0, Math.floor((now - lastAt) / DAY_MS));
  return days > RECHECK_DAYS ? { kind: 'due', days } : { kind: 'recent', days };
}

/**
 * The coping toolkit: eight short exercises a clinician can run inside Tend. Every word here is
 * our own. Each tool says how long it takes and how good the evidence is, with its sources
 * (ids in `sources/toolkit.ts`). Ids are stable forever: ratings and entries refer to them.
 */
import type { EvidenceLabel } from '../types';

/** The theme that toolkit entries are filed under in the journal. */
export const TOOLKIT_THEME = 'coping-self-care';

/** Stable ids of the tools, in the order the toolkit lists them. */
export const TOOL_IDS = [
  'breathing',
  'grounding',
  'body-scan',
  'self-compassion-letter',
  'gratitude-letter',
  'expressive-writing',
  'leave-it-at-work',
  'values-check',
] as const;

/** One tool's id. */
export type ToolId = (typeof TOOL_IDS)[number];

/** One exercise as the toolkit shows it. */
export interface Tool {
  id: ToolId;
  name: string;
  /** One line for the list. */
  summary: string;
  /** How long it takes, in words ("1–5 min"). */
  duration: string;
  /** What to do, in plain words, one step a line. */
  instructions: string[];
  /** Said before starting, where an exercise can stir things up. */
  care?: string;
  evidence: EvidenceLabel;
}

/** Every tool, in list order. */
export const TOOLS: readonly Tool[] = [
  {
    id: 'breathing',
    name: 'Paced breathing',
    summary: 'Slow your breathing to a shape that grows and shrinks: box breathing or a longer out-breath.',
    duration: '1–5 min',
    instructions: [
      'Sit so your back is supported and both feet are on the floor. Eyes open or closed, whichever feels safer.',
      'Breathe in through your nose while the shape grows and out slowly while it shrinks. On “Hold”, just pause; don’t strain.',
      'If you feel light-headed, choose the pattern without holds, or go back to breathing normally. Nothing here needs forcing.',
      'Useful between sessions, before a difficult phone call, or in the car park before you go in.',
    ],
    evidence: { label: 'Studied in randomised trials, mostly small and short-term', citations: ['fincham-2023', 'balban-2023'] },
  },
  {
    id: 'grounding',
    name: '5-4-3-2-1 grounding',
    summary: 'Come back into the room through your senses, one step at a time.',
    duration: '3–5 min',
    instructions: [
      'For when a session has left you somewhere else: replaying a disclosure, braced for the next one, or a little far away.',
      'Name five things you can see, four you can touch, three you can hear, two you can smell and one you can taste.',
      'Say them in your head, or jot a word or two. There are no right answers: “the grey carpet” counts.',
    ],
    evidence: { label: 'Commonly used, little direct evidence', citations: ['najavits-2002'] },
  },
  {
    id: 'body-scan',
    name: 'Body scan',
    summary: 'Move your attention slowly through the body and notice what the day has left there.',
    duration: 'About 5 min',
    instructions: [
      'Sit or lie down. The scan moves through ten parts of the body, about 30 seconds each. It moves on by itself, or press Next when you are ready.',
      'You are noticing, not fixing. Tightness, numbness or nothing much are all fine things to find.',
      'When your mind goes to a client or an unfinished note, notice where it went and come back to the part of the body you were on.',
    ],
    care: 'If paying attention to your body brings up more than you want right now, open your eyes, move, or stop. You can skip any part.',
    evidence: {
      label: 'Part of programmes studied with health workers; on its own, small effects',
      citations: ['shapiro-2005', 'gan-2022', 'kabat-zinn-1990'],
    },
  },
  {
    id: 'self-compassion-letter',
    name: 'Self-compassion letter',
    summary: 'Write to yourself about a hard session the way a kind, experienced colleague would.',
    duration: '10–15 min',
    instructions: [
      'Pick one thing you are being hard on yourself about: a session that went badly, a cue you missed, the note you still haven’t written.',
      'Picture a colleague you trust, someone who knows this work and is on your side. Write to yourself in their voice.',
      'Let them name what happened without dressing it up, remind you that every clinician has sessions like this, and say what they would want for you now.',
      'Kind is not the same as letting yourself off. If something needs repairing or taking to supervision, the letter can say so, gently.',
    ],
    evidence: { label: 'Studied in experiments, mostly with students', citations: ['neff-2003', 'leary-2007'] },
  },
  {
    id: 'gratitude-letter',
    name: 'Gratitude letter',
    summary: 'Thank someone who made a difference to you or your work, whether or not you send it.',
    duration: '10–15 min',
    instructions: [
      'Think of someone you never properly thanked: a supervisor, a colleague who covered for you, a teacher, a friend who listened after a hard week.',
      'Write to them directly. Be specific: what they did, when, and what it changed for you.',
      'You don’t have to send it. If you want to, copy it out; this one stays in your journal.',
      'If the person who comes to mind is a client, keep the letter here for yourself. Sending it would be a boundary question for supervision.',
    ],
    evidence: {
      label: 'Studied in randomised trials; effects are real but small and often short-lived',
      citations: ['seligman-2005', 'toepfer-2012', 'davis-2016', 'emmons-mccullough-2003'],
    },
  },
  {
    id: 'expressive-writing',
    name: 'Timed expressive writing',
    summary: 'Write without stopping for 10 to 20 minutes about what is weighing on you.',
    duration: '10–20 min',
    instructions: [
      'Choose something that has stayed with you: a session, a case, or something in your own life that the work has stirred up.',
      'Write your deepest thoughts and feelings about it, without stopping, until the time is up. Spelling, grammar and being fair don’t matter.',
      'If you run dry, write the last sentence again, or “I don’t know what to say”, until something comes.',
      'Leave out anything that identifies a client: initials or nothing. This is your journal, not the clinical record.',
      'Some people do this on three or four days in a row.',
    ],
    care: 'Writing about painful things can leave you low or stirred up for a while afterwards. That is common and usually passes. If it doesn’t, or it feels like too much, stop and take it to your own therapist or your supervisor.',
    evidence: {
      label: 'Studied in many randomised trials, often with students; benefits are modest',
      citations: ['pennebaker-1986', 'frattaroli-2006'],
    },
  },
  {
    id: 'leave-it-at-work',
    name: 'Leave it at work',
    summary: 'An end-of-day ritual: set down what stays, keep one good thing, and mark the change.',
    duration: '3–5 min',
    instructions: [
      'Do this after your last session, before you leave, or on the way home.',
      'Write down what stays at work: the client you are worried about, the call to return, the note to finish. Once it is written down, it can wait until tomorrow.',
      'Then one thing that went well today, however small.',
      'Last, choose how you will mark the change from work to home, and then go and do it.',
    ],
    evidence: {
      label: 'Rests on research on switching off from work; the ritual itself is untested',
      citations: ['sonnentag-2015', 'ashforth-2000'],
    },
  },
  {
    id: 'values-check',
    name: 'Values check',
    summary: 'Pick the values that brought you to this work and see how far today reflected them.',
    duration: 'About 5 min',
    instructions: [
      'Pick up to three values that matter most to you in your work right now.',
      'For each, rate how much today’s work reflected it, from 1 (hardly at all) to 5 (very much).',
      'Then name one small, doable action that would bring tomorrow a little closer to them.',
      'A low score is not a verdict. Caseloads, waiting lists and paperwork pull everyone away from their values; this is about noticing, not grading.',
    ],
    evidence: {
      label: 'Part of ACT programmes studied with health workers; the check on its own has little direct evidence',
      citations: ['prudenzi-2022', 'hayes-2012'],
    },
  },
];

/** A tool by id, or undefined for an unknown id (e.g. from an older or damaged rating). */
export function toolById(id: string): Tool | undefined {
  return TOOLS.find((t) => t.id === id);
}

/** True when `id` names a tool in this version of the toolkit. */
export function isToolId(id: string): id is ToolId {
  return (TOOL_IDS as readonly string[]).includes(id);
}

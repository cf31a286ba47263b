/**
 * The step-by-step material of the toolkit's exercises: grounding senses, body-scan regions,
 * values, end-of-day transitions and the writing timer's choices. Our own words throughout.
 */

/** One step of 5-4-3-2-1 grounding. */
export interface GroundingStep {
  count: number;
  /** e.g. "5 things you can see". */
  title: string;
  /** What the journal entry calls it, e.g. "Things I could see". */
  noteLabel: string;
  hint: string;
}

/** The five senses, from five things down to one. */
export const GROUNDING_STEPS: readonly GroundingStep[] = [
  {
    count: 5,
    title: '5 things you can see',
    noteLabel: 'Things I could see',
    hint: 'Let your eyes move slowly round the room. Small, ordinary things are best: a mug, the light on the wall, the edge of a door.',
  },
  {
    count: 4,
    title: '4 things you can touch',
    noteLabel: 'Things I could touch',
    hint: 'Your feet in your shoes, your back against the chair, the cloth of your sleeve, something cool or warm under your hand.',
  },
  {
    count: 3,
    title: '3 things you can hear',
    noteLabel: 'Things I could hear',
    hint: 'Traffic, the heating, a door down the corridor, your own breathing.',
  },
  {
    count: 2,
    title: '2 things you can smell',
    noteLabel: 'Things I could smell',
    hint: 'Coffee, hand gel, soap on your hands. If nothing comes, notice the air itself, or move somewhere to find a smell.',
  },
  {
    count: 1,
    title: '1 thing you can taste',
    noteLabel: 'Something I could taste',
    hint: 'The last thing you drank, toothpaste, or just the inside of your mouth. A sip of water works too.',
  },
];

/** One part of the body scan. */
export interface BodyRegion {
  name: string;
  guidance: string;
}

/** How long the body scan rests on each region before moving on by itself. */
export const BODY_SCAN_SECONDS_PER_REGION = 30;

/** Ten regions, feet to whole body: about five minutes at the gentle pace. */
export const BODY_REGIONS: readonly BodyRegion[] = [
  { name: 'Feet', guidance: 'Notice where your feet meet the floor: pressure, warmth, the shape of your shoes. Nothing to change.' },
  {
    name: 'Lower legs and knees',
    guidance: 'Shins, calves, the backs of the knees. After a day in the chair they may feel heavy, or restless. Either is fine.',
  },
  { name: 'Thighs and hips', guidance: 'Feel the weight of your body on the seat, held up without any effort from you.' },
  {
    name: 'Belly and lower back',
    guidance: 'Many of us hold our breath here through a hard session. See whether the belly softens a little with each breath out.',
  },
  { name: 'Chest and breath', guidance: 'Notice the breath moving, without steering it. Fast, slow, shallow: just notice.' },
  {
    name: 'Hands and arms',
    guidance: 'Hands that have been still, or writing notes, or holding a cup all day. Let them rest open if that is comfortable.',
  },
  {
    name: 'Shoulders',
    guidance: 'A common place to carry a caseload. Notice whether they have crept up towards your ears, and let them drop if they want to.',
  },
  {
    name: 'Neck and throat',
    guidance: 'The throat can tighten when we hold back what we would have liked to say. Notice it; swallow if you need to.',
  },
  {
    name: 'Jaw and face',
    guidance: 'Jaw, tongue, and the muscles round the eyes that have kept a steady, attentive face all day. Let them go slack.',
  },
  {
    name: 'The whole body',
    guidance: 'Take in your body as a whole, sitting here, breathing. What the day left is here, and so are you.',
  },
];

/** One value for the values check. */
export interface Value {
  id: string;
  name: string;
}

/** The most values a person picks at once: enough to matter, few enough to act on. */
export const MAX_VALUES = 3;

/** Values that bring people to clinical work, in plain words. Ids are stored in entries' text only. */
export const VALUES: readonly Value[] = [
  { id: 'compassion', name: 'Compassion' },
  { id: 'honesty', name: 'Honesty' },
  { id: 'craft', name: 'Doing the work well' },
  { id: 'curiosity', name: 'Curiosity' },
  { id: 'fairness', name: 'Fairness' },
  { id: 'autonomy', name: 'Respecting people’s choices' },
  { id: 'connection', name: 'Connection' },
  { id: 'learning', name: 'Learning and growing' },
  { id: 'advocacy', name: 'Speaking up for people' },
  { id: 'courage', name: 'Courage' },
  { id: 'hope', name: 'Hope' },
  { id: 'humour', name: 'Humour' },
  { id: 'balance', name: 'Rest and balance' },
  { id: 'people', name: 'The people I love' },
];

/** One way to mark the change from work to home. */
export interface Transition {
  id: string;
  label: string;
}

/** The id of "something of my own", which comes with its own words. */
export const OWN_TRANSITION = 'own';

/** Transition actions for the end-of-day ritual. */
export const TRANSITIONS: readonly Transition[] = [
  { id: 'wash-hands', label: 'Wash my hands slowly and let the day go with the water' },
  { id: 'change-clothes', label: 'Change out of my work clothes' },
  { id: 'walk', label: 'A short walk before I go in' },
  { id: 'breaths', label: 'Three slow breaths at the door' },
  { id: 'music', label: 'Music or a podcast on the way home, not work calls' },
  { id: OWN_TRANSITION, label: 'Something of my own' },
];

/** Minutes to choose from for timed expressive writing. */
export const WRITING_MINUTES: readonly number[] = [10, 15, 20];

/** The guidance shown beside each letter's writing space. */
export const LETTER_LABELS: Record<'self-compassion-letter' | 'gratitude-letter', string> = {
  'self-compassion-letter': 'Your letter to yourself',
  'gratitude-letter': 'Your letter',
};

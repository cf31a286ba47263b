import type { Prompt } from '../types';

/**
 * Coping and self-care: the small, real things that restore you, and the habits that only numb.
 * Ids are stable forever (entries refer to them): add new ones at the end, never renumber.
 */
export const COPING_SELF_CARE_PROMPTS: Prompt[] = [
  {
    id: 'cs-01',
    theme: 'coping-self-care',
    text: 'Notice what you do in the ten minutes after your hardest session this week. Write it down as plainly as a case note, without judging it.',
    followUps: ['What would you like those ten minutes to hold next week?'],
  },
  {
    id: 'cs-02',
    theme: 'coping-self-care',
    text: 'What restores you that has nothing to do with being helpful to anyone? When did you last do it?',
  },
  {
    id: 'cs-03',
    theme: 'coping-self-care',
    text: 'What marks the end of your working day? If nothing does, invent a small signal (a sentence, a walk, a change of shoes) and describe it.',
    followUps: ['What would make it likely that you actually do it tomorrow?'],
  },
  {
    id: 'cs-04',
    theme: 'coping-self-care',
    text: 'Which of your ways of coping are working for you right now, and which are quietly working against you? Make two honest lists.',
    followUps: ['Which one item could you move from the second list to the first?'],
  },
  {
    id: 'cs-05',
    theme: 'coping-self-care',
    text: 'Who are the people you can be off duty with, where nobody needs you to be wise? When did you last see them?',
    followUps: ['What is one way to see them sooner?'],
  },
  {
    id: 'cs-06',
    theme: 'coping-self-care',
    text: 'Your body has spent much of the week in a chair, listening. What does it want? Ask it, and write down the answer.',
  },
  {
    id: 'cs-07',
    theme: 'coping-self-care',
    text: 'What did you do for yourself this week that you would recommend to a client? And what did you recommend to a client that you didn’t do yourself?',
  },
  {
    id: 'cs-08',
    theme: 'coping-self-care',
    text: 'Think of a colleague whose way of looking after themselves you admire. What do they do that you could borrow?',
  },
  {
    id: 'cs-09',
    theme: 'coping-self-care',
    text: 'If you have your own therapist, what are you bringing to them at the moment? If you don’t, what would you bring if you did?',
    followUps: ['What gets in the way of seeking that kind of support for yourself?'],
  },
  {
    id: 'cs-10',
    theme: 'coping-self-care',
    text: 'Plan one protected hour in the coming week. Where will it be, what will you do with it, and what is most likely to eat it?',
    followUps: ['How will you defend it when that happens?'],
  },
  {
    id: 'cs-11',
    theme: 'coping-self-care',
    text: 'What helps you come back to yourself after a session where you felt lost or overwhelmed? List what works within minutes and what works over days.',
  },
  {
    id: 'cs-12',
    theme: 'coping-self-care',
    text: 'Write about a place (outdoors, a room, a stretch of road) where your mind settles. What is it about that place?',
    followUps: ['How could you get there, or something like it, more often?'],
  },
  {
    id: 'cs-13',
    theme: 'coping-self-care',
    text: 'What is one kind thing you could do today for the version of you who starts work tomorrow? Do it, and note what it was.',
  },
  {
    id: 'cs-14',
    theme: 'coping-self-care',
    text: 'Which creative or playful part of you has had no room lately? What is the smallest way to let it out this week?',
  },
  {
    id: 'cs-15',
    theme: 'coping-self-care',
    text: 'How do you talk to yourself after a session that went badly? Write the words down, then write what you would say to a trainee in the same spot.',
    followUps: ['What makes the second voice harder to use on yourself?'],
  },
  {
    id: 'cs-16',
    theme: 'coping-self-care',
    text: 'What does a good day off look like for you, and how close did your last day off come to it?',
  },
  {
    id: 'cs-17',
    theme: 'coping-self-care',
    text: 'Which piece of self-care advice do you secretly roll your eyes at? What do you do instead that actually helps?',
    followUps: ['What would your own version of the advice sound like?'],
  },
  {
    id: 'cs-18',
    theme: 'coping-self-care',
    text: 'Take three slow breaths before you write. Then note what you noticed: in your body, your mood, the room around you.',
  },
  {
    id: 'cs-19',
    theme: 'coping-self-care',
    text: 'What nourishes you in the middle of a working day, between sessions? Describe the five minutes that make the most difference.',
    followUps: ['What usually crowds those five minutes out?'],
  },
  {
    id: 'cs-20',
    theme: 'coping-self-care',
    text: 'Write about a friendship or relationship that sustains you. What do you give to it, and what does it give you back?',
  },
  {
    id: 'cs-21',
    theme: 'coping-self-care',
    text: 'Where does your faith, philosophy or sense of purpose help you with this work? Where has it been tested?',
  },
];

import type { Prompt } from '../types';

/**
 * Stress and burnout: caseload, paperwork, money, the systems you work in, and how they wear.
 * Ids are stable forever (entries refer to them): add new ones at the end, never renumber.
 */
export const STRESS_BURNOUT_PROMPTS: Prompt[] = [
  {
    id: 'sb-01',
    theme: 'stress-burnout',
    text: 'Which unwritten note or report is sitting on your mind right now? Write what it is, how long it has been waiting, and what makes it hard to start.',
    followUps: ['What is the smallest first step you could take tomorrow?'],
  },
  {
    id: 'sb-02',
    theme: 'stress-burnout',
    text: 'Describe your week in terms of energy rather than hours. Where did the energy go, and where did some come back?',
  },
  {
    id: 'sb-03',
    theme: 'stress-burnout',
    text: 'Listen to how you talk about clients when you are tired. Has a note of cynicism crept in? Write down a phrase you have caught yourself using, and what sits underneath it.',
  },
  {
    id: 'sb-04',
    theme: 'stress-burnout',
    text: 'How much of your job is the work you trained for, and how much is everything around it: forms, targets, emails, the phone? Sketch the balance as it is and as you would like it.',
    followUps: ['Which piece of “everything around it” could be shared, simplified or dropped?'],
  },
  {
    id: 'sb-05',
    theme: 'stress-burnout',
    text: 'Think about the waitlist, or the people your service turns away. How do you carry the ones you cannot help?',
    followUps: ['What is within your power to change here, and what isn’t?'],
  },
  {
    id: 'sb-06',
    theme: 'stress-burnout',
    text: 'A client didn’t show up today. What did you feel first (relief, worry, irritation, guilt), and what did you do with the empty hour?',
    followUps: ['What does that first feeling say about your week?'],
  },
  {
    id: 'sb-07',
    theme: 'stress-burnout',
    text: 'If you are in private practice, what does the worry about income feel like this month? Write down the actual figures or the fear, whichever is closer to the truth.',
    followUps: [
      'How does that worry show up in the room: around fees, cancellations, or taking on clients you are unsure about?',
      'Who could you talk to about the business side without feeling ashamed?',
    ],
  },
  {
    id: 'sb-08',
    theme: 'stress-burnout',
    text: 'Finish the sentence: If I could change one thing about how my service is run, it would be…',
  },
  {
    id: 'sb-09',
    theme: 'stress-burnout',
    text: 'When did you last feel effective at work? Describe what was different about that day.',
  },
  {
    id: 'sb-10',
    theme: 'stress-burnout',
    text: 'Notice your sleep, appetite and patience this week the way you would gently ask a client about theirs. What do you see?',
  },
  {
    id: 'sb-11',
    theme: 'stress-burnout',
    text: 'Where do you have a real say at work, and where do decisions simply land on you? How does each of those feel in your body?',
    followUps: ['Where could you ask for a little more say?'],
  },
  {
    id: 'sb-12',
    theme: 'stress-burnout',
    text: 'What counts as a normal caseload for you, and how did it come to feel normal? Would you recommend it to a colleague you care about?',
  },
  {
    id: 'sb-13',
    theme: 'stress-burnout',
    text: 'When did you last take a real break, not a day spent catching up on notes? What did it give you?',
  },
  {
    id: 'sb-14',
    theme: 'stress-burnout',
    text: 'What are you pretending is fine at work? Write it down here, where you don’t have to pretend.',
    followUps: ['What would it take to say it aloud to one person?'],
  },
  {
    id: 'sb-15',
    theme: 'stress-burnout',
    text: 'Which of your values is your workplace asking you to bend? Name the value and the moment it was tested.',
    followUps: ['Who else feels this, and could you name it together?'],
  },
  {
    id: 'sb-16',
    theme: 'stress-burnout',
    text: 'List everything you are holding this week: clients, deadlines, family, your own health. Circle what only you can do, and look at what is left.',
  },
  {
    id: 'sb-17',
    theme: 'stress-burnout',
    text: 'What would the people you live with say they notice about you in a heavy week at work? Write it from their point of view.',
  },
  {
    id: 'sb-18',
    theme: 'stress-burnout',
    text: 'When you imagine leaving this work, or changing how you do it, what do you feel: relief, grief, fear, excitement? Give each feeling a line of its own.',
    followUps: ['Which of those feelings surprised you?'],
  },
  {
    id: 'sb-19',
    theme: 'stress-burnout',
    text: 'Which recurring task drains you out of all proportion to its size? What would it look like to do it differently, or less perfectly on purpose?',
  },
  {
    id: 'sb-20',
    theme: 'stress-burnout',
    text: 'Describe the point in a typical day when tiredness turns into something heavier. What time is it, and what has just happened?',
  },
  {
    id: 'sb-21',
    theme: 'stress-burnout',
    text: 'Is a complaint, audit or review hanging over you? Write down what you fear, what you actually know, and who is on your side.',
    followUps: ['What would you tell a colleague in the same position?'],
  },
];

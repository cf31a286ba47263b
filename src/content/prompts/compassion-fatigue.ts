import type { Prompt } from '../types';

/**
 * Compassion fatigue: the cost of feeling with people in pain, and what still moves you.
 * Ids are stable forever (entries refer to them): add new ones at the end, never renumber.
 */
export const COMPASSION_FATIGUE_PROMPTS: Prompt[] = [
  {
    id: 'cf-01',
    theme: 'compassion-fatigue',
    text: 'When did you last notice that a client’s pain didn’t reach you the way it used to? Describe that moment without blaming yourself for it.',
    followUps: ['What was different about that day, or that week?', 'What, if anything, still reaches you?'],
  },
  {
    id: 'cf-02',
    theme: 'compassion-fatigue',
    text: 'Which client stays with you after the session ends: in the car, at dinner, as you fall asleep? Write what you carry home of them.',
    followUps: ['Which part of their story is yours to hold, and which part could stay at work?'],
  },
  {
    id: 'cf-03',
    theme: 'compassion-fatigue',
    text: 'Finish the sentence: The thing I used to love about this work that I miss most is…',
  },
  {
    id: 'cf-04',
    theme: 'compassion-fatigue',
    text: 'Invent your own scale for how much room you have for other people’s feelings today. Where are you on it, and what moved you there?',
  },
  {
    id: 'cf-05',
    theme: 'compassion-fatigue',
    text: 'Notice your first reaction when a new referral arrives this week. Write it down before you can tidy it up.',
    followUps: ['What would that reaction have been when you started out?'],
  },
  {
    id: 'cf-06',
    theme: 'compassion-fatigue',
    text: 'Look at the week ahead and find the session you are dreading. What exactly are you bracing for?',
    followUps: [
      'Is the dread about the client, or about what they stir in you?',
      'What would make that hour slightly easier to walk into?',
    ],
  },
  {
    id: 'cf-07',
    theme: 'compassion-fatigue',
    text: 'Where in your body do you keep this week’s stories? Move your attention slowly from your jaw down to your feet and note where it feels heavy or tight.',
  },
  {
    id: 'cf-08',
    theme: 'compassion-fatigue',
    text: 'Remember a moment this month when you felt genuinely useful to someone. Write it in enough detail that you could come back to it on a harder day.',
    followUps: ['What did you do in that moment that you might overlook as ordinary?'],
  },
  {
    id: 'cf-09',
    theme: 'compassion-fatigue',
    text: 'Are the people closest to you getting the leftovers of your empathy? What would you want them to get instead?',
    followUps: ['What do they notice that you might not?'],
  },
  {
    id: 'cf-10',
    theme: 'compassion-fatigue',
    text: 'Is there a kind of suffering you have started to hear as routine? Write about one client whose story deserves fresh ears, and what it would take to give them that.',
  },
  {
    id: 'cf-11',
    theme: 'compassion-fatigue',
    text: 'What does your irritability look like when you are running on empty? Who usually sees it first?',
  },
  {
    id: 'cf-12',
    theme: 'compassion-fatigue',
    text: 'Whose suffering felt hardest to stay present with this week? Write about what made it hard, not about how you should have done better.',
  },
  {
    id: 'cf-13',
    theme: 'compassion-fatigue',
    text: 'List three signs that tell you your compassion is running low, and one small thing that has helped before when you noticed them.',
    followUps: ['Which of the three signs is showing today?'],
  },
  {
    id: 'cf-14',
    theme: 'compassion-fatigue',
    text: 'Which client’s progress, however small, surprised you recently? Let yourself describe what it was like to witness it.',
    followUps: ['What part did you play, and what part was entirely theirs?'],
  },
  {
    id: 'cf-15',
    theme: 'compassion-fatigue',
    text: 'Do you find yourself avoiding news, films or conversations that touch on what you hear at work? What might you be protecting?',
  },
  {
    id: 'cf-16',
    theme: 'compassion-fatigue',
    text: 'Think about the difference between caring about a client and carrying them. Where is that line for you this week?',
    followUps: ['Which client have you been carrying?'],
  },
  {
    id: 'cf-17',
    theme: 'compassion-fatigue',
    text: 'What does “enough” look like for one working day? Describe a day when you gave enough, and not more.',
  },
  {
    id: 'cf-18',
    theme: 'compassion-fatigue',
    text: 'Think of a client whose life is very hard right now. How do you hold hope for them when they can’t, and where does that hope come from in you?',
  },
  {
    id: 'cf-19',
    theme: 'compassion-fatigue',
    text: 'When you feel flat after a session, what do you reach for: your phone, food, more work, silence? Notice it without judging and write what you find.',
  },
  {
    id: 'cf-20',
    theme: 'compassion-fatigue',
    text: 'Who cares for you the way you care for clients? If the honest answer is nobody, write about what that is like.',
    followUps: ['Who might, if you let them?'],
  },
  {
    id: 'cf-21',
    theme: 'compassion-fatigue',
    text: 'Recall the last time a client thanked you. Did you let it land? What made it easy or hard to take in?',
    followUps: ['Where could you keep moments like that, so they are there when you need them?'],
  },
];

import type { Prompt } from '../types';

/**
 * Boundaries: contact out of hours, gifts, self-disclosure, overlapping roles, and the edges
 * between work and home. Ids are stable forever: add new ones at the end, never renumber.
 */
export const BOUNDARIES_PROMPTS: Prompt[] = [
  {
    id: 'bd-01',
    theme: 'boundaries',
    text: 'A client texts you after hours. Walk through what you did, or would do, and what you felt when the message arrived.',
    followUps: [
      'What does your reply, or your silence, tell the client about the relationship?',
      'Is your contact policy written down, and does it still fit?',
    ],
  },
  {
    id: 'bd-02',
    theme: 'boundaries',
    text: 'Think of a gift a client has offered you. What did you do, and what did the gift mean to them and to you?',
    followUps: ['Would you decide the same way again?'],
  },
  {
    id: 'bd-03',
    theme: 'boundaries',
    text: 'Write about a self-disclosure you regret. Whose need did it serve in that moment?',
    followUps: [
      'What would you say if the same moment came again?',
      'Is there a repair to make, or has it settled?',
    ],
  },
  {
    id: 'bd-04',
    theme: 'boundaries',
    text: 'You run into a client at the supermarket, the school gate or the gym. What do you do, and what do you wish you had agreed with them beforehand?',
    followUps: ['How might the client feel about being seen by you outside the room?'],
  },
  {
    id: 'bd-05',
    theme: 'boundaries',
    text: 'In a small town, the person fixing your car may be a client’s brother. Where do the overlaps in your community sit, and how do you decide which to avoid and which to manage?',
    followUps: ['Who do you consult when you are not sure?'],
  },
  {
    id: 'bd-06',
    theme: 'boundaries',
    text: 'Which of your boundaries is the first to slip when you are tired: session length, reply times, fees, your lunch break? What does that slip cost you?',
  },
  {
    id: 'bd-07',
    theme: 'boundaries',
    text: 'When a family member asks you over dinner to “fix” a relative, what happens inside you? Draft what you would like to say next time.',
    followUps: ['What do they seem to need from you, underneath the request?'],
  },
  {
    id: 'bd-08',
    theme: 'boundaries',
    text: 'Finish this sentence: I say yes when I mean no most often when…',
  },
  {
    id: 'bd-09',
    theme: 'boundaries',
    text: 'A client asks a personal question: are you married, do you have children, have you been through this yourself? Which question is hardest for you to field, and why?',
    followUps: ['What do you think the client is really asking?'],
  },
  {
    id: 'bd-10',
    theme: 'boundaries',
    text: 'Think of a session you let run over. What told you to keep going, and what told you to stop?',
    followUps: ['What happened to the rest of your day because of it?'],
  },
  {
    id: 'bd-11',
    theme: 'boundaries',
    text: 'Has a client ever asked to connect on social media, or found you there? Write about how it felt and what you decided.',
  },
  {
    id: 'bd-12',
    theme: 'boundaries',
    text: 'What is the difference, for you, between a boundary crossing that helps the work and one that harms it? Use a real example if you have one.',
  },
  {
    id: 'bd-13',
    theme: 'boundaries',
    text: 'Notice where your work leaks into home: emails at night, client names in conversation, a notebook by the bed. Which leak would you most like to close?',
  },
  {
    id: 'bd-14',
    theme: 'boundaries',
    text: 'When you set a limit with a client, such as a late-cancellation fee, an ending time or a plain no, what do you fear will happen? What usually does happen?',
  },
  {
    id: 'bd-15',
    theme: 'boundaries',
    text: 'Describe a boundary you hold well. What makes it easier to keep than the others?',
  },
  {
    id: 'bd-16',
    theme: 'boundaries',
    text: 'A colleague asks you to see their friend, or a friend asks you to see their partner. How do you weigh kindness against your role?',
    followUps: ['What would a good referral look like instead?'],
  },
  {
    id: 'bd-17',
    theme: 'boundaries',
    text: 'Is there a client you might be friends with if you had met in another life? What do you do with that pull while they are your client?',
  },
  {
    id: 'bd-18',
    theme: 'boundaries',
    text: 'Where are your boundaries with your employer: extra cases, unpaid hours, being always reachable? Write about one you would like to renegotiate.',
  },
  {
    id: 'bd-19',
    theme: 'boundaries',
    text: 'How do you handle touch in your work: a hug at the last session, a hand offered in grief? Write about a moment when you were unsure.',
    followUps: ['Whose comfort were you attending to in that moment?'],
  },
  {
    id: 'bd-20',
    theme: 'boundaries',
    text: 'If you could send your first-year self one sentence about boundaries, what would it be?',
  },
  {
    id: 'bd-21',
    theme: 'boundaries',
    text: 'What do you want clients to be able to count on from you: times, replies, availability? Write it as a short, honest promise you could actually keep.',
    followUps: ['Where does your current practice fall short of it, or go beyond it?'],
  },
];

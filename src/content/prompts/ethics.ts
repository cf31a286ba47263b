import type { Prompt } from '../types';

/**
 * Ethical reflection: decisions with no easy answer, seen through the principles of autonomy,
 * justice, beneficence, nonmaleficence and fidelity. Ids are stable forever: add at the end.
 */
export const ETHICS_PROMPTS: Prompt[] = [
  {
    id: 'et-01',
    theme: 'ethics',
    text: 'Think of a time you had to make a mandated report. What did you weigh, and what stayed with you afterwards?',
    followUps: [
      'How did it affect your relationship with the client?',
      'What support did you have, and what was missing?',
    ],
  },
  {
    id: 'et-02',
    theme: 'ethics',
    text: 'Describe a grey area from your recent work where your code of ethics gave no clear answer. Which principles were pulling in different directions?',
    followUps: ['Who did you consult, or who could you?'],
  },
  {
    id: 'et-03',
    theme: 'ethics',
    text: 'When did you last work at the edge of your competence? What told you that you were there, and what did you do about it?',
  },
  {
    id: 'et-04',
    theme: 'ethics',
    text: 'Which confidentiality question keeps coming back in your work: a parent asking, a school or employer requesting, a court letter, a colleague’s curiosity? Write about the most recent one.',
    followUps: ['What would you say now, with time to think?'],
  },
  {
    id: 'et-05',
    theme: 'ethics',
    text: 'Imagine a client reading your notes about them five years from now. What would you want those notes to say, and how close are they to that today?',
  },
  {
    id: 'et-06',
    theme: 'ethics',
    text: 'Think of a decision you made quickly in a session that you would like to slow down now. Walk through it again: what you knew, what you assumed, what the options were.',
    followUps: ['Would you make the same decision with more time?'],
  },
  {
    id: 'et-07',
    theme: 'ethics',
    text: 'Have you seen a colleague’s practice that worries you? Write about what you noticed, what you fear, and what your role is.',
    followUps: ['What makes raising it hard?', 'What would you want a colleague to do if the worry were about you?'],
  },
  {
    id: 'et-08',
    theme: 'ethics',
    text: 'How do you approach consent when a client is in crisis, or when you are not sure they understand what they are agreeing to? Write about a recent example in general terms.',
  },
  {
    id: 'et-09',
    theme: 'ethics',
    text: 'Where does fairness come into your work: who is seen first, who gets the reduced fee, who gets the last evening slot? Write about a choice of that kind.',
  },
  {
    id: 'et-10',
    theme: 'ethics',
    text: 'Finish the sentence: The ethical mistake I am most afraid of making is…',
    followUps: ['What safeguards do you already have against it?'],
  },
  {
    id: 'et-11',
    theme: 'ethics',
    text: 'Recall a time when respecting a client’s choice meant watching them do something you feared would hurt them. How did you hold that?',
  },
  {
    id: 'et-12',
    theme: 'ethics',
    text: 'If you are exhausted, unwell or grieving, at what point does it become an ethical question whether you should be seeing clients? Where is that point for you, honestly?',
    followUps: ['Who would tell you if you had passed it?'],
  },
  {
    id: 'et-13',
    theme: 'ethics',
    text: 'A client asks for a lower fee, offers to pay in kind, or can no longer afford sessions. Write about how you decided, or how you would.',
  },
  {
    id: 'et-14',
    theme: 'ethics',
    text: 'Have you realised, after the fact, that you treated a client differently because of their background? What did you do once you saw it?',
    followUps: ['What would help you notice it sooner next time?'],
  },
  {
    id: 'et-15',
    theme: 'ethics',
    text: 'Which promise to a client has been hard to keep: a call back, a letter, a referral you said you would chase? What got in the way?',
  },
  {
    id: 'et-16',
    theme: 'ethics',
    text: 'Think of an ending decided by funding, a move or your own departure rather than by the work. How did you make it as fair to the client as you could?',
    followUps: ['What would you do differently next time?'],
  },
  {
    id: 'et-17',
    theme: 'ethics',
    text: 'What would you do if a client’s partner, parent or employer contacted you directly? Write your answer before you need it.',
  },
  {
    id: 'et-18',
    theme: 'ethics',
    text: 'Where does your duty to a client meet your duty to your own safety? Write about a time the two pulled against each other.',
  },
  {
    id: 'et-19',
    theme: 'ethics',
    text: 'Picture explaining a recent decision to colleagues you respect. Which part would you be comfortable saying aloud, and which part would you hesitate over?',
    followUps: ['What does the hesitation tell you?'],
  },
  {
    id: 'et-20',
    theme: 'ethics',
    text: 'Which of your workplace’s rules do you quietly disagree with? Is the disagreement an ethical one, or a practical one?',
  },
  {
    id: 'et-21',
    theme: 'ethics',
    text: 'Write about a time you got something wrong with a client and told them. What did the repair look like?',
    followUps: ['What made it possible to say so?'],
  },
];

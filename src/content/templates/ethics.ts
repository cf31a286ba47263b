/**
 * The ethical dilemma walk-through: the seven steps of the ACA ethical decision-making
 * model (Forester-Miller & Davis, 1996; rev. 2016), Kitchener's (1984) five principles as a
 * checklist, and Stadler's (1986) three tests in step 6. Every word here is our own.
 */
import type { ChecklistItem, Template, TemplateStep } from './template-types';

/** The seven steps of the ACA model, in order. */
export const ETHICS_STEPS: TemplateStep[] = [
  { n: 1, title: 'Identify the problem' },
  { n: 2, title: 'Apply the code of ethics' },
  { n: 3, title: 'Determine the nature and dimensions of the dilemma' },
  { n: 4, title: 'Generate potential courses of action' },
  { n: 5, title: 'Consider the consequences and choose a course of action' },
  { n: 6, title: 'Evaluate the selected course of action' },
  { n: 7, title: 'Implement the course of action' },
];

/** Kitchener's five principles, each explained in one line. */
export const ETHICS_PRINCIPLES: ChecklistItem[] = [
  {
    id: 'autonomy',
    label: 'Autonomy',
    help: 'The client’s right to make their own choices, and your part in keeping those choices informed and free.',
  },
  {
    id: 'justice',
    label: 'Justice',
    help: 'Treating people fairly: alike, unless there is a relevant reason to treat someone differently.',
  },
  {
    id: 'beneficence',
    label: 'Beneficence',
    help: 'Actively doing good for the client, working for their welfare rather than only avoiding harm.',
  },
  {
    id: 'nonmaleficence',
    label: 'Nonmaleficence',
    help: 'Not causing harm, including harm that comes from what is left undone.',
  },
  {
    id: 'fidelity',
    label: 'Fidelity',
    help: 'Keeping faith: honouring your commitments and the trust the relationship rests on.',
  },
];

/** The walk-through itself. Section ids are stable forever. */
export const ETHICS: Template = {
  id: 'ethical-dilemma',
  name: 'Ethical dilemma walk-through',
  theme: 'ethics',
  description: 'Seven steps through a hard call, from naming the problem to acting on it, with a look back later.',
  intro:
    'A structured way through an ethical dilemma, based on the American Counseling Association’s seven-step model. Take it at your own pace and come back to it. Keep identifying details out, and take what you find to supervision.',
  followUp: true,
  steps: ETHICS_STEPS,
  sources: ['forester-miller-davis-2016', 'forester-miller-davis-1996', 'kitchener-1984', 'stadler-1986'],
  sections: [
    {
      id: 'problem',
      step: 1,
      label: 'The situation and the problem',
      help: 'Set down the facts as plainly as you can. Then ask what kind of problem this is: ethical, legal, clinical, professional, or several at once. Mark what you know and what you are assuming.',
      kind: 'text',
    },
    {
      id: 'code',
      step: 2,
      label: 'What my code and the law say',
      help: 'Which code binds you (your professional body, licensing board, employer), and what does it say here? Note any law that applies, such as mandated reporting or the limits of confidentiality. If the code settles it, you may already have your answer.',
      kind: 'text',
    },
    {
      id: 'principles',
      step: 3,
      label: 'Principles at stake',
      help: 'Tick each principle this situation touches. A dilemma usually sits where two of them pull in different directions.',
      kind: 'checklist',
      items: ETHICS_PRINCIPLES,
    },
    {
      id: 'dimensions',
      step: 3,
      label: 'How they pull against each other',
      help: 'Which principles conflict, and which weighs most in this case? What do the literature, a trusted colleague or your supervisor add? Note whom you consulted and what they said.',
      kind: 'text',
    },
    {
      id: 'options',
      step: 4,
      label: 'Possible courses of action',
      help: 'List every option before judging any of them: doing nothing, the obvious one, and the ones you would rather not consider.',
      kind: 'options',
    },
    {
      id: 'consequences',
      step: 5,
      label: 'Consequences of each option',
      help: 'For each option: what might follow for the client, for you, for others involved, for the therapeutic relationship and for your service?',
      kind: 'consequences',
    },
    {
      id: 'choice',
      step: 5,
      label: 'The course I choose, and why',
      help: 'Choose the option, or the combination, that best answers the dilemma, and say why. A sound choice can still feel uncomfortable.',
      kind: 'choice',
    },
    {
      id: 'test-justice',
      step: 6,
      label: 'Justice test',
      help: 'If another client brought me this same situation, would I respond the same way? If not, what makes this case different, and is that a fair reason?',
      kind: 'text',
    },
    {
      id: 'test-publicity',
      step: 6,
      label: 'Publicity test',
      help: 'Could I explain this choice and my reasons openly, to a complaints panel or in public, without wincing?',
      kind: 'text',
    },
    {
      id: 'test-universality',
      step: 6,
      label: 'Universality test',
      help: 'If a colleague came to me with exactly this situation, would I advise them to do what I am planning? If any test gives a “no”, go back a step.',
      kind: 'text',
    },
    {
      id: 'implement',
      step: 7,
      label: 'What I will do, and when',
      help: 'The concrete steps, in order. Who needs to be told? What will you document, and where?',
      kind: 'text',
    },
    {
      id: 'support',
      step: 7,
      label: 'Support while I do it',
      help: 'Acting on a hard decision can be lonely. Whom will you talk to, and what will you take to supervision?',
      kind: 'text',
    },
  ],
};

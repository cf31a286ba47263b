import type { Prompt } from '../types';

/**
 * Professional growth: supervision, learning, feedback, and the shape of a career.
 * Ids are stable forever (entries refer to them): add new ones at the end, never renumber.
 */
export const PROFESSIONAL_GROWTH_PROMPTS: Prompt[] = [
  {
    id: 'pg-01',
    theme: 'professional-growth',
    text: 'What are you taking to your next supervision, and what are you hoping not to be asked about?',
    followUps: ['What might change if you took that too?'],
  },
  {
    id: 'pg-02',
    theme: 'professional-growth',
    text: 'Think of someone you supervise or train. What do you hope they will remember about you in ten years?',
  },
  {
    id: 'pg-03',
    theme: 'professional-growth',
    text: 'Which skill do you feel you have plateaued on? Describe what “better” would look like in a single session, concretely.',
    followUps: ['How could you practise it deliberately, outside of sessions?'],
  },
  {
    id: 'pg-04',
    theme: 'professional-growth',
    text: 'Recall a supervisor or mentor who shaped how you work. What did they do that you now do without thinking?',
  },
  {
    id: 'pg-05',
    theme: 'professional-growth',
    text: 'What clinical question kept you curious this month? Write it as a question you could take to reading, training or consultation.',
  },
  {
    id: 'pg-06',
    theme: 'professional-growth',
    text: 'Where would you like to be in your career in five years: the setting, the clients, the hours? What small step points in that direction?',
    followUps: ['What are you afraid to want?'],
  },
  {
    id: 'pg-07',
    theme: 'professional-growth',
    text: 'Write about a session that didn’t go well. What would you do differently, and what did you do well even so?',
    followUps: ['What would you want your supervisor to ask you about it?'],
  },
  {
    id: 'pg-08',
    theme: 'professional-growth',
    text: 'Which model or approach have you grown out of, and which one are you curious about now? What draws you to it?',
  },
  {
    id: 'pg-09',
    theme: 'professional-growth',
    text: 'How has your idea of a good therapist changed since training? Write the old definition, then the one you hold now.',
    followUps: ['What experience changed it most?'],
  },
  {
    id: 'pg-10',
    theme: 'professional-growth',
    text: 'Which client has taught you the most about this work? What did they teach you?',
  },
  {
    id: 'pg-11',
    theme: 'professional-growth',
    text: 'When do you feel like an impostor in this profession? Write about the most recent time, and what a trusted colleague might say about it.',
    followUps: ['What evidence do you have against the impostor story?'],
  },
  {
    id: 'pg-12',
    theme: 'professional-growth',
    text: 'If you could plan a year of learning with no limits on time or money, what would be on it? Which item could you start anyway?',
  },
  {
    id: 'pg-13',
    theme: 'professional-growth',
    text: 'How do you ask clients for feedback on the work, whether through a measure, a question or a conversation? What makes that easy or uncomfortable for you?',
    followUps: ['What is the hardest feedback a client has given you, and what did you do with it?'],
  },
  {
    id: 'pg-14',
    theme: 'professional-growth',
    text: 'What kind of peer consultation or supervision group would help you most right now? Who would be in it?',
    followUps: ['What would it take to start one?'],
  },
  {
    id: 'pg-15',
    theme: 'professional-growth',
    text: 'Look back at how you worked at the start of your training. What would you tell that clinician, and what could they still teach you?',
  },
  {
    id: 'pg-16',
    theme: 'professional-growth',
    text: 'What part of your work are you quietly proud of and rarely talk about? Write about it as if someone had asked.',
  },
  {
    id: 'pg-17',
    theme: 'professional-growth',
    text: 'Is there a specialism, setting or client group you keep thinking about moving towards? What pulls you, and what holds you back?',
    followUps: ['Who could you talk to who already works there?'],
  },
  {
    id: 'pg-18',
    theme: 'professional-growth',
    text: 'How do you want your working life to fit with the rest of your life (family, health, other callings) over the next few years?',
  },
  {
    id: 'pg-19',
    theme: 'professional-growth',
    text: 'What feedback from a supervisor stung at the time, and what did you eventually take from it?',
    followUps: ['How do you give difficult feedback yourself?'],
  },
  {
    id: 'pg-20',
    theme: 'professional-growth',
    text: 'Name one thing you have learned about yourself through this work that you might never have learned otherwise.',
  },
  {
    id: 'pg-21',
    theme: 'professional-growth',
    text: 'When a colleague asks you for advice, what do you find yourself telling them? Is it advice you follow?',
  },
];

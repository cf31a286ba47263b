/**
 * The four everyday templates: a post-session debrief, a weekly check-in, supervision or
 * consultation prep, and compassion satisfaction and gratitude. Written in our own words.
 */
import type { Template } from './template-types';

/** After a session that stayed with you: facts, feelings, body, and what to put down. */
export const DEBRIEF: Template = {
  id: 'post-session-debrief',
  name: 'Post-session debrief',
  theme: 'coping-self-care',
  description: 'For a session that stayed with you: what happened, what you felt, what to leave at work.',
  intro:
    'A few minutes between sessions or at the end of the day. This is not a clinical note: it is for you. Leave out names and anything that would identify the client.',
  sources: ['rothschild-rand-2006', 'schon-1983', 'norcross-vandenbos-2018'],
  sections: [
    {
      id: 'what-happened',
      label: 'What happened',
      help: 'The bare facts, in a few lines: what was said or done that is still with you.',
      kind: 'text',
    },
    {
      id: 'what-i-felt',
      label: 'What I felt',
      help: 'During the session and since. Include the feelings you would rather not have had: irritation, boredom, wanting to rescue. They often tell you something about the work.',
      kind: 'text',
    },
    {
      id: 'what-my-body-did',
      label: 'What my body did',
      help: 'Tight jaw or shoulders, held breath, heat, a heavy stomach, sudden tiredness. Where was it, and has it eased?',
      kind: 'text',
    },
    {
      id: 'take-home',
      label: 'What I take home',
      help: 'What you learned, a question to sit with, or something to bring to supervision.',
      kind: 'text',
    },
    {
      id: 'leave-at-work',
      label: 'What I leave at work',
      help: 'Name what you are putting down before you go home: the worry, the story, the image. Writing it here can be a way of setting it down.',
      kind: 'text',
    },
  ],
};

/** Once a week: the shape of the week, what drained and restored, the week ahead. */
export const WEEKLY: Template = {
  id: 'weekly-check-in',
  name: 'Weekly check-in',
  theme: 'stress-burnout',
  description: 'Once a week: how the work is sitting with you, and one or two things for the week ahead.',
  intro:
    'Ten minutes at the end of the working week. Patterns show up over weeks that no single day reveals.',
  sources: ['norcross-vandenbos-2018', 'skovholt-trotter-mathison-2016'],
  sections: [
    {
      id: 'the-week',
      label: 'How the week was',
      help: 'Its shape in a few words: caseload, pace, anything that stood out.',
      kind: 'text',
    },
    {
      id: 'stayed-with-me',
      label: 'What stayed with me',
      help: 'Clients, sessions or moments that followed you home, into conversations or into your sleep.',
      kind: 'text',
    },
    {
      id: 'drained',
      label: 'What drained me',
      help: 'Not only the hard sessions: paperwork, cancellations, meetings, things outside work.',
      kind: 'text',
    },
    {
      id: 'restored',
      label: 'What restored me',
      help: 'People, moments or habits that gave something back, however small.',
      kind: 'text',
    },
    {
      id: 'boundaries',
      label: 'Where work spilled over',
      help: 'Late notes, messages after hours, thinking about clients on your day off. And where you held the line.',
      kind: 'text',
    },
    {
      id: 'next-week',
      label: 'For next week',
      help: 'One or two small, concrete things. What will you protect in your diary?',
      kind: 'text',
    },
  ],
};

/** Before supervision or consultation: the question, what was tried, one's own reactions. */
export const SUPERVISION: Template = {
  id: 'supervision-prep',
  name: 'Supervision or consultation prep',
  theme: 'professional-growth',
  description: 'Get the most from supervision or peer consultation: your question, your reactions, what to raise.',
  intro:
    'Supervision goes further when you arrive knowing what you want from it. Describe cases without identifying details.',
  sources: ['bernard-goodyear-2019'],
  sections: [
    {
      id: 'what-to-bring',
      label: 'What I want to bring',
      help: 'The case, theme or situation, in a few lines.',
      kind: 'text',
    },
    {
      id: 'my-question',
      label: 'My question',
      help: 'What you want from this time: a second view, a plan, permission, or just room to think. Putting it as a question helps.',
      kind: 'text',
    },
    {
      id: 'tried-so-far',
      label: 'What I have tried or thought so far',
      help: 'Your formulation, what you have done, and how it went.',
      kind: 'text',
    },
    {
      id: 'my-reactions',
      label: 'My own reactions',
      help: 'What this stirs in you; where you feel stuck, defensive or pulled to act. Notice if the relationship with your supervisor is starting to echo the one with the client.',
      kind: 'text',
    },
    {
      id: 'risk-ethics',
      label: 'Risk, ethics or legal questions',
      help: 'Anything about safety, mandated reporting, confidentiality, dual relationships or your scope of practice that your supervisor needs to know.',
      kind: 'text',
    },
    {
      id: 'afterwards',
      label: 'Afterwards: what we agreed',
      help: 'Fill this in after the session: what you agreed, what you will try, what to bring back next time.',
      kind: 'text',
    },
  ],
};

/** The other side of the work: moments that mattered and what one is grateful for. */
export const GRATITUDE: Template = {
  id: 'compassion-satisfaction',
  name: 'Compassion satisfaction and gratitude',
  theme: 'compassion-fatigue',
  description: 'Notice what is good about the work: a moment that mattered, your part in it, what you are grateful for.',
  intro:
    'Compassion satisfaction is the pleasure of doing this work well. It is easy to overlook on hard weeks, and worth writing down when it happens.',
  sources: ['stamm-2010-proqol-manual', 'emmons-mccullough-2003'],
  sections: [
    {
      id: 'moment',
      label: 'A moment that mattered',
      help: 'A session or exchange where the work felt worthwhile, however small: a client’s step forward, a repair after a rupture, a moment of real contact.',
      kind: 'text',
    },
    {
      id: 'my-part',
      label: 'My part in it',
      help: 'What you did or brought that helped. Noticing it is not boasting.',
      kind: 'text',
    },
    {
      id: 'grateful-for',
      label: 'What I am grateful for',
      help: 'Colleagues, a client’s courage, your training, people and things outside work.',
      kind: 'text',
    },
    {
      id: 'why-this-work',
      label: 'Why this work matters to me',
      help: 'What keeps you in it, in your own words today.',
      kind: 'text',
    },
    {
      id: 'someone-to-thank',
      label: 'Someone I could thank',
      help: 'A colleague, supervisor, mentor or teacher. What would you want them to know?',
      kind: 'text',
    },
  ],
};

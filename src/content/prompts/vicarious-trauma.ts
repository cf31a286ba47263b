import type { Prompt } from '../types';

/**
 * Vicarious and secondary trauma: the stories you carry, how they change your view of the world,
 * and the growth that can come with them. Ids are stable forever: add at the end, never renumber.
 */
export const VICARIOUS_TRAUMA_PROMPTS: Prompt[] = [
  {
    id: 'vt-01',
    theme: 'vicarious-trauma',
    text: 'Is there an image from a client’s story that keeps replaying for you? Write about when and where it comes back, rather than the image itself.',
    followUps: [
      'What helps it fade, even a little?',
      'Where could you bring it: supervision, consultation, your own therapy?',
    ],
  },
  {
    id: 'vt-02',
    theme: 'vicarious-trauma',
    text: 'Has your sense of how safe the world is shifted since you started this work? Name one specific way it has changed how you live.',
    followUps: ['Which of those changes feel protective, and which feel like a loss?'],
  },
  {
    id: 'vt-03',
    theme: 'vicarious-trauma',
    text: 'Notice any new habits of vigilance: checking locks twice, scanning a room for exits, imagining the worst when someone is late. Which of them feel like yours, and which feel borrowed from clients’ stories?',
  },
  {
    id: 'vt-04',
    theme: 'vicarious-trauma',
    text: 'How has hearing about cruelty changed what you believe about people? Write down one belief that has darkened and one that has held.',
    followUps: ['What keeps the one that held alive?'],
  },
  {
    id: 'vt-05',
    theme: 'vicarious-trauma',
    text: 'After a session with a detailed trauma account, what do you need in the next hour? Describe what you actually get, and what you wish you had.',
  },
  {
    id: 'vt-06',
    theme: 'vicarious-trauma',
    text: 'Have you had a dream that seemed to come from a client’s material? Write what stayed with you when you woke, only as far as feels right today.',
    followUps: ['What did you do with it the next day?'],
  },
  {
    id: 'vt-07',
    theme: 'vicarious-trauma',
    text: 'Which client’s courage has changed something in you for the better? Describe the change.',
    followUps: ['How do you carry it into your own life, outside the therapy room?'],
  },
  {
    id: 'vt-08',
    theme: 'vicarious-trauma',
    text: 'Look at your caseload as a whole: how much trauma are you hearing in a typical week? Put it as a number or a picture, and notice your reaction to seeing it written down.',
    followUps: ['If you could change one thing about the mix, what would it be?'],
  },
  {
    id: 'vt-09',
    theme: 'vicarious-trauma',
    text: 'After certain weeks, do you find closeness, touch or intimacy harder to enjoy? Write about it only as far as you want to.',
  },
  {
    id: 'vt-10',
    theme: 'vicarious-trauma',
    text: 'Has a client’s story ever met your own past trauma head on? What did you notice in yourself, and what did you need that you did or didn’t get?',
    followUps: [
      'Who knew what was happening for you at the time?',
      'What would you want in place if it happened again?',
    ],
  },
  {
    id: 'vt-11',
    theme: 'vicarious-trauma',
    text: 'Describe the journey between your last session and your front door. Where along that route could the day’s stories be set down?',
  },
  {
    id: 'vt-12',
    theme: 'vicarious-trauma',
    text: 'Has your trust in others changed: colleagues, strangers, the people you love? Give one recent example where you noticed it.',
  },
  {
    id: 'vt-13',
    theme: 'vicarious-trauma',
    text: 'What do you know about the world now that you wish you didn’t? Let yourself write it, then write what you still hold on to.',
    followUps: ['Who helps you hold on to it?'],
  },
  {
    id: 'vt-14',
    theme: 'vicarious-trauma',
    text: 'Think of the last disclosure of abuse you heard. Trace what happened in you across the rest of that day and night.',
  },
  {
    id: 'vt-15',
    theme: 'vicarious-trauma',
    text: 'Is there a story you have heard that you have never talked about with anyone, not even in supervision? Without any details, what is it like to carry it alone?',
    followUps: ['Where could you bring it, within confidentiality?'],
  },
  {
    id: 'vt-16',
    theme: 'vicarious-trauma',
    text: 'Which sounds, smells, places or dates now carry a client’s trauma for you? Note one, and how you respond when you come across it.',
  },
  {
    id: 'vt-17',
    theme: 'vicarious-trauma',
    text: 'Do you sometimes feel guilty about your own safety or comfort when you think of what clients have lived through? Write about that feeling and where it pushes you.',
  },
  {
    id: 'vt-18',
    theme: 'vicarious-trauma',
    text: 'Where is your sense of meaning right now: stronger, shakier or simply different since you started working with trauma? Write about the shift.',
  },
  {
    id: 'vt-19',
    theme: 'vicarious-trauma',
    text: 'Which early signs tell you that the trauma work is getting under your skin: lighter sleep, a quicker startle, a shorter fuse? Write down the ones you have learned to recognise in yourself.',
    followUps: ['Which of them, if any, are showing this month?'],
  },
  {
    id: 'vt-20',
    theme: 'vicarious-trauma',
    text: 'Who do you talk to after a hard trauma session, and what makes that conversation possible?',
    followUps: ['If you work alone, who could fill that place?'],
  },
  {
    id: 'vt-21',
    theme: 'vicarious-trauma',
    text: 'Has a client’s story changed how you parent, love or protect the people close to you? Describe one way, without deciding yet whether it is good or bad.',
  },
];

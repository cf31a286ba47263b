import type { Prompt } from '../types';

/**
 * Self-awareness: countertransference, personal history, values, identity.
 * Ids are stable forever (entries refer to them): add new ones at the end, never renumber.
 */
export const SELF_AWARENESS_PROMPTS: Prompt[] = [
  {
    id: 'sa-01',
    theme: 'self-awareness',
    text: 'Which client this week stirred something in you that felt bigger than the session itself? Describe the moment it started.',
    followUps: [
      'Who or what in your own life does that feeling remember?',
      'What did you do with it in the room: lean in, pull back, go quiet?',
    ],
  },
  {
    id: 'sa-02',
    theme: 'self-awareness',
    text: 'Think of a supervisee or trainee who reminds you of yourself at their stage. What do you want to protect them from, and what might they need to find out for themselves?',
  },
  {
    id: 'sa-03',
    theme: 'self-awareness',
    text: 'Finish this sentence without stopping to edit: The kind of client I find hardest to like is…',
    followUps: ['What might that difficulty be protecting in you?', 'Have you ever seen a client like this change?'],
  },
  {
    id: 'sa-04',
    theme: 'self-awareness',
    text: 'Over your next few sessions, notice the moment your attention drifts. Write down what the client was talking about just before it did.',
  },
  {
    id: 'sa-05',
    theme: 'self-awareness',
    text: 'Which part of your own history walked into the room with you today, even if nobody else could see it?',
  },
  {
    id: 'sa-06',
    theme: 'self-awareness',
    text: 'Is there a client you find yourself rescuing: stretching the session, answering quickly, worrying between appointments? What would it be like to do a little less?',
    followUps: ['Whose rescuer were you before you were a therapist?'],
  },
  {
    id: 'sa-07',
    theme: 'self-awareness',
    text: 'Recall a moment when a client’s values clashed with yours. What did you feel in your body before you found your professional words?',
  },
  {
    id: 'sa-08',
    theme: 'self-awareness',
    text: 'Write about a cultural blind spot you discovered in yourself through a client. How did you find out, and what did you do next?',
    followUps: [
      'What did that client teach you that no training did?',
      'What do you still not know, and would like to?',
    ],
  },
  {
    id: 'sa-09',
    theme: 'self-awareness',
    text: 'Which feelings come easily to you in sessions, and which do you find yourself steering clients away from? Where did you learn that preference?',
  },
  {
    id: 'sa-10',
    theme: 'self-awareness',
    text: 'The client who idealises you and the client who dismisses you: which is harder for you to sit with, and why might that be?',
    followUps: ['What did each of them want from you that you could not give?'],
  },
  {
    id: 'sa-11',
    theme: 'self-awareness',
    text: 'Why did you choose this work? Write the answer you would give at an interview, then the one you would only tell a close friend.',
    followUps: ['Which of the two answers still holds today?'],
  },
  {
    id: 'sa-12',
    theme: 'self-awareness',
    text: 'Describe a session where you felt bored, irritated or sleepy. Treat the feeling as information: what might it be telling you about the client, or about you?',
    followUps: ['Has anyone else in the client’s life described feeling the same way around them?'],
  },
  {
    id: 'sa-13',
    theme: 'self-awareness',
    text: 'When a client’s story echoes something from your own past, how do you know it has happened? List the first small signs.',
    followUps: ['What helps you stay with the client’s version rather than your own?'],
  },
  {
    id: 'sa-14',
    theme: 'self-awareness',
    text: 'What did your family teach you about asking for help, and how does that lesson show up when you are the one being asked?',
  },
  {
    id: 'sa-15',
    theme: 'self-awareness',
    text: 'Pick a client you feel especially protective of. Is there anyone from your own life standing quietly behind them?',
  },
  {
    id: 'sa-16',
    theme: 'self-awareness',
    text: 'What do you need clients to think of you? Be honest about the answer you would rather not write.',
    followUps: ['How does that need shape what you say, or leave unsaid?'],
  },
  {
    id: 'sa-17',
    theme: 'self-awareness',
    text: 'Recall a time you laughed, teared up or showed surprise in a session without meaning to. What did it show the client, and what did it show you?',
  },
  {
    id: 'sa-18',
    theme: 'self-awareness',
    text: 'Which of your identities (age, gender, class, faith, race, sexuality, body, accent) were most present in the room this week, for you or for your client?',
    followUps: ['Which of them did you find yourself playing down?', 'Which did the client seem to notice first?'],
  },
  {
    id: 'sa-19',
    theme: 'self-awareness',
    text: 'Which client do you look forward to seeing, and what do you get from them that you might not be getting elsewhere?',
  },
  {
    id: 'sa-20',
    theme: 'self-awareness',
    text: 'What value of yours has grown stronger since you started practising, and which one has quietly worn thin?',
  },
  {
    id: 'sa-21',
    theme: 'self-awareness',
    text: 'When you disagree with a supervisor or manager, what do you do with the disagreement? Where did you first learn to handle authority that way?',
  },
  {
    id: 'sa-22',
    theme: 'self-awareness',
    text: 'If a therapist you trust watched a recording of your last session, what might they notice about you that you missed?',
    followUps: ['What would you want them to notice?'],
  },
];

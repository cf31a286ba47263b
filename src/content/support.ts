/**
 * "Need support now" (issue #3, item 8): plain guidance shown even while the journal is
 * locked. It names no phone number from any one country as if it were universal, links
 * nowhere, and shows nothing from the journal. Written in our own words.
 */

/** One block of the support page: a heading, a few sentences, and an optional list. */
export interface SupportBlock {
  id: string;
  heading: string;
  paragraphs: string[];
  items?: string[];
}

/** The first thing on the page, before any block. */
export const SUPPORT_URGENT =
  'If you are in danger, or thinking about harming yourself or someone else, call your local emergency number now, or go to the nearest emergency department. If you can, tell someone near you what is happening.';

/** The blocks of the support page, in order. */
export const SUPPORT_BLOCKS: SupportBlock[] = [
  {
    id: 'people',
    heading: 'Reach a person',
    paragraphs: ['You do not have to be in crisis to ask for help, and you do not have to sort it out alone.'],
    items: [
      'Your own therapist, if you have one. A short message asking for an extra session is enough.',
      'Your clinical supervisor, or a trusted colleague you can call today.',
      'Your doctor, especially if you are not sleeping, not eating, or can’t stop shaking.',
      'A friend or family member: “Can you call me?” is a complete message.',
      'A crisis line or text service in your country, if you know one. If you don’t, your local emergency number is always there.',
    ],
  },
  {
    id: 'client',
    heading: 'If this is about a client’s safety',
    paragraphs: [
      'Follow your service’s risk procedure, contact your supervisor or the on-call clinician, and call emergency services if someone is in immediate danger. Write your notes after the person is safe, not before.',
    ],
  },
  {
    id: 'work',
    heading: 'Through your work or profession',
    paragraphs: [
      'Many employers offer a confidential employee assistance programme or occupational health service. Many professional bodies, licensing boards and unions run confidential support for practitioners, separate from any complaints process. Your employee handbook, or the member pages of your professional body, will say how to reach them.',
    ],
  },
  {
    id: 'ten-minutes',
    heading: 'For the next ten minutes',
    paragraphs: ['Small things, one at a time. None of them has to be done well.'],
    items: [
      'Put your feet flat on the floor and let your out-breath be a little longer than your in-breath, ten times.',
      'Look around and name five things you can see, out loud if you can.',
      'Drink a glass of water. Eat something, even a little.',
      'Move away from the screen: step outside or into another room.',
      'Text or call one person from the list above.',
      'Leave big decisions for another day, when you have slept and talked to someone.',
    ],
  },
];

/** Said at the end, so no one mistakes Tend for a service. */
export const SUPPORT_FOOTNOTE =
  'Tend is a private journal, not a crisis service. Nothing on this page is sent anywhere and no one is alerted: reaching out is yours to do, and it is worth doing.';

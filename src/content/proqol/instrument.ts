/*
 * THE INSTRUMENT TEXT IN THIS FILE IS NOT COVERED BY TEND'S CODE LICENCE.
 *
 * Professional Quality of Life Scale, version 5 (ProQOL 5): items, instructions, the 1-5
 * scale, subscale keys and the copyright line are © B. Hudnall Stamm, 2009-2012. They are
 * reproduced here under the instrument's own terms: the author is credited, no changes
 * are made, and it is not sold. The only change is the one those terms allow: the
 * bracketed placeholder "[helper]" is replaced by "therapist", and the other placeholders
 * ([help], [helping], [helped], [work]) keep their word without the brackets.
 * See NOTICE.md beside this file, and proqol5.source.json for the text as received.
 */

/** The three ProQOL subscales, by the short ids stored in results. */
export type SubscaleId = 'cs' | 'bo' | 'sts';

/** One questionnaire item: its number on the form (1-30) and its text. */
export interface ProqolItem {
  n: number;
  text: string;
}

/** One point of the 1-5 answer scale. */
export interface ScalePoint {
  value: 1 | 2 | 3 | 4 | 5;
  label: string;
}

/** The exact copyright and credit line, shown wherever the questionnaire or its results are. */
export const PROQOL_COPYRIGHT =
  '© B. Hudnall Stamm, 2009-2012. Professional Quality of Life: Compassion Satisfaction and Fatigue Version 5 (ProQOL). www.proqol.org. This test may be freely copied as long as (a) author is credited, (b) no changes are made, and (c) it is not sold. Those interested in using the test should visit www.proqol.org to verify that the copy they are using is the most current version of the test.';

/** The instrument's home (shown as text; Tend never fetches it). */
export const PROQOL_URL = 'www.proqol.org';

/** The current custodian, credited as the present terms ask. */
export const PROQOL_CREDIT =
  'The ProQOL is now looked after by The Center for Victims of Torture (www.ProQOL.org). Tend works offline, so it cannot check that site for a newer version for you.';

/** The instrument's name as shown to the user. */
export const PROQOL_NAME = 'Professional Quality of Life Scale (ProQOL 5)';

/** The period every answer is about. */
export const PROQOL_TIMEFRAME = 'the last 30 days';

/** How the bracketed placeholders of the form were filled in, for a therapist. */
export const PROQOL_SUBSTITUTIONS: Readonly<Record<string, string>> = {
  '[helper]': 'therapist',
  '[help]': 'help',
  '[helping]': 'helping',
  '[helped]': 'helped',
  '[work]': 'work',
};

/** The form's instructions, placeholders filled in. */
export const PROQOL_INSTRUCTIONS =
  'When you help people you have direct contact with their lives. As you may have found, your compassion for those you help can affect you in positive and negative ways. Below are some questions about your experiences, both positive and negative, as a therapist. Consider each of the following questions about you and your current work situation. Select the number that honestly reflects how frequently you experienced these things in the last 30 days.';

/** The answer scale, 1 to 5. */
export const PROQOL_SCALE: readonly ScalePoint[] = [
  { value: 1, label: 'Never' },
  { value: 2, label: 'Rarely' },
  { value: 3, label: 'Sometimes' },
  { value: 4, label: 'Often' },
  { value: 5, label: 'Very Often' },
];

/** The 30 items, in the form's order, placeholders filled in. */
export const PROQOL_ITEMS: readonly ProqolItem[] = [
  { n: 1, text: 'I am happy.' },
  { n: 2, text: 'I am preoccupied with more than one person I help.' },
  { n: 3, text: 'I get satisfaction from being able to help people.' },
  { n: 4, text: 'I feel connected to others.' },
  { n: 5, text: 'I jump or am startled by unexpected sounds.' },
  { n: 6, text: 'I feel invigorated after working with those I help.' },
  { n: 7, text: 'I find it difficult to separate my personal life from my life as a therapist.' },
  { n: 8, text: 'I am not as productive at work because I am losing sleep over traumatic experiences of a person I help.' },
  { n: 9, text: 'I think that I might have been affected by the traumatic stress of those I help.' },
  { n: 10, text: 'I feel trapped by my job as a therapist.' },
  { n: 11, text: 'Because of my helping, I have felt "on edge" about various things.' },
  { n: 12, text: 'I like my work as a therapist.' },
  { n: 13, text: 'I feel depressed because of the traumatic experiences of the people I help.' },
  { n: 14, text: 'I feel as though I am experiencing the trauma of someone I have helped.' },
  { n: 15, text: 'I have beliefs that sustain me.' },
  { n: 16, text: 'I am pleased with how I am able to keep up with helping techniques and protocols.' },
  { n: 17, text: 'I am the person I always wanted to be.' },
  { n: 18, text: 'My work makes me feel satisfied.' },
  { n: 19, text: 'I feel worn out because of my work as a therapist.' },
  { n: 20, text: 'I have happy thoughts and feelings about those I help and how I could help them.' },
  { n: 21, text: 'I feel overwhelmed because my case work load seems endless.' },
  { n: 22, text: 'I believe I can make a difference through my work.' },
  { n: 23, text: 'I avoid certain activities or situations because they remind me of frightening experiences of the people I help.' },
  { n: 24, text: 'I am proud of what I can do to help.' },
  { n: 25, text: 'As a result of my helping, I have intrusive, frightening thoughts.' },
  { n: 26, text: 'I feel "bogged down" by the system.' },
  { n: 27, text: 'I have thoughts that I am a "success" as a therapist.' },
  { n: 28, text: "I can't recall important parts of my work with trauma victims." },
  { n: 29, text: 'I am a very caring person.' },
  { n: 30, text: 'I am happy that I chose to do this work.' },
];

/** Which items make up each subscale (item numbers, 10 each). */
export const PROQOL_SUBSCALES: Readonly<Record<SubscaleId, readonly number[]>> = {
  cs: [3, 6, 12, 16, 18, 20, 22, 24, 27, 30],
  bo: [1, 4, 8, 10, 15, 17, 19, 21, 26, 29],
  sts: [2, 5, 7, 9, 11, 13, 14, 23, 25, 28],
};

/** Burnout items worded positively: scored as 6 minus the answer. */
export const PROQOL_REVERSE_SCORED: readonly number[] = [1, 4, 15, 17, 29];

/** Band limits for every subscale sum: low at or below 22, high at or above 42. */
export const PROQOL_BANDS = { lowMax: 22, highMin: 42 } as const;

/** The band limits in words, as the self-score sheet gives them. */
export const PROQOL_BAND_RANGES = {
  low: '22 or less',
  moderate: 'between 23 and 41',
  high: '42 or more',
} as const;

/** The subscales' names as shown to the user. */
export const SUBSCALE_NAMES: Readonly<Record<SubscaleId, string>> = {
  cs: 'Compassion satisfaction',
  bo: 'Burnout',
  sts: 'Secondary traumatic stress',
};

/**
 * The eight themes of Tend's prompt library, in the order the app shows them.
 * Pure data (design §1): ids are stable forever, entries store them.
 */
import type { Theme, ThemeId } from './types';

/** Every theme, in display order, each with a one-sentence description in plain words. */
export const THEMES: Theme[] = [
  {
    id: 'self-awareness',
    name: 'Self-awareness',
    description:
      'Noticing what your own history, values and reactions bring into the room, so they can inform the work rather than steer it unseen.',
  },
  {
    id: 'compassion-fatigue',
    name: 'Compassion fatigue',
    description:
      'Tending to the tiredness that comes from feeling with people in pain, day after day, and finding what still moves you.',
  },
  {
    id: 'vicarious-trauma',
    name: 'Vicarious and secondary trauma',
    description:
      'Making room for the stories you carry from clients’ trauma, and for the ways they may be changing how you see the world.',
  },
  {
    id: 'boundaries',
    name: 'Boundaries',
    description:
      'Thinking through the edges of the therapeutic relationship, from after-hours messages to small-town overlaps, with curiosity rather than fear.',
  },
  {
    id: 'stress-burnout',
    name: 'Stress and burnout',
    description:
      'Looking honestly at caseload, paperwork, money and the systems you work in, and at how they are wearing on you.',
  },
  {
    id: 'coping-self-care',
    name: 'Coping and self-care',
    description:
      'Finding the small, real things that restore you, and noticing which habits help and which only numb.',
  },
  {
    id: 'ethics',
    name: 'Ethical reflection',
    description:
      'Slowing down the decisions that have no easy answer, so you can see the principles, people and pressures involved.',
  },
  {
    id: 'professional-growth',
    name: 'Professional growth',
    description:
      'Reflecting on supervision, learning and the shape of your career, and on who you are becoming as a clinician.',
  },
];

/** The short code that starts every prompt id of a theme (e.g. `cf-07`); never change one. */
export const THEME_ID_PREFIX: Record<ThemeId, string> = {
  'self-awareness': 'sa',
  'compassion-fatigue': 'cf',
  'vicarious-trauma': 'vt',
  boundaries: 'bd',
  'stress-burnout': 'sb',
  'coping-self-care': 'cs',
  ethics: 'et',
  'professional-growth': 'pg',
};

/**
 * The published work each theme rests on, as ids of citations in `sources/reflection.ts`
 * (the About / Sources page can list them under the theme).
 */
export const THEME_SOURCES: Record<ThemeId, string[]> = {
  'self-awareness': ['gelso-hayes-2007', 'hayes-2018', 'hook-2013', 'ronnestad-skovholt-2003'],
  'compassion-fatigue': [
    'figley-1995-compassion-fatigue',
    'figley-2002',
    'stamm-2002',
    'skovholt-trotter-mathison-2016',
  ],
  'vicarious-trauma': [
    'mccann-pearlman-1990-vicarious-traumatization',
    'pearlman-saakvitne-1995',
    'bride-2007',
    'arnold-2005',
  ],
  boundaries: ['gutheil-gabbard-1993', 'pope-keith-spiegel-2008', 'schank-skovholt-1997'],
  'stress-burnout': ['maslach-2001', 'maslach-leiter-2016-burnout', 'skovholt-trotter-mathison-2016'],
  'coping-self-care': ['norcross-vandenbos-2018', 'barnett-2007', 'skovholt-trotter-mathison-2016'],
  ethics: ['kitchener-1984', 'pope-vasquez-2016', 'barnett-2007', 'pope-keith-spiegel-2008'],
  'professional-growth': ['ronnestad-skovholt-2003', 'bernard-goodyear-2019', 'hook-2013'],
};

/** One theme by id, or undefined for an id Tend does not know (e.g. from a newer backup). */
export function themeById(id: string): Theme | undefined {
  return THEMES.find((t) => t.id === id);
}

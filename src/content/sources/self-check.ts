import type { Citation } from '../types';

/** A DOI as the text Tend shows (never fetched). */
const doi = (id: string): string => `https://doi.org/${id}`;

/**
 * Sources behind the ProQOL self-check, its band notes and its follow-up prompts. Works
 * that other areas also cite keep the same id and exactly the same details here.
 */
export const SELF_CHECK_SOURCES: Citation[] = [
  {
    id: 'stamm-2009-proqol5',
    authors: 'Stamm, B. H.',
    year: 2009,
    title: 'Professional Quality of Life: Compassion Satisfaction and Fatigue Version 5 (ProQOL)',
    where: 'ProQOL.org (© 2009-2012); now looked after by The Center for Victims of Torture',
    url: 'https://www.proqol.org',
  },
  {
    id: 'stamm-2010-proqol-manual',
    authors: 'Stamm, B. H.',
    year: 2010,
    title: 'The Concise ProQOL Manual (2nd ed.)',
    where: 'ProQOL.org, Pocatello, ID',
    url: 'https://www.proqol.org',
  },
  {
    id: 'figley-1995-compassion-fatigue',
    authors: 'Figley, C. R. (Ed.)',
    year: 1995,
    title: 'Compassion fatigue: Coping with secondary traumatic stress disorder in those who treat the traumatized',
    where: 'Brunner/Mazel',
  },
  {
    id: 'mccann-pearlman-1990-vicarious-traumatization',
    authors: 'McCann, I. L., & Pearlman, L. A.',
    year: 1990,
    title: 'Vicarious traumatization: A framework for understanding the psychological effects of working with victims',
    where: 'Journal of Traumatic Stress, 3(1), 131–149',
    url: doi('10.1007/BF00975140'),
  },
  {
    id: 'maslach-leiter-2016-burnout',
    authors: 'Maslach, C., & Leiter, M. P.',
    year: 2016,
    title: 'Understanding the burnout experience: Recent research and its implications for psychiatry',
    where: 'World Psychiatry, 15(2), 103–111',
    url: doi('10.1002/wps.20311'),
  },
];

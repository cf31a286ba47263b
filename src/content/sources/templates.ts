import type { Citation } from '../types';

/**
 * Sources behind the templates and the ethics walk-through (src/content/templates/). A work
 * other areas also cite keeps the same id and the same details here; the About page lists
 * each id once. The compassion-satisfaction template also rests on the ProQOL manual, cited
 * by the self-check (`stamm-2010-proqol-manual`).
 */
export const TEMPLATES_SOURCES: Citation[] = [
  {
    id: 'forester-miller-davis-1996',
    authors: 'Forester-Miller, H., & Davis, T. E.',
    year: 1996,
    title: 'A practitioner’s guide to ethical decision making',
    where: 'American Counseling Association',
  },
  {
    id: 'forester-miller-davis-2016',
    authors: 'Forester-Miller, H., & Davis, T. E.',
    year: 2016,
    title: 'Practitioner’s guide to ethical decision making (rev. ed.)',
    where: 'American Counseling Association',
    url: 'https://www.counseling.org/knowledge-center/ethics/ethical-decision-making',
  },
  {
    id: 'kitchener-1984',
    authors: 'Kitchener, K. S.',
    year: 1984,
    title:
      'Intuition, critical evaluation and ethical principles: The foundation for ethical decisions in counseling psychology',
    where: 'The Counseling Psychologist, 12(3), 43–55',
    url: 'https://doi.org/10.1177/0011000084123005',
  },
  {
    id: 'stadler-1986',
    authors: 'Stadler, H. A.',
    year: 1986,
    title: 'Making hard choices: Clarifying controversial ethical issues',
    where: 'Counseling & Human Development, 19, 1–10',
  },
  {
    id: 'bernard-goodyear-2019',
    authors: 'Bernard, J. M., & Goodyear, R. K.',
    year: 2019,
    title: 'Fundamentals of clinical supervision (6th ed.)',
    where: 'Pearson',
  },
  {
    id: 'rothschild-rand-2006',
    authors: 'Rothschild, B., with Rand, M. L.',
    year: 2006,
    title: 'Help for the helper: The psychophysiology of compassion fatigue and vicarious trauma',
    where: 'W. W. Norton',
  },
  {
    id: 'schon-1983',
    authors: 'Schön, D. A.',
    year: 1983,
    title: 'The reflective practitioner: How professionals think in action',
    where: 'Basic Books',
  },
  {
    id: 'norcross-vandenbos-2018',
    authors: 'Norcross, J. C., & VandenBos, G. R.',
    year: 2018,
    title: 'Leaving it at the office: A guide to psychotherapist self-care (2nd ed.)',
    where: 'Guilford Press',
  },
  {
    id: 'skovholt-trotter-mathison-2016',
    authors: 'Skovholt, T. M., & Trotter-Mathison, M.',
    year: 2016,
    title:
      'The resilient practitioner: Burnout and compassion fatigue prevention and self-care strategies for the helping professions (3rd ed.)',
    where: 'Routledge',
  },
  {
    id: 'emmons-mccullough-2003',
    authors: 'Emmons, R. A., & McCullough, M. E.',
    year: 2003,
    title:
      'Counting blessings versus burdens: An experimental investigation of gratitude and subjective well-being in daily life',
    where: 'Journal of Personality and Social Psychology, 84(2), 377–389',
    url: 'https://doi.org/10.1037/0022-3514.84.2.377',
  },
];

import type { Citation } from '../types';

/** A DOI as the text Tend shows (never fetched). */
const doi = (id: string): string => `https://doi.org/${id}`;

/**
 * Sources behind the reflection content: the prompt themes and the clinical situations the
 * prompts ask about. The prompts are written in Tend's own words; these are the models and
 * studies they draw on (grouped by theme in `THEME_SOURCES`, `content/themes.ts`).
 * A work also cited by another area carries the same id there, so a list of all sources can
 * show it once (e.g. `kitchener-1984`, `norcross-vandenbos-2018`).
 */
export const REFLECTION_SOURCES: Citation[] = [
  // Compassion fatigue and compassion satisfaction
  {
    id: 'figley-1995-compassion-fatigue',
    authors: 'Figley, C. R. (Ed.)',
    year: 1995,
    title: 'Compassion fatigue: Coping with secondary traumatic stress disorder in those who treat the traumatized',
    where: 'Brunner/Mazel',
  },
  {
    id: 'figley-2002',
    authors: 'Figley, C. R.',
    year: 2002,
    title: 'Compassion fatigue: Psychotherapists’ chronic lack of self care',
    where: 'Journal of Clinical Psychology, 58(11), 1433–1441',
    url: doi('10.1002/jclp.10090'),
  },
  {
    id: 'stamm-2002',
    authors: 'Stamm, B. H.',
    year: 2002,
    title:
      'Measuring compassion satisfaction as well as fatigue: Developmental history of the Compassion Satisfaction and Fatigue Test',
    where: 'In C. R. Figley (Ed.), Treating compassion fatigue (pp. 107–119). Brunner-Routledge',
  },
  {
    id: 'skovholt-trotter-mathison-2016',
    authors: 'Skovholt, T. M., & Trotter-Mathison, M.',
    year: 2016,
    title:
      'The resilient practitioner: Burnout and compassion fatigue prevention and self-care strategies for the helping professions (3rd ed.)',
    where: 'Routledge',
  },
  // Vicarious and secondary trauma
  {
    id: 'mccann-pearlman-1990-vicarious-traumatization',
    authors: 'McCann, I. L., & Pearlman, L. A.',
    year: 1990,
    title: 'Vicarious traumatization: A framework for understanding the psychological effects of working with victims',
    where: 'Journal of Traumatic Stress, 3(1), 131–149',
    url: doi('10.1007/BF00975140'),
  },
  {
    id: 'pearlman-saakvitne-1995',
    authors: 'Pearlman, L. A., & Saakvitne, K. W.',
    year: 1995,
    title:
      'Trauma and the therapist: Countertransference and vicarious traumatization in psychotherapy with incest survivors',
    where: 'W. W. Norton',
  },
  {
    id: 'bride-2007',
    authors: 'Bride, B. E.',
    year: 2007,
    title: 'Prevalence of secondary traumatic stress among social workers',
    where: 'Social Work, 52(1), 63–70',
    url: doi('10.1093/sw/52.1.63'),
  },
  {
    id: 'arnold-2005',
    authors: 'Arnold, D., Calhoun, L. G., Tedeschi, R., & Cann, A.',
    year: 2005,
    title: 'Vicarious posttraumatic growth in psychotherapy',
    where: 'Journal of Humanistic Psychology, 45(2), 239–263',
  },
  // Burnout
  {
    id: 'maslach-2001',
    authors: 'Maslach, C., Schaufeli, W. B., & Leiter, M. P.',
    year: 2001,
    title: 'Job burnout',
    where: 'Annual Review of Psychology, 52, 397–422',
    url: doi('10.1146/annurev.psych.52.1.397'),
  },
  {
    id: 'maslach-leiter-2016-burnout',
    authors: 'Maslach, C., & Leiter, M. P.',
    year: 2016,
    title: 'Understanding the burnout experience: Recent research and its implications for psychiatry',
    where: 'World Psychiatry, 15(2), 103–111',
    url: doi('10.1002/wps.20311'),
  },
  // Self-care
  {
    id: 'norcross-vandenbos-2018',
    authors: 'Norcross, J. C., & VandenBos, G. R.',
    year: 2018,
    title: 'Leaving it at the office: A guide to psychotherapist self-care (2nd ed.)',
    where: 'Guilford Press',
  },
  {
    id: 'barnett-2007',
    authors: 'Barnett, J. E., Baker, E. K., Elman, N. S., & Schoener, G. R.',
    year: 2007,
    title: 'In pursuit of wellness: The self-care imperative',
    where: 'Professional Psychology: Research and Practice, 38(6), 603–612',
  },
  // Boundaries and multiple relationships
  {
    id: 'gutheil-gabbard-1993',
    authors: 'Gutheil, T. G., & Gabbard, G. O.',
    year: 1993,
    title: 'The concept of boundaries in clinical practice: Theoretical and risk-management dimensions',
    where: 'American Journal of Psychiatry, 150(2), 188–196',
    url: doi('10.1176/ajp.150.2.188'),
  },
  {
    id: 'pope-keith-spiegel-2008',
    authors: 'Pope, K. S., & Keith-Spiegel, P.',
    year: 2008,
    title:
      'A practical approach to boundaries in psychotherapy: Making decisions, bypassing blunders, and mending fences',
    where: 'Journal of Clinical Psychology: In Session, 64(5), 638–652',
    url: doi('10.1002/jclp.20477'),
  },
  {
    id: 'schank-skovholt-1997',
    authors: 'Schank, J. A., & Skovholt, T. M.',
    year: 1997,
    title: 'Dual-relationship dilemmas of rural and small-community psychologists',
    where: 'Professional Psychology: Research and Practice, 28(1), 44–49',
  },
  // Ethics
  {
    id: 'kitchener-1984',
    authors: 'Kitchener, K. S.',
    year: 1984,
    title:
      'Intuition, critical evaluation and ethical principles: The foundation for ethical decisions in counseling psychology',
    where: 'The Counseling Psychologist, 12(3), 43–55',
    url: doi('10.1177/0011000084123005'),
  },
  {
    id: 'pope-vasquez-2016',
    authors: 'Pope, K. S., & Vasquez, M. J. T.',
    year: 2016,
    title: 'Ethics in psychotherapy and counseling: A practical guide (5th ed.)',
    where: 'Wiley',
  },
  // Self-awareness: countertransference and culture
  {
    id: 'gelso-hayes-2007',
    authors: 'Gelso, C. J., & Hayes, J. A.',
    year: 2007,
    title: 'Countertransference and the therapist’s inner experience: Perils and possibilities',
    where: 'Lawrence Erlbaum Associates',
  },
  {
    id: 'hayes-2018',
    authors: 'Hayes, J. A., Gelso, C. J., Goldberg, S., & Kivlighan, D. M.',
    year: 2018,
    title: 'Countertransference management and effective psychotherapy: Meta-analytic findings',
    where: 'Psychotherapy, 55(4), 496–507',
    url: doi('10.1037/pst0000189'),
  },
  {
    id: 'hook-2013',
    authors: 'Hook, J. N., Davis, D. E., Owen, J., Worthington, E. L., Jr., & Utsey, S. O.',
    year: 2013,
    title: 'Cultural humility: Measuring openness to culturally diverse clients',
    where: 'Journal of Counseling Psychology, 60(3), 353–366',
    url: doi('10.1037/a0032595'),
  },
  // Professional development and supervision
  {
    id: 'ronnestad-skovholt-2003',
    authors: 'Rønnestad, M. H., & Skovholt, T. M.',
    year: 2003,
    title: 'The journey of the counselor and therapist: Research findings and perspectives on professional development',
    where: 'Journal of Career Development, 30(1), 5–44',
    url: doi('10.1023/A:1025173508081'),
  },
  {
    id: 'bernard-goodyear-2019',
    authors: 'Bernard, J. M., & Goodyear, R. K.',
    year: 2019,
    title: 'Fundamentals of clinical supervision (6th ed.)',
    where: 'Pearson',
  },
];

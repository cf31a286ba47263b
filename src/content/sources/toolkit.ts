import type { Citation } from '../types';

/**
 * Sources behind the coping toolkit: each tool's evidence label cites some of these by id.
 * Only published, checkable work; the labels say plainly how direct the evidence is.
 */
export const TOOLKIT_SOURCES: Citation[] = [
  // Breathing
  {
    id: 'fincham-2023',
    authors: 'Fincham, G. W., Strauss, C., Montero-Marin, J., & Cavanagh, K.',
    year: 2023,
    title: 'Effect of breathwork on stress and mental health: A meta-analysis of randomised-controlled trials',
    where: 'Scientific Reports, 13, 432',
    url: 'https://doi.org/10.1038/s41598-022-27247-y',
  },
  {
    id: 'balban-2023',
    authors: 'Balban, M. Y., Neri, E., Kogon, M. M., Weed, L., Nouriani, B., Jo, B., Holl, G., Zeitzer, J. M., Spiegel, D., & Huberman, A. D.',
    year: 2023,
    title: 'Brief structured respiration practices enhance mood and reduce physiological arousal',
    where: 'Cell Reports Medicine, 4(1), 100895',
    url: 'https://doi.org/10.1016/j.xcrm.2022.100895',
  },
  // Grounding
  {
    id: 'najavits-2002',
    authors: 'Najavits, L. M.',
    year: 2002,
    title: 'Seeking Safety: A treatment manual for PTSD and substance abuse',
    where: 'Guilford Press',
  },
  // Body scan
  {
    id: 'kabat-zinn-1990',
    authors: 'Kabat-Zinn, J.',
    year: 1990,
    title: 'Full catastrophe living: Using the wisdom of your body and mind to face stress, pain, and illness',
    where: 'Delacorte Press',
  },
  {
    id: 'shapiro-2005',
    authors: 'Shapiro, S. L., Astin, J. A., Bishop, S. R., & Cordova, M.',
    year: 2005,
    title: 'Mindfulness-based stress reduction for health care professionals: Results from a randomized trial',
    where: 'International Journal of Stress Management, 12(2), 164–176',
    url: 'https://doi.org/10.1037/1072-5245.12.2.164',
  },
  {
    id: 'gan-2022',
    authors: 'Gan, R., Zhang, L., & Chen, S.',
    year: 2022,
    title: 'The effects of body scan meditation: A systematic review and meta-analysis',
    where: 'Applied Psychology: Health and Well-Being, 14(3), 1062–1080',
    url: 'https://doi.org/10.1111/aphw.12366',
  },
  // Self-compassion
  {
    id: 'neff-2003',
    authors: 'Neff, K. D.',
    year: 2003,
    title: 'Self-compassion: An alternative conceptualization of a healthy attitude toward oneself',
    where: 'Self and Identity, 2(2), 85–101',
    url: 'https://doi.org/10.1080/15298860309032',
  },
  {
    id: 'leary-2007',
    authors: 'Leary, M. R., Tate, E. B., Adams, C. E., Allen, A. B., & Hancock, J.',
    year: 2007,
    title: 'Self-compassion and reactions to unpleasant self-relevant events: The implications of treating oneself kindly',
    where: 'Journal of Personality and Social Psychology, 92(5), 887–904',
    url: 'https://doi.org/10.1037/0022-3514.92.5.887',
  },
  // Gratitude
  {
    id: 'seligman-2005',
    authors: 'Seligman, M. E. P., Steen, T. A., Park, N., & Peterson, C.',
    year: 2005,
    title: 'Positive psychology progress: Empirical validation of interventions',
    where: 'American Psychologist, 60(5), 410–421',
    url: 'https://doi.org/10.1037/0003-066X.60.5.410',
  },
  {
    id: 'emmons-mccullough-2003',
    authors: 'Emmons, R. A., & McCullough, M. E.',
    year: 2003,
    title: 'Counting blessings versus burdens: An experimental investigation of gratitude and subjective well-being in daily life',
    where: 'Journal of Personality and Social Psychology, 84(2), 377–389',
    url: 'https://doi.org/10.1037/0022-3514.84.2.377',
  },
  {
    id: 'toepfer-2012',
    authors: 'Toepfer, S. M., Cichy, K., & Peters, P.',
    year: 2012,
    title: 'Letters of gratitude: Further evidence for author benefits',
    where: 'Journal of Happiness Studies, 13(1), 187–201',
    url: 'https://doi.org/10.1007/s10902-011-9257-7',
  },
  {
    id: 'davis-2016',
    authors: 'Davis, D. E., Choe, E., Meyers, J., Wade, N., Varjas, K., Gifford, A., Quinn, A., Hook, J. N., Van Tongeren, D. R., Griffin, B. J., & Worthington, E. L.',
    year: 2016,
    title: 'Thankful for the little things: A meta-analysis of gratitude interventions',
    where: 'Journal of Counseling Psychology, 63(1), 20–31',
    url: 'https://doi.org/10.1037/cou0000107',
  },
  // Expressive writing
  {
    id: 'pennebaker-1986',
    authors: 'Pennebaker, J. W., & Beall, S. K.',
    year: 1986,
    title: 'Confronting a traumatic event: Toward an understanding of inhibition and disease',
    where: 'Journal of Abnormal Psychology, 95(3), 274–281',
    url: 'https://doi.org/10.1037/0021-843X.95.3.274',
  },
  {
    id: 'frattaroli-2006',
    authors: 'Frattaroli, J.',
    year: 2006,
    title: 'Experimental disclosure and its moderators: A meta-analysis',
    where: 'Psychological Bulletin, 132(6), 823–865',
    url: 'https://doi.org/10.1037/0033-2909.132.6.823',
  },
  // Leaving work at work
  {
    id: 'sonnentag-2015',
    authors: 'Sonnentag, S., & Fritz, C.',
    year: 2015,
    title: 'Recovery from job stress: The stressor-detachment model as an integrative framework',
    where: 'Journal of Organizational Behavior, 36(S1), S72–S103',
    url: 'https://doi.org/10.1002/job.1924',
  },
  {
    id: 'ashforth-2000',
    authors: 'Ashforth, B. E., Kreiner, G. E., & Fugate, M.',
    year: 2000,
    title: 'All in a day’s work: Boundaries and micro role transitions',
    where: 'Academy of Management Review, 25(3), 472–491',
    url: 'https://doi.org/10.5465/amr.2000.3363315',
  },
  // Values
  {
    id: 'hayes-2012',
    authors: 'Hayes, S. C., Strosahl, K. D., & Wilson, K. G.',
    year: 2012,
    title: 'Acceptance and commitment therapy: The process and practice of mindful change (2nd ed.)',
    where: 'Guilford Press',
  },
  {
    id: 'prudenzi-2022',
    authors: 'Prudenzi, A., Graham, C. D., Flaxman, P. E., Wilding, S., Day, F., & O’Connor, D. B.',
    year: 2022,
    title: 'A workplace Acceptance and Commitment Therapy (ACT) intervention for improving healthcare staff psychological distress: A randomised controlled trial',
    where: 'PLoS ONE, 17(4), e0266357',
    url: 'https://doi.org/10.1371/journal.pone.0266357',
  },
];

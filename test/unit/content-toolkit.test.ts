import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_SOURCES } from '../../src/content/sources';
import { TOOLKIT_SOURCES } from '../../src/content/sources/toolkit';
import {
  BREATH_PATTERNS,
  BREATHING_MINUTES,
  breathPhaseAt,
  cycleMs,
  PHASE_WORDS,
  patternById,
  sessionMs,
  type BreathPattern,
} from '../../src/content/toolkit/breathing';
import { groundingBody, ritualBody, transitionText, valuesBody } from '../../src/content/toolkit/compose';
import { formatCitation, toolCitations } from '../../src/content/toolkit/evidence';
import {
  BODY_REGIONS,
  GROUNDING_STEPS,
  MAX_VALUES,
  OWN_TRANSITION,
  TRANSITIONS,
  VALUES,
  WRITING_MINUTES,
} from '../../src/content/toolkit/exercises';
import { describeScore, isValidRating, MAX_RATING, rankTools, RATING_WORDS } from '../../src/content/toolkit/ratings';
import { isToolId, TOOL_IDS, TOOLKIT_THEME, toolById, TOOLS } from '../../src/content/toolkit/tools';

const box = patternById('box');
const paced = patternById('paced-4-6');

describe('toolkit content', () => {
  it('has at least 8 tools with unique, stable ids in list order', () => {
    expect(TOOLS.length).toBeGreaterThanOrEqual(8);
    expect(new Set(TOOLS.map((t) => t.id)).size).toBe(TOOLS.length);
    expect(TOOLS.map((t) => t.id)).toEqual([...TOOL_IDS]);
    // Ratings and entries refer to these ids forever: changing one is a migration, not an edit.
    expect(TOOL_IDS).toEqual([
      'breathing',
      'grounding',
      'body-scan',
      'self-compassion-letter',
      'gratitude-letter',
      'expressive-writing',
      'leave-it-at-work',
      'values-check',
    ]);
    expect(TOOLKIT_THEME).toBe('coping-self-care');
  });

  it('every tool has a name, summary, duration, instructions and distinct names', () => {
    for (const tool of TOOLS) {
      expect(tool.name.trim(), tool.id).not.toBe('');
      expect(tool.summary.trim(), tool.id).not.toBe('');
      expect(tool.duration, tool.id).toMatch(/\d.*min/);
      expect(tool.instructions.length, tool.id).toBeGreaterThanOrEqual(2);
      for (const step of tool.instructions) expect(step.trim().length, tool.id).toBeGreaterThan(10);
    }
    expect(new Set(TOOLS.map((t) => t.name)).size).toBe(TOOLS.length);
  });

  it('every tool has an evidence label whose citations all exist in TOOLKIT_SOURCES', () => {
    const ids = new Set(TOOLKIT_SOURCES.map((c) => c.id));
    for (const tool of TOOLS) {
      expect(tool.evidence.label.trim(), tool.id).not.toBe('');
      expect(tool.evidence.citations.length, tool.id).toBeGreaterThan(0);
      for (const id of tool.evidence.citations) expect(ids.has(id), `${tool.id} cites ${id}`).toBe(true);
      expect(toolCitations(tool).map((c) => c.id)).toEqual(tool.evidence.citations);
    }
  });

  it('sources are complete, unique, and each one is cited by some tool', () => {
    expect(new Set(TOOLKIT_SOURCES.map((c) => c.id)).size).toBe(TOOLKIT_SOURCES.length);
    const cited = new Set(TOOLS.flatMap((t) => t.evidence.citations));
    for (const c of TOOLKIT_SOURCES) {
      expect(cited.has(c.id), `${c.id} is never cited`).toBe(true);
      expect(c.authors.trim(), c.id).not.toBe('');
      expect(String(c.year), c.id).toMatch(/^(19|20)\d\d$/);
      expect(c.title.trim(), c.id).not.toBe('');
      expect(c.where.trim(), c.id).not.toBe('');
      if (c.url !== undefined) expect(c.url, c.id).toMatch(/^https:\/\/doi\.org\/10\.\d{4,}\//);
    }
  });

  it('a work cited in several areas has one id and the same details everywhere', () => {
    for (const c of TOOLKIT_SOURCES) {
      const same = ALL_SOURCES.filter((o) => o.id === c.id || (c.url !== undefined && o.url === c.url));
      for (const o of same) expect(o, `${c.id} vs ${o.id}`).toEqual(c);
    }
  });

  it('formats a citation as one line of text', () => {
    const neff = TOOLKIT_SOURCES.find((c) => c.id === 'neff-2003')!;
    expect(formatCitation(neff)).toBe(
      'Neff, K. D. (2003). Self-compassion: An alternative conceptualization of a healthy attitude toward oneself. ' +
        'Self and Identity, 2(2), 85–101. https://doi.org/10.1080/15298860309032',
    );
    const book = TOOLKIT_SOURCES.find((c) => c.id === 'najavits-2002')!;
    expect(formatCitation(book)).toBe('Najavits, L. M. (2002). Seeking Safety: A treatment manual for PTSD and substance abuse. Guilford Press.');
  });

  it('looks tools up by id and refuses unknown ids', () => {
    expect(toolById('breathing')?.name).toBe('Paced breathing');
    expect(toolById('nope')).toBeUndefined();
    expect(isToolId('values-check')).toBe(true);
    expect(isToolId('values')).toBe(false);
  });

  it('exercise material is complete', () => {
    expect(GROUNDING_STEPS.map((s) => s.count)).toEqual([5, 4, 3, 2, 1]);
    for (const s of GROUNDING_STEPS) expect(s.title.startsWith(String(s.count))).toBe(true);
    expect(BODY_REGIONS.length).toBe(10);
    expect(new Set(BODY_REGIONS.map((r) => r.name)).size).toBe(BODY_REGIONS.length);
    expect(new Set(VALUES.map((v) => v.id)).size).toBe(VALUES.length);
    expect(VALUES.length).toBeGreaterThan(MAX_VALUES);
    expect(TRANSITIONS.some((t) => t.id === OWN_TRANSITION)).toBe(true);
    expect(WRITING_MINUTES).toEqual([10, 15, 20]);
    expect(BREATHING_MINUTES).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('breathing phases', () => {
  it('box 4-4-4-4: each phase starts exactly on its boundary and counts 4, 3, 2, 1', () => {
    const at = (ms: number) => {
      const s = breathPhaseAt(box, ms);
      return [s.phase, s.secondsLeft, s.cycle];
    };
    expect(at(0)).toEqual(['inhale', 4, 0]);
    expect(at(999)).toEqual(['inhale', 4, 0]);
    expect(at(1000)).toEqual(['inhale', 3, 0]);
    expect(at(3999)).toEqual(['inhale', 1, 0]);
    expect(at(4000)).toEqual(['hold-in', 4, 0]);
    expect(at(7999)).toEqual(['hold-in', 1, 0]);
    expect(at(8000)).toEqual(['exhale', 4, 0]);
    expect(at(11_999)).toEqual(['exhale', 1, 0]);
    expect(at(12_000)).toEqual(['hold-out', 4, 0]);
    expect(at(15_999)).toEqual(['hold-out', 1, 0]);
    expect(at(16_000)).toEqual(['inhale', 4, 1]);
    expect(at(16_000 * 3 + 8_500)).toEqual(['exhale', 4, 3]);
  });

  it('paced 4-6 has no holds: in for 4, out for 6', () => {
    expect(breathPhaseAt(paced, 3_999)).toMatchObject({ phase: 'inhale', secondsLeft: 1, phaseSeconds: 4, index: 0 });
    expect(breathPhaseAt(paced, 4_000)).toMatchObject({ phase: 'exhale', secondsLeft: 6, phaseSeconds: 6, index: 1 });
    expect(breathPhaseAt(paced, 9_999)).toMatchObject({ phase: 'exhale', secondsLeft: 1 });
    expect(breathPhaseAt(paced, 10_000)).toMatchObject({ phase: 'inhale', secondsLeft: 4, cycle: 1 });
  });

  it('negative and fractional times count from the start', () => {
    expect(breathPhaseAt(box, -500)).toMatchObject({ phase: 'inhale', secondsLeft: 4, cycle: 0 });
    expect(breathPhaseAt(box, 3_999.9)).toMatchObject({ phase: 'inhale', secondsLeft: 1 });
  });

  it('sessions round up to whole cycles, so they never end mid-breath', () => {
    expect(cycleMs(box)).toBe(16_000);
    expect(cycleMs(paced)).toBe(10_000);
    expect(sessionMs(paced, 1)).toBe(60_000);
    expect(sessionMs(box, 1)).toBe(64_000);
    expect(sessionMs(box, 5)).toBe(304_000);
    for (const p of BREATH_PATTERNS) {
      for (const m of BREATHING_MINUTES) {
        const total = sessionMs(p, m);
        expect(total % cycleMs(p)).toBe(0);
        expect(total).toBeGreaterThanOrEqual(m * 60_000);
        expect(total - m * 60_000).toBeLessThan(cycleMs(p));
      }
    }
  });

  it('for any time, the seconds left are within the phase and the phase order follows the pattern', () => {
    for (const p of BREATH_PATTERNS) {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 10 * 60_000 }), (t) => {
          const s = breathPhaseAt(p, t);
          expect(s.secondsLeft).toBeGreaterThanOrEqual(1);
          expect(s.secondsLeft).toBeLessThanOrEqual(s.phaseSeconds);
          expect(s.cycle).toBe(Math.floor(t / cycleMs(p)));
          // One millisecond after this phase ends, the next phase of the pattern has begun.
          const next = breathPhaseAt(p, phaseEnd(p, t));
          expect(next.index).toBe((s.index + 1) % p.phases.length);
          expect(next.secondsLeft).toBe(next.phaseSeconds);
        }),
      );
    }
  });

  it('every phase has a word and whole seconds that the stylesheet has an animation class for', () => {
    const css = readFileSync(new URL('../../src/app/styles/toolkit.css', import.meta.url), 'utf8');
    for (const p of BREATH_PATTERNS) {
      for (const phase of p.phases) {
        expect(Number.isInteger(phase.seconds) && phase.seconds >= 1).toBe(true);
        expect(css, `.tk-dur-${phase.seconds}`).toContain(`.tk-dur-${phase.seconds} {`);
        expect(PHASE_WORDS[phase.kind]).toMatch(/^(Breathe in|Hold|Breathe out)$/);
      }
      // Two equal phases in a row would not restart the CSS animation.
      p.phases.forEach((ph, i) => expect(ph.kind).not.toBe(p.phases[(i + 1) % p.phases.length]!.kind));
    }
    expect(patternById('unknown')).toBe(BREATH_PATTERNS[0]);
  });
});

/** The first millisecond after the phase containing `t`. */
function phaseEnd(p: BreathPattern, t: number): number {
  const cycle = cycleMs(p);
  let start = Math.floor(t / cycle) * cycle;
  for (const phase of p.phases) {
    start += phase.seconds * 1000;
    if (t < start) return start;
  }
  return start;
}

describe('ratings', () => {
  const r = (tool: string, rating: number, at = 1) => ({ tool, rating, at });

  it('averages per tool and ranks best first, then by count, then in toolkit order', () => {
    const { ranked, unrated } = rankTools([
      r('grounding', 2),
      r('breathing', 3),
      r('grounding', 4),
      r('values-check', 3),
      r('body-scan', 1),
      r('values-check', 3),
    ]);
    // grounding and values-check tie on average and count: toolkit order decides.
    expect(ranked.map((s) => [s.tool.id, s.average, s.count])).toEqual([
      ['grounding', 3, 2],
      ['values-check', 3, 2],
      ['breathing', 3, 1],
      ['body-scan', 1, 1],
    ]);
    expect(ranked.map((s) => s.tool.id)).toEqual(['grounding', 'values-check', 'breathing', 'body-scan']);
    expect(unrated.map((t) => t.id)).toEqual(['self-compassion-letter', 'gratitude-letter', 'expressive-writing', 'leave-it-at-work']);
  });

  it('ignores ratings it cannot trust: unknown tools, out-of-range, fractional, malformed', () => {
    const junk = [r('no-such-tool', 4), r('breathing', 5), r('breathing', -1), r('breathing', 2.5), null, 'x', { tool: 'breathing' }, { tool: 'breathing', rating: '4', at: 1 }];
    for (const j of junk) expect(isValidRating(j)).toBe(false);
    const { ranked, unrated } = rankTools([...junk, r('breathing', 0)]);
    expect(ranked.map((s) => [s.tool.id, s.average, s.count])).toEqual([['breathing', 0, 1]]);
    expect(unrated.length).toBe(TOOLS.length - 1);
  });

  it('nothing rated: everything is unrated', () => {
    expect(rankTools([])).toEqual({ ranked: [], unrated: [...TOOLS] });
  });

  it('describes a score in words, and the scale runs 0 to 4', () => {
    expect(describeScore({ average: 3, count: 1 })).toBe('Average 3.0 of 4 from 1 rating');
    expect(describeScore({ average: 10 / 3, count: 3 })).toBe('Average 3.3 of 4 from 3 ratings');
    expect(MAX_RATING).toBe(4);
    expect(RATING_WORDS.length).toBe(5);
  });
});

describe('entry text from exercises', () => {
  it('grounding keeps only the senses with notes', () => {
    expect(groundingBody(['', '  ', '', '', ''])).toBe('');
    expect(groundingBody(['blue mug', '', 'rain  ', '', 'tea'])).toBe(
      'Things I could see\nblue mug\n\nThings I could hear\nrain\n\nSomething I could taste\ntea',
    );
  });

  it('the ritual records what stays, what went well and the transition', () => {
    const body = ritualBody({ staysAtWork: 'Call back J.', wentWell: 'Good rupture repair', transition: 'walk', ownTransition: '' });
    expect(body).toBe(
      'What stays at work\nCall back J.\n\nOne thing that went well\nGood rupture repair\n\nHow I’m marking the change to home\nA short walk before I go in',
    );
    expect(transitionText({ transition: OWN_TRANSITION, ownTransition: ' Feed the cat ' })).toBe('Feed the cat');
    expect(transitionText({ transition: null, ownTransition: 'ignored' })).toBe('');
    expect(ritualBody({ staysAtWork: '', wentWell: '', transition: null, ownTransition: '' })).toBe('');
  });

  it('the values check lists each value with its rating, then the action', () => {
    const body = valuesBody({
      picked: [
        { id: 'compassion', rating: 4 },
        { id: 'curiosity', rating: null },
        { id: 'gone-value', rating: 3 },
      ],
      action: 'Ask for supervision time',
    });
    expect(body).toBe(
      'How much today reflected my values\nCompassion: 4 of 5\nCuriosity: not rated\n\nOne small action\nAsk for supervision time',
    );
    expect(valuesBody({ picked: [], action: '' })).toBe('');
  });
});

/**
 * Breathing patterns and the timing of their phases. Pure: elapsed milliseconds in, the phase
 * and the whole seconds left in it out, so the screen, its animation and the tests agree on
 * exactly when "Breathe in" becomes "Hold".
 */

/** The four parts of a breath; patterns without holds skip them. */
export type BreathPhaseKind = 'inhale' | 'hold-in' | 'exhale' | 'hold-out';

/** One phase of a pattern, in whole seconds (the animation has a class per second count). */
export interface BreathPhase {
  kind: BreathPhaseKind;
  seconds: number;
}

/** A named rhythm. */
export interface BreathPattern {
  id: 'box' | 'paced-4-6' | 'slow-5-5';
  name: string;
  description: string;
  phases: readonly BreathPhase[];
}

/** The words announced at the start of each phase. */
export const PHASE_WORDS: Record<BreathPhaseKind, string> = {
  inhale: 'Breathe in',
  'hold-in': 'Hold',
  exhale: 'Breathe out',
  'hold-out': 'Hold',
};

/** The patterns on offer; the first is the default. */
export const BREATH_PATTERNS: readonly BreathPattern[] = [
  {
    id: 'paced-4-6',
    name: 'Longer out-breath (4-6)',
    description: 'In for 4, out for 6, no holds. Gentle, and a good place to start.',
    phases: [
      { kind: 'inhale', seconds: 4 },
      { kind: 'exhale', seconds: 6 },
    ],
  },
  {
    id: 'box',
    name: 'Box breathing (4-4-4-4)',
    description: 'In for 4, hold for 4, out for 4, hold for 4.',
    phases: [
      { kind: 'inhale', seconds: 4 },
      { kind: 'hold-in', seconds: 4 },
      { kind: 'exhale', seconds: 4 },
      { kind: 'hold-out', seconds: 4 },
    ],
  },
  {
    id: 'slow-5-5',
    name: 'Slow and even (5-5)',
    description: 'In for 5, out for 5: about six breaths a minute.',
    phases: [
      { kind: 'inhale', seconds: 5 },
      { kind: 'exhale', seconds: 5 },
    ],
  },
];

/** Session lengths on offer, in minutes. */
export const BREATHING_MINUTES: readonly number[] = [1, 2, 3, 4, 5];

/** Where a breathing session stands at a moment. */
export interface BreathState {
  phase: BreathPhaseKind;
  /** Index into the pattern's phases. */
  index: number;
  /** Whole seconds left in this phase, counting down from the phase length to 1. */
  secondsLeft: number;
  /** The phase's full length in seconds. */
  phaseSeconds: number;
  /** How many whole cycles came before this one (0 for the first). */
  cycle: number;
}

/** One full cycle of the pattern, in milliseconds. */
export function cycleMs(pattern: BreathPattern): number {
  return pattern.phases.reduce((sum, p) => sum + p.seconds * 1000, 0);
}

/** A session of about `minutes`, rounded up to whole cycles so it never ends mid-breath. */
export function sessionMs(pattern: BreathPattern, minutes: number): number {
  const cycle = cycleMs(pattern);
  return Math.ceil((minutes * 60_000) / cycle) * cycle;
}

/**
 * The phase at `elapsedMs` from the start. A phase owns [start, end): at exactly 4000 ms of a
 * 4-second in-breath, the next phase has begun. Negative times count as the start.
 */
export function breathPhaseAt(pattern: BreathPattern, elapsedMs: number): BreathState {
  const cycle = cycleMs(pattern);
  const t = Math.max(0, Math.floor(elapsedMs));
  let within = t % cycle;
  for (let index = 0; index < pattern.phases.length; index++) {
    const phase = pattern.phases[index]!;
    const length = phase.seconds * 1000;
    if (within < length) {
      return {
        phase: phase.kind,
        index,
        secondsLeft: Math.ceil((length - within) / 1000),
        phaseSeconds: phase.seconds,
        cycle: Math.floor(t / cycle),
      };
    }
    within -= length;
  }
  throw new Error('unreachable: a cycle is the sum of its phases');
}

/** A pattern by id (the default when the id is unknown). */
export function patternById(id: string): BreathPattern {
  return BREATH_PATTERNS.find((p) => p.id === id) ?? BREATH_PATTERNS[0]!;
}

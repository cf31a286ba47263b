import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDateTimeInput, latestEntryDate, toDateTimeInput } from '../../src/ui/components/entry-date';
import { countText } from '../../src/ui/components/word-count';

const NOW = new Date(2025, 5, 15, 12, 0).getTime();

describe('entry date (backdating)', () => {
  it('reads a datetime-local value as local time, and writes it back the same', () => {
    const check = checkDateTimeInput('2024-03-10T09:30', NOW);
    expect(check).toEqual({ ok: true, ms: new Date(2024, 2, 10, 9, 30).getTime() });
    expect(toDateTimeInput(new Date(2024, 2, 10, 9, 30, 59).getTime())).toBe('2024-03-10T09:30');
    expect(checkDateTimeInput('2024-03-10T09:30:15', NOW)).toEqual({ ok: true, ms: new Date(2024, 2, 10, 9, 30).getTime() });
  });

  it('round-trips any minute from 1900 to today', () => {
    fc.assert(
      fc.property(fc.integer({ min: new Date(1900, 0, 1).getTime(), max: NOW }), (ms) => {
        const minute = Math.floor(ms / 60_000) * 60_000;
        const text = toDateTimeInput(minute);
        const check = checkDateTimeInput(text, NOW);
        // A repeated hour when the clocks go back reads as its first occurrence.
        expect(check.ok && toDateTimeInput(check.ms)).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses what cannot be an entry date, each with its own message', () => {
    const message = (value: string) => {
      const check = checkDateTimeInput(value, NOW);
      return check.ok ? 'ok' : check.message;
    };
    expect(message('')).toMatch(/^Enter a complete date and time/);
    expect(message('10/03/2024 09:30')).toMatch(/isn’t a date and time Tend can read/);
    expect(message('2024-02-30T10:00')).toBe('That date doesn’t exist. Check the day and month.');
    expect(message('2024-13-01T10:00')).toBe('That date doesn’t exist. Check the day and month.');
    expect(message('1899-12-31T23:59')).toBe('The date must be in 1900 or later.');
    expect(message('0050-01-01T10:00')).toBe('The date must be in 1900 or later.');
    expect(message('2025-06-16T00:00')).toBe('The date can’t be later than today.');
    expect(message('2025-06-15T23:59')).toBe('ok');
    expect(latestEntryDate(NOW)).toBe(new Date(2025, 5, 15, 23, 59).getTime());
  });
});

describe('word count', () => {
  it('counts runs holding a letter or digit; markers alone are not words', () => {
    expect(countText('')).toEqual({ words: 0, characters: 0 });
    expect(countText('  \n\t ')).toEqual({ words: 0, characters: 5 });
    expect(countText('# Title\n- **bold** item — done')).toEqual({ words: 4, characters: 30 });
    expect(countText('Café, naïve; 2 cups. 漢字')).toEqual({ words: 5, characters: 23 });
    expect(countText('😀 smile 😀')).toEqual({ words: 1, characters: 9 });
    expect(countText('non\u00a0breaking\u3000space')).toEqual({ words: 3, characters: 18 });
  });

  it('agrees with a whitespace-split definition on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const words = text.split(/[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
        expect(countText(text)).toEqual({ words, characters: [...text].length });
      }),
      { numRuns: 2000 },
    );
  });

  it('a 10 MB entry is counted (one pass; result asserted, not time)', () => {
    const text = 'word '.repeat(2_000_000);
    expect(countText(text)).toEqual({ words: 2_000_000, characters: 10_000_000 });
  });
});

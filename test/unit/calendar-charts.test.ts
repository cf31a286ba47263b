import { describe, expect, it } from 'vitest';
import { labelledBars, valueTicks } from '../../src/ui/components/BarChart';
import { dayAfterKey, dayLabel, moodStep } from '../../src/ui/components/MonthCalendar';

/**
 * The small pure parts of the calendar and the bar chart: where a key moves the focus (also
 * across month and year ends, and to a shorter month), the colour step of an average mood,
 * what a day says to a screen reader, and the bar chart's gridlines and axis labels.
 */
describe('month calendar', () => {
  it('moves the focus by day, week, week edge and month, across month and year ends', () => {
    expect(dayAfterKey('ArrowRight', '2024-12-31', 1)).toBe('2025-01-01');
    expect(dayAfterKey('ArrowLeft', '2025-03-01', 1)).toBe('2025-02-28');
    expect(dayAfterKey('ArrowUp', '2025-03-03', 1)).toBe('2025-02-24');
    expect(dayAfterKey('ArrowDown', '2025-12-29', 1)).toBe('2026-01-05');
    // Wednesday 12 March 2025: its week runs Monday 10 to Sunday 16, or Sunday 9 to Saturday 15.
    expect(dayAfterKey('Home', '2025-03-12', 1)).toBe('2025-03-10');
    expect(dayAfterKey('End', '2025-03-12', 1)).toBe('2025-03-16');
    expect(dayAfterKey('Home', '2025-03-12', 0)).toBe('2025-03-09');
    expect(dayAfterKey('End', '2025-03-12', 0)).toBe('2025-03-15');
    // A month on from the 31st lands on the last day of a shorter month.
    expect(dayAfterKey('PageDown', '2025-01-31', 1)).toBe('2025-02-28');
    expect(dayAfterKey('PageDown', '2024-01-31', 1)).toBe('2024-02-29');
    expect(dayAfterKey('PageUp', '2025-01-15', 1)).toBe('2024-12-15');
    expect(dayAfterKey('a', '2025-01-15', 1)).toBeNull();
    expect(dayAfterKey('Enter', '2025-01-15', 1)).toBeNull();
  });

  it('rounds an average mood to a colour step from 1 to 5', () => {
    expect([1, 1.4, 2.5, 3.5, 4.49, 5].map(moodStep)).toEqual([1, 1, 3, 4, 4, 5]);
  });

  it('names a day with its count and mood in words', () => {
    expect(dayLabel('2025-03-03', { count: 2, mood: 3.5 }, '2025-03-12')).toMatch(/3.*, 2 entries, mood 3\.5 of 5$/);
    expect(dayLabel('2025-03-12', { count: 1, mood: null }, '2025-03-12')).toMatch(/12.*, today, 1 entry$/);
    expect(dayLabel('2025-03-05', undefined, '2025-03-12')).not.toMatch(/entr|mood|today/);
  });
});

describe('bar chart', () => {
  it('draws whole-number gridlines from 0 to a round top', () => {
    expect(valueTicks(0)).toEqual([0, 1]);
    expect(valueTicks(4)).toEqual([0, 1, 2, 3, 4]);
    expect(valueTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(valueTicks(23)).toEqual([0, 10, 20, 30]);
    expect(valueTicks(100)).toEqual([0, 50, 100]);
  });

  it('labels about six bars, always including the latest', () => {
    expect([...labelledBars(12)].sort((a, b) => a - b)).toEqual([1, 3, 5, 7, 9, 11]);
    expect(labelledBars(26).has(25)).toBe(true);
    expect(labelledBars(26).size).toBeLessThanOrEqual(6);
    expect([...labelledBars(3)].sort()).toEqual([0, 1, 2]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  countWords,
  estimateStrength,
  MIN_PASSPHRASE_LENGTH,
  newPassphraseProblem,
} from '../../src/ui/components/passphrase-strength';
import { MIN_PASSPHRASE_LENGTH as VAULT_MIN } from '../../src/vault/passphrase-policy';

describe('passphrase strength estimate', () => {
  it('uses the same minimum length as the vault', () => {
    expect(MIN_PASSPHRASE_LENGTH).toBe(VAULT_MIN);
  });

  it('refuses fewer than 10 characters, counting code points not UTF-16 units', () => {
    expect(estimateStrength('').acceptable).toBe(false);
    expect(estimateStrength('123456789').acceptable).toBe(false);
    expect(estimateStrength('😀😀😀😀😀').acceptable).toBe(false); // 10 UTF-16 units, 5 characters
    expect(estimateStrength('abcdefghij').acceptable).toBe(true);
    expect(estimateStrength('short').label).toBe('Too short');
    expect(estimateStrength('short').advice).toMatch(/four or more unrelated words/i);
  });

  it('rates four or more unrelated words as strong', () => {
    expect(estimateStrength('correct horse battery staple').score).toBe(4);
    expect(estimateStrength('apple river lamp cloud').score).toBe(4);
    expect(estimateStrength('apple river lamp cloud').label).toBe('Strong');
  });

  it('marks down obvious patterns', () => {
    expect(estimateStrength('password123').score).toBe(0);
    expect(estimateStrength('1234567890').score).toBe(0);
    expect(estimateStrength('aaaaaaaaaaaa').score).toBe(0);
    expect(estimateStrength('qwertyuiop').score).toBe(0);
    expect(estimateStrength('Summer2024!').score).toBeLessThanOrEqual(1);
    expect(estimateStrength('password123').advice).toMatch(/common passwords/);
  });

  it('advises adding words to a short phrase, and credits variety', () => {
    const two = estimateStrength('bluebird meadow');
    expect(two.score).toBeLessThan(4);
    expect(two.advice).toMatch(/another unrelated word/);
    expect(estimateStrength('kX9#mQ2$vL7p').score).toBeGreaterThanOrEqual(3);
  });

  it('is monotone-ish: adding an unrelated word never lowers the score', () => {
    const phrases = ['quiet harbour', 'quiet harbour violet', 'quiet harbour violet engine'];
    const scores = phrases.map((p) => estimateStrength(p).score);
    expect([...scores].sort()).toEqual(scores);
  });

  it('counts words separated by spaces, dashes or punctuation, in any script', () => {
    expect(countWords('one two-three.four')).toBe(4);
    expect(countWords('élan vital übung')).toBe(3);
    expect(countWords('a b c')).toBe(0);
  });
});

describe('new passphrase checks', () => {
  it('asks for 10 characters first, then for a matching confirmation', () => {
    expect(newPassphraseProblem('short', 'short')).toMatchObject({ field: 'first' });
    expect(newPassphraseProblem('long enough words', 'long enough word')).toMatchObject({
      field: 'second',
      message: expect.stringMatching(/don’t match/),
    });
    expect(newPassphraseProblem('long enough words', 'long enough words')).toBeNull();
  });
});

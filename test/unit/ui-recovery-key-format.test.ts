import { describe, expect, it } from 'vitest';
import {
  formatRecoveryKey,
  lastRecoveryKeyGroup,
  matchesLastGroup,
  normalizeRecoveryKey,
  recoveryKeyGroups,
} from '../../src/ui/components/recovery-key-format';
import {
  formatRecoveryKey as cryptoFormat,
  generateRecoveryKey,
  normalizeRecoveryKey as cryptoNormalize,
} from '../../src/crypto/recovery-key';

const RAW = 'ABCDEFGHJKLMNPQRSTVWXYZ234';

describe('recovery key display', () => {
  it('groups 26 characters as 5-5-5-5-6, like the vault formats it', () => {
    expect(formatRecoveryKey(RAW)).toBe('ABCDE-FGHJK-LMNPQ-RSTVW-XYZ234');
    for (let i = 0; i < 20; i++) {
      const key = generateRecoveryKey();
      expect(formatRecoveryKey(key)).toBe(cryptoFormat(key));
      expect(formatRecoveryKey(cryptoFormat(key))).toBe(cryptoFormat(key));
    }
  });

  it('never leaves a one-character group at the end', () => {
    expect(recoveryKeyGroups('ABCDEF')).toEqual(['ABCDEF']);
    expect(recoveryKeyGroups('ABCDEFG')).toEqual(['ABCDE', 'FG']);
  });

  it('normalises what people type to what the vault accepts', () => {
    const typed = ' abcde fghjk–lmnpq-rstvw  xyz234 ';
    expect(normalizeRecoveryKey(typed)).toBe(RAW);
    expect(cryptoNormalize(normalizeRecoveryKey(typed))).toBe(RAW);
  });
});

describe('emergency kit confirmation', () => {
  it('accepts the last group in any case, with stray spaces or dashes', () => {
    const key = formatRecoveryKey(RAW);
    expect(lastRecoveryKeyGroup(key)).toBe('XYZ234');
    expect(matchesLastGroup(key, 'XYZ234')).toBe(true);
    expect(matchesLastGroup(key, ' xyz-234 ')).toBe(true);
    expect(matchesLastGroup(key, 'XYZ23')).toBe(false);
    expect(matchesLastGroup(key, 'RSTVW')).toBe(false);
    expect(matchesLastGroup(key, '')).toBe(false);
    expect(matchesLastGroup('', '')).toBe(false);
  });
});

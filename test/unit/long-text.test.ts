import { describe, expect, it } from 'vitest';
import { isLongText, LONG_TEXT_CHARS, partStarts } from '../../src/ui/components/LongTextReader';

/** The parts a very long entry is read in (issue #7 item 5) must add up to the text exactly. */
const parts = (text: string, size: number) => {
  const starts = partStarts(text, size);
  return starts.map((s, i) => text.slice(s, starts[i + 1] ?? text.length));
};

describe('LongTextReader parts', () => {
  it('a text over the limit is long, one at the limit is not', () => {
    expect(isLongText('x'.repeat(LONG_TEXT_CHARS))).toBe(false);
    expect(isLongText('x'.repeat(LONG_TEXT_CHARS + 1))).toBe(true);
  });

  it('short text is one part', () => {
    expect(partStarts('', 10)).toEqual([0]);
    expect(parts('hello', 10)).toEqual(['hello']);
    expect(parts('0123456789', 10)).toEqual(['0123456789']);
  });

  it('cuts after a line break in the second half of the window, else at the window', () => {
    expect(parts('aaaaaaa\nbbbbbbbbb\ncc', 10)).toEqual(['aaaaaaa\n', 'bbbbbbbbb\n', 'cc']);
    expect(parts('a\nbbbbbbbbbbbbbbbbbb', 10)).toEqual(['a\nbbbbbbbb', 'bbbbbbbbbb']);
  });

  it('never splits a surrogate pair', () => {
    const text = 'abcdefghi🙂jklmnopqrs🙂tu';
    const got = parts(text, 10);
    expect(got.join('')).toBe(text);
    for (const p of got) expect(p).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
  });

  it('parts joined are the text exactly, each within the size, for 10 MB of mixed text', () => {
    const unit = 'Ünïcødé line ✓ <b>bold?</b> \u202Eevil\u202C 日本語 🙂\n';
    const text = unit.repeat(Math.ceil(10_485_760 / unit.length)) + 'x'.repeat(50_000) + '🙂'.repeat(20_000);
    const got = parts(text, 20_000);
    expect(got.join('')).toBe(text);
    expect(Math.max(...got.map((p) => p.length))).toBeLessThanOrEqual(20_000);
    expect(got.length).toBeLessThan(text.length / 10_000);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/vault/entry-schema';

/** The obvious definition, over the whole text: what summarize() must equal. */
function naive(title: string, body: string) {
  const text = body.trim();
  const firstLine = text.split('\n', 1)[0]?.trim() ?? '';
  const heading = (title.trim() || firstLine).slice(0, 120);
  const rest = title.trim() ? text : text.slice(firstLine.length);
  return { heading, preview: rest.replace(/\s+/g, ' ').trim().slice(0, 140) };
}

describe('summarize (list line of an entry)', () => {
  it('equals the whole-text definition for any text, however its whitespace falls', () => {
    const chunk = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom(' ', '\n', '\t', '   \n\n  ', ' '.repeat(700)), fc.string({ unit: 'grapheme', maxLength: 20 }));
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }), fc.array(chunk, { maxLength: 80 }), (title, parts) => {
        const body = parts.join('');
        const s = summarize({ id: 'x', title, body, created: 1, updated: 1 });
        expect({ heading: s.heading, preview: s.preview }).toEqual(naive(title, body));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads only the start of a long body', () => {
    const body = `First line\n${'word '.repeat(200_000)}`;
    expect(summarize({ id: 'x', title: '', body, created: 1, updated: 1 }).preview).toHaveLength(140);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanWords } from '../../src/vault/search-text';
import { TermDictionary } from '../../src/vault/term-dictionary';

/** The words scanWords finds in a lower-cased text, as the index used to count them. */
const expectedWords = (lowered: string) => {
  const out: string[] = [];
  scanWords(lowered, (term) => {
    out.push(term);
  }, true);
  return out;
};
const scanned = (dictionary: TermDictionary, lowered: string) => {
  const out: string[] = [];
  dictionary.scan(lowered, (id) => out.push(dictionary.terms[id]!));
  return out;
};

describe('TermDictionary', () => {
  it('finds exactly the words scanWords finds, folded the same way, one id per distinct word', () => {
    const dictionary = new TermDictionary();
    const text = 'Café—NAÏVE ﬁne, übung 42 cafe\u0301 café cafe the\u{1F600}end \u0301 ok'.toLowerCase();
    expect(scanned(dictionary, text)).toEqual(expectedWords(text));
    expect(dictionary.idOf('cafe')).toBe(dictionary.idOf('cafe'));
    const ids: number[] = [];
    dictionary.scan('cafe café cafe\u0301', (id) => ids.push(id));
    expect(new Set(ids).size).toBe(1);
    expect(dictionary.idOf('nowhere')).toBeUndefined();
    expect(dictionary.terms.length).toBe(new Set(dictionary.terms).size);
  });

  it('agrees with scanWords on any text, across many words (the table grows and rehashes)', () => {
    const dictionary = new TermDictionary();
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', 'Z', '9', ' ', 'é', 'e\u0301', '\u0301', '—', '\u{1F600}', '\u{10400}', '\ud800', '\udc00', 'ß', 'İ', '\n', 'ﬁ', 'x', 'y'), maxLength: 60 }), (raw) => {
        const lowered = raw.toLowerCase();
        expect(scanned(dictionary, lowered)).toEqual(expectedWords(lowered));
      }),
      { numRuns: 500 },
    );
    for (let i = 0; i < 5000; i++) dictionary.add(`w${i}`);
    for (let i = 0; i < 5000; i += 499) expect(dictionary.terms[dictionary.idOf(`w${i}`)!]).toBe(`w${i}`);
    expect(dictionary.terms.length).toBe(new Set(dictionary.terms).size);
  });

  it('forgets every word on clear (lock)', () => {
    const dictionary = new TermDictionary();
    dictionary.scan('private words', () => {});
    dictionary.clear();
    expect(dictionary.size).toBe(0);
    expect(dictionary.idOf('private')).toBeUndefined();
  });
});

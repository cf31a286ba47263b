import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownText, MD_NODE_TYPES, parseInline, parseMarkdown, safeHref, SAFE_LINK_PROTOCOLS, type MdBlock, type MdInline } from '../../src/ui/components/markdown';

/** Every node of a tree, blocks and inlines alike. */
function* nodes(blocks: readonly MdBlock[]): Generator<MdBlock | MdInline> {
  const inline = function* (list: readonly MdInline[]): Generator<MdInline> {
    for (const n of list) {
      yield n;
      if (n.type !== 'text' && n.type !== 'break') yield* inline(n.children);
    }
  };
  for (const b of blocks) {
    yield b;
    if (b.type === 'list') for (const item of b.items) yield* inline(item);
    else if (b.type === 'quote') yield* nodes(b.children);
    else yield* inline(b.children);
  }
}

/** True when `sub` can be read out of `whole` left to right (characters dropped, none added). */
function isSubsequence(sub: string, whole: string): boolean {
  let at = 0;
  for (const c of sub) {
    at = whole.indexOf(c, at);
    if (at === -1) return false;
    at += c.length;
  }
  return true;
}

/** decodeURI, or the text itself when it holds a stray "%". */
function safeDecode(href: string): string {
  try {
    return decodeURI(href);
  } catch {
    return href;
  }
}

const t = (text: string): MdInline => ({ type: 'text', text });

describe('parseMarkdown: examples', () => {
  it('headings, paragraphs with line breaks, bold and italic', () => {
    expect(parseMarkdown('# Today\n## After *supervision* ##\nA **long** day,\nand _then_ rest.')).toEqual([
      { type: 'heading', level: 1, children: [t('Today')] },
      { type: 'heading', level: 2, children: [t('After '), { type: 'em', children: [t('supervision')] }] },
      {
        type: 'paragraph',
        children: [t('A '), { type: 'strong', children: [t('long')] }, t(' day,'), { type: 'break' }, t('and '), { type: 'em', children: [t('then')] }, t(' rest.')],
      },
    ]);
  });

  it('bullet and numbered lists, with their start number', () => {
    expect(parseMarkdown('- sleep\n* walk\n+ **call** Sam\n\n3. one\n4) two')).toEqual([
      { type: 'list', ordered: false, start: 1, items: [[t('sleep')], [t('walk')], [{ type: 'strong', children: [t('call')] }, t(' Sam')]] },
      { type: 'list', ordered: true, start: 3, items: [[t('one')], [t('two')]] },
    ]);
  });

  it('block quotes, nested up to three deep, then ">" is text', () => {
    expect(parseMarkdown('> she said\n> > *twice*')).toEqual([
      { type: 'quote', children: [{ type: 'paragraph', children: [t('she said')] }, { type: 'quote', children: [{ type: 'paragraph', children: [{ type: 'em', children: [t('twice')] }] }] }] },
    ]);
    const deep = parseMarkdown('>>>> four');
    expect(deep).toEqual([{ type: 'quote', children: [{ type: 'quote', children: [{ type: 'quote', children: [{ type: 'paragraph', children: [t('> four')] }] }] }] }]);
  });

  it('safe links become links with the normalised URL; their text can hold emphasis', () => {
    expect(parseInline('see [the **guide**](https://www.proqol.org/ProQol_Test.html) now')).toEqual([
      t('see '),
      { type: 'link', href: 'https://www.proqol.org/ProQol_Test.html', children: [t('the '), { type: 'strong', children: [t('guide')] }] },
      t(' now'),
    ]);
    expect(parseInline('[Mail me](mailto:me@example.org)')).toEqual([{ type: 'link', href: 'mailto:me@example.org', children: [t('Mail me')] }]);
    expect(parseInline('[x](HTTP://Example.ORG)')).toEqual([{ type: 'link', href: 'http://example.org/', children: [t('x')] }]);
  });

  it('unsafe links stay exactly the text that was typed', () => {
    const hostile = [
      '[click](javascript:alert(1))',
      '[click](JaVaScRiPt:alert(1))',
      '[click](java\tscript:alert(1))',
      '[click](java\u0000script:alert(1))',
      '[click]( javascript:alert(1))',
      '[click](\u200Bjavascript:alert(1))',
      '[click](data:text/html;base64,PHNjcmlwdD4=)',
      '[click](vbscript:msgbox(1))',
      '[click](file:///etc/passwd)',
      '[click](//evil.example/x)',
      '[click](/relative/path)',
      '[click](./x)',
      '[click](https:evil.example)',
      '[click](https:/\\evil.example)',
      '[click](https://bank.example@evil.example/)',
      '[click](https://user:pw@evil.example/)',
      '[click](mailto:)',
      '[click](https://)',
      '[click](https://exa mple.org)',
      '[click](https://example.org/\u202Etxt.exe)',
      '[](https://example.org)',
      '[   ](https://example.org)',
    ];
    for (const source of hostile) {
      const blocks = parseMarkdown(source);
      expect([...nodes(blocks)].some((n) => n.type === 'link'), source).toBe(false);
      expect(markdownText(blocks), source).toBe(source.replace(/\\(?=[!-/:-@[-`{-~])/g, ''));
    }
  });

  it('markup typed into an entry is text, not HTML', () => {
    const source = '<script>alert(1)</script> <img src=x onerror=alert(1)> &amp;';
    expect(parseMarkdown(source)).toEqual([{ type: 'paragraph', children: [t(source)] }]);
  });

  it('what is not Markdown stays text: snake_case, lone stars, 2 * 3 * 4, unclosed markers, ***', () => {
    for (const source of ['snake_case_name', '2 * 3 * 4', 'a ** b', '**not closed', '*also not', '***three***', '####### seven', '#nospace', '-nospace', '1.5 hours']) {
      const blocks = parseMarkdown(source);
      expect(blocks, source).toEqual([{ type: 'paragraph', children: [t(source)] }]);
    }
  });

  it('backslash escapes keep the marker as text', () => {
    expect(parseInline('\\*not italic\\* and \\[not a link](https://x.org)')).toEqual([t('*not italic* and [not a link](https://x.org)')]);
  });

  it('emphasis nests and never crosses a link boundary', () => {
    expect(parseInline('*a **b** c*')).toEqual([{ type: 'em', children: [t('a '), { type: 'strong', children: [t('b')] }, t(' c')] }]);
    const crossing = parseInline('*a [b* c](https://x.org)');
    expect(crossing).toEqual([{ type: 'em', children: [t('a [b')] }, t(' c](https://x.org)')]);
    expect(parseInline('[[inner](https://a.org)](https://b.org)')).toEqual([t('['), { type: 'link', href: 'https://a.org/', children: [t('inner')] }, t('](https://b.org)')]);
  });

  it('empty input and blank lines give nothing; CRLF is understood', () => {
    expect(parseMarkdown('')).toEqual([]);
    expect(parseMarkdown('\n \n\t\n')).toEqual([]);
    expect(parseMarkdown('# A\r\nb\r\n')).toEqual([
      { type: 'heading', level: 1, children: [t('A')] },
      { type: 'paragraph', children: [t('b')] },
    ]);
  });
});

describe('safeHref', () => {
  it('accepts http, https and mailto only', () => {
    expect(safeHref('https://example.org/a?b=c#d')).toBe('https://example.org/a?b=c#d');
    expect(safeHref('http://example.org')).toBe('http://example.org/');
    expect(safeHref('mailto:someone@example.org')).toBe('mailto:someone@example.org');
    expect(safeHref('https://de.wikipedia.org/wiki/Müdigkeit')).toBe('https://de.wikipedia.org/wiki/M%C3%BCdigkeit');
    for (const bad of ['javascript:alert(1)', 'data:,x', 'ftp://example.org', 'about:blank', 'blob:https://x.org/1', 'https://x.org/\u00a0', 'https://x.org/\n', '']) {
      expect(safeHref(bad), bad).toBeNull();
    }
  });
});

const allowedTypes = new Set<string>(MD_NODE_TYPES);
/** Text made mostly of Markdown's own characters, so the parser's every branch is exercised. */
const markdownish = fc.string({
  unit: fc.constantFrom('*', '_', '#', '>', '-', '+', '1', '.', ')', '(', '[', ']', '\\', ' ', '\t', '\n', '\r', 'a', 'é', 'javascript:', 'https://x.org', 'mailto:a@b.org', 'data:', '\u200B', '\u0000', '<script>', '&'),
  maxLength: 200,
});
const anyText = fc.oneof(markdownish, fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }));

describe('parseMarkdown: properties', () => {
  it('only allowed node types, and every href is a safe absolute URL', () => {
    fc.assert(
      fc.property(anyText, (source) => {
        for (const n of nodes(parseMarkdown(source))) {
          expect(allowedTypes.has(n.type)).toBe(true);
          if (n.type === 'link') {
            const url = new URL(n.href);
            expect(SAFE_LINK_PROTOCOLS.has(url.protocol)).toBe(true);
            expect(n.href).toMatch(/^(https?:\/\/|mailto:)/);
            expect(n.href).not.toMatch(/[\s\p{C}]/u);
          }
          if (n.type === 'heading') expect(n.level >= 1 && n.level <= 6).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('no character is invented: the text shown is the input with markup taken out, in order', () => {
    fc.assert(
      fc.property(anyText, (source) => {
        expect(isSubsequence(markdownText(parseMarkdown(source)), source)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('no word is lost: every letter typed is shown, or is part of a link address', () => {
    fc.assert(
      fc.property(anyText, (source) => {
        const blocks = parseMarkdown(source);
        const hrefs = [...nodes(blocks)].flatMap((n) => (n.type === 'link' ? [safeDecode(n.href)] : [])).join('');
        const letters = (s: string) => s.replace(/[^a-zé]/gi, '').toLowerCase().length;
        expect(letters(markdownText(blocks)) + letters(hrefs)).toBeGreaterThanOrEqual(letters(source));
      }),
      { numRuns: 2000 },
    );
  });

  it('plain prose (no Markdown characters) comes back unchanged, line by line', () => {
    const prose = fc.string({ unit: fc.constantFrom('a', 'b', 'é', ' ', ',', '\n', '漢', '😀'), maxLength: 120 });
    fc.assert(
      fc.property(prose, (source) => {
        const expected = source
          .split('\n')
          .map((l) => l.trim())
          .filter((l) => l !== '')
          .join('\n');
        const blankSeparated = parseMarkdown(source).map((b) => markdownText([b])).join('\n');
        expect(blankSeparated).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('parseMarkdown: hostile sizes (asserting results, not time)', () => {
  const MB = 1 << 20;
  const cases: Array<[string, string]> = [
    ['unclosed stars', '*a'.repeat(MB / 2)],
    ['unclosed double stars', '**a '.repeat(MB / 4)],
    ['unclosed underscores', '_a'.repeat(MB / 2)],
    ['link openers', '[a]('.repeat(MB / 4)],
    ['link closers without parens', '](x'.repeat(MB / 3)],
    ['brackets', '['.repeat(MB)],
    ['quotes', '>'.repeat(MB)],
    ['hashes', '#'.repeat(MB)],
    ['list markers', '- '.repeat(MB / 2)],
    ['backslashes', '\\'.repeat(MB)],
    ['spaces then text', `${' '.repeat(MB)}x`],
    ['newlines', '\n'.repeat(MB)],
    ['quote lines', '> > > > x\n'.repeat(MB / 10)],
    ['nested emphasis', `${'*a '.repeat(MB / 6)}${' b*'.repeat(MB / 6)}`],
  ];
  for (const [name, source] of cases) {
    it(`1 MB of ${name}`, () => {
      const blocks = parseMarkdown(source);
      const shown = markdownText(blocks);
      expect(isSubsequence(shown.slice(0, 2000), source)).toBe(true);
      expect([...nodes(blocks)].filter((n) => !allowedTypes.has(n.type))).toEqual([]);
      expect(source.length).toBeGreaterThanOrEqual(MB - 10);
    });
  }

  it('a megabyte of safe links in one line becomes that many links', () => {
    const source = '[a](https://x.org) '.repeat(Math.floor(MB / 19));
    const links = [...nodes(parseMarkdown(source))].filter((n) => n.type === 'link');
    expect(links.length).toBe(Math.floor(MB / 19));
  });
});

/**
 * Word and character counts for the editor, in one pass over the text (no regular
 * expression over the whole body, so a 10 MB entry costs one quick scan).
 *
 * A word is a run of non-space characters holding at least one letter or digit: "**bold**"
 * is one word, and a lone "-", "#" or "—" is none. Languages written without spaces
 * (Chinese, Japanese, Thai) count a whole run as one word; the character count is the
 * better measure there. Characters are Unicode code points, so an emoji counts once.
 */

/** What the editor shows under the text. */
export interface TextCount {
  words: number;
  characters: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isSpaceCode(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000;
}

function isAsciiWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Counts the words and characters of `text`. */
export function countText(text: string): TextCount {
  let words = 0;
  let characters = 0;
  let inRun = false;
  let runCounted = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A low surrogate after a high one is the second half of one character.
    const lowHalf = code >= 0xdc00 && code <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff;
    if (!lowHalf) characters++;
    if (isSpaceCode(code)) {
      inRun = false;
      continue;
    }
    if (!inRun) {
      inRun = true;
      runCounted = false;
    }
    if (runCounted || lowHalf) continue;
    const wordLike = code < 128 ? isAsciiWordCode(code) : LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(i)!));
    if (wordLike) {
      words++;
      runCounted = true;
    }
  }
  return { words, characters };
}

/** "1 word", "2,345 words" (in the reader's own number format). */
export function formatCount(n: number, one: string, many: string): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}

/** Deterministic journal text for the benchmarks: the same words and sizes on every run. */
import { utf8 } from '../../src/crypto/bytes';

/** One day in ms: entries are spread over days and years. */
export const DAY = 86_400_000;

/** Deterministic PRNG (mulberry32), so every run writes the same journal. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'session client felt noticed today again after before quiet heavy tired grateful anxious calm ' +
  'supervision boundary transference countertransference silence pause breath body shoulders ' +
  'morning evening week difficult hopeful stuck moving slowly carefully listening reflecting ' +
  'question answer story memory grief anger relief shame kindness care rest walk sleep coffee ' +
  'notes plan goal small step progress setback repair rupture alliance trust safety pace ' +
  'I me my we they she he it was were is are had have would could should might the a an and ' +
  'but or so because when while that this what how why not very quite really almost never ' +
  'always sometimes often rarely café naïve déjà vu résumé – ’ —'
).split(' ');

const WORD_BYTES = WORDS.map((w) => utf8(w).length);

/** Paragraphs of sentences, cut at a word boundary to at most `targetBytes` of UTF-8. */
export function makeText(random: () => number, targetBytes: number): string {
  const parts: string[] = [];
  let bytes = 0;
  let sentenceLeft = 0;
  let sentencesLeft = 3 + Math.floor(random() * 5);
  let startOfSentence = true;
  for (;;) {
    const i = Math.floor(random() * WORDS.length);
    // separator before the word: nothing, a space, or a paragraph break after a sentence
    const sep = parts.length === 0 ? '' : startOfSentence && sentencesLeft === 0 ? '\n\n' : ' ';
    const end = sentenceLeft === 1 ? (random() < 0.1 ? '?' : '.') : '';
    const word = startOfSentence ? WORDS[i]![0]!.toUpperCase() + WORDS[i]!.slice(1) : WORDS[i]!;
    const size = sep.length + WORD_BYTES[i]! + end.length;
    if (bytes + size > targetBytes) break;
    if (startOfSentence) {
      if (sentencesLeft === 0) sentencesLeft = 3 + Math.floor(random() * 5);
      sentencesLeft--;
      sentenceLeft = 6 + Math.floor(random() * 14);
    }
    parts.push(sep, word, end);
    bytes += size;
    sentenceLeft--;
    startOfSentence = sentenceLeft === 0;
  }
  return parts.join('');
}

/** A title of 2-6 words, or '' for 30% of entries (the list then shows the first line). */
export function makeTitle(random: () => number): string {
  if (random() < 0.3) return ''; // the list then shows the first line
  const n = 2 + Math.floor(random() * 5);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(WORDS[Math.floor(random() * WORDS.length)]!);
  const t = words.join(' ');
  return t[0]!.toUpperCase() + t.slice(1);
}

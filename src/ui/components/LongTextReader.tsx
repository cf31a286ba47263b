import { useMemo, useRef, useState } from 'preact/hooks';

/**
 * Above this many characters an entry opens in LongTextReader instead of the text box.
 * Chromium lays out the whole of a <textarea> at once, on the main thread: a 10 MB entry froze
 * the page for 15 to 30 seconds on an idle two-core machine (over two minutes under load), and
 * the cost grows with the length. 250,000 characters (about 40,000 words, a short book) keeps
 * that under a second, and no entry written by hand comes near it; pasted or imported
 * material can.
 */
export const LONG_TEXT_CHARS = 250_000;

/** Characters per part: a few screens of text, which the browser lays out at once. */
export const PART_CHARS = 20_000;

/** True when `text` is too long to put in a text box without freezing the page. */
export function isLongText(text: string): boolean {
  return text.length > LONG_TEXT_CHARS;
}

/**
 * Where each part starts, so that the parts joined are exactly `text`. A part ends after the
 * last line break in its window when there is one in its second half, otherwise at the window's
 * end, moved back one if that would split a surrogate pair (an emoji stays whole).
 */
export function partStarts(text: string, size: number = PART_CHARS): number[] {
  const starts = [0];
  let at = 0;
  while (text.length - at > size) {
    let end = at + size;
    const newline = text.lastIndexOf('\n', end - 1);
    if (newline >= at + size / 2) end = newline + 1;
    else if (/[\uD800-\uDBFF]/.test(text[end - 1] ?? '')) end -= 1;
    starts.push(end);
    at = end;
  }
  return starts;
}

/** Props: the text to show, and what to do when the person chooses to edit it in one piece. */
export interface LongTextReaderProps {
  text: string;
  onEditAnyway: () => void;
}

/**
 * A very long entry, read a part at a time (issue #7 item 5): only one part is ever in the
 * page, so opening a 10 MB entry stays instant and the app keeps answering. The text is
 * rendered as text (never HTML). "Edit anyway" hands over to the normal text box, after
 * saying plainly that it may freeze the screen for a while.
 */
export function LongTextReader({ text, onEditAnyway }: LongTextReaderProps) {
  const starts = useMemo(() => partStarts(text), [text]);
  const [index, setIndex] = useState(0);
  const [wanted, setWanted] = useState('1');
  const partRef = useRef<HTMLDivElement>(null);
  const count = starts.length;
  const current = Math.min(index, count - 1);
  const part = text.slice(starts[current], starts[current + 1] ?? text.length);

  const show = (next: number) => {
    const clamped = Math.max(0, Math.min(count - 1, next));
    setIndex(clamped);
    setWanted(String(clamped + 1));
    partRef.current?.scrollTo({ top: 0 });
  };
  const go = (e: Event) => {
    e.preventDefault();
    const n = Number.parseInt(wanted, 10);
    if (Number.isFinite(n)) show(n - 1);
  };

  return (
    <section class="long-text" aria-labelledby="long-text-heading">
      <h2 id="long-text-heading" class="long-text-heading">
        Entry text
      </h2>
      <div class="notice long-text-notice">
        <p>
          This entry is very long ({text.length.toLocaleString()} characters), so Tend shows it for reading, one part at a time. That
          keeps Tend quick to respond. Nothing is cut: every part is here, and the whole entry is saved as it is.
        </p>
        <p>
          To change the text, choose Edit anyway. The whole entry then opens in one text box, and this device may stop responding for
          up to a minute while it lays it out.
        </p>
        <button type="button" onClick={onEditAnyway}>
          Edit anyway
        </button>
      </div>
      <nav class="long-text-nav" aria-label="Parts of this entry">
        <button type="button" onClick={() => show(current - 1)} disabled={current === 0}>
          Previous part
        </button>
        <p class="long-text-position" role="status">
          Part {current + 1} of {count}
        </p>
        <button type="button" onClick={() => show(current + 1)} disabled={current === count - 1}>
          Next part
        </button>
        <form class="long-text-jump" onSubmit={go}>
          <label for="long-text-part">Go to part</label>
          <input
            id="long-text-part"
            type="number"
            inputMode="numeric"
            min={1}
            max={count}
            value={wanted}
            onInput={(e) => setWanted(e.currentTarget.value)}
          />
          <button type="submit">Go</button>
        </form>
      </nav>
      <div ref={partRef} class="long-text-part" tabIndex={0} role="region" aria-label={`Part ${current + 1} of ${count}`}>
        {part}
      </div>
    </section>
  );
}

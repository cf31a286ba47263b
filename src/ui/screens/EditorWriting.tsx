import type { Ref } from 'preact';
import { useId, useMemo, useState } from 'preact/hooks';
import { isLongText, LongTextReader } from '../components/LongTextReader';
import { Markdown } from '../components/Markdown';
import { Tabs } from '../components/Tabs';
import { countText, formatCount } from '../components/word-count';

/** Props: the title and body as typed, and where edits and blurs go. */
export interface EditorWritingProps {
  title: string;
  body: string;
  onTitle: (title: string) => void;
  onBody: (body: string) => void;
  /** Leaving a field saves at once. */
  onBlur: () => void;
  /** Set while a very long entry is read in parts instead of the text box (LongTextReader). */
  long?: { onEditAnyway: () => void };
  bodyRef?: Ref<HTMLTextAreaElement>;
}

type Mode = 'write' | 'preview';

/**
 * Title and body with a Write / Preview switch. Preview renders the body's Markdown as
 * elements (Markdown.tsx), never HTML. The word count is plain text, not a live region, so a
 * screen reader is not interrupted at every keystroke; the body field points to it (and to
 * the formatting hint) with aria-describedby, so it is read with the field on request.
 */
export function EditorWriting({ title, body, onTitle, onBody, onBlur, long, bodyRef }: EditorWritingProps) {
  const [mode, setMode] = useState<Mode>('write');
  const id = useId();
  const count = useMemo(() => countText(body), [body]);
  const write = (
    <div class="stack">
      <div class="field">
        <label for="entry-title">Title</label>
        <input id="entry-title" type="text" value={title} autoComplete="off" onInput={(e) => onTitle(e.currentTarget.value)} onBlur={onBlur} />
      </div>
      {long ? (
        <LongTextReader text={body} onEditAnyway={long.onEditAnyway} />
      ) : (
        <div class="field grow">
          <label for="entry-body">Entry</label>
          <textarea
            ref={bodyRef}
            id="entry-body"
            value={body}
            rows={12}
            aria-describedby={`${id}-hint ${id}-count`}
            onInput={(e) => onBody(e.currentTarget.value)}
            onBlur={onBlur}
          />
          <FormattingHint id={`${id}-hint`} />
        </div>
      )}
    </div>
  );
  const preview = (
    <div class="entry-preview-body">
      {title.trim() !== '' && <h2 class="preview-title">{title}</h2>}
      {isLongText(body) ? (
        // Thousands of rendered blocks would freeze the page like the text box does.
        <p class="muted">This entry is too long to preview. Its text is all there under Write.</p>
      ) : (
        <Markdown source={body} headingBase={title.trim() !== '' ? 3 : 2} empty={<p class="muted">Nothing written yet.</p>} />
      )}
    </div>
  );
  return (
    <div class="editor-writing stack">
      <Tabs
        label="Entry view"
        class="write-preview"
        selected={mode}
        onSelect={setMode}
        tabs={[
          { key: 'write', label: 'Write', panel: write },
          { key: 'preview', label: 'Preview', panel: mode === 'preview' ? preview : null, focusablePanel: true },
        ]}
      />
      <p id={`${id}-count`} class="word-count">
        {formatCount(count.words, 'word', 'words')} · {formatCount(count.characters, 'character', 'characters')}
      </p>
    </div>
  );
}

/** A one-line reminder of the Markdown the preview understands. */
function FormattingHint({ id }: { id: string }) {
  return (
    <p id={id} class="hint formatting-hint">
      Formatting: <code># Heading</code> <code>**bold**</code> <code>*italic*</code> <code>- list</code> <code>1. list</code> <code>&gt; quote</code>{' '}
      <code>[link](https://…)</code>
    </p>
  );
}

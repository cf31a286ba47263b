import { LETTER_LABELS } from '../../content/toolkit/exercises';
import { SaveLine, ToolFrame, ToolIntro, useDraft, useToolEntry, type WritingToolProps } from './ToolkitShared';

/**
 * The two letters (self-compassion, gratitude): the guidance, then a writing space that
 * autosaves as a journal entry filed under the tool. Done saves and moves on to the rating.
 */
export function ToolkitLetterScreen({ tool, save, backup, onDone, onBack, onLock }: WritingToolProps) {
  const [text, setText, latest] = useDraft('');
  const entry = useToolEntry(tool, () => latest.current, save, backup);
  const label = tool.id === 'gratitude-letter' ? LETTER_LABELS['gratitude-letter'] : LETTER_LABELS['self-compassion-letter'];
  return (
    <ToolFrame title={tool.name} onBack={() => void entry.leave(onBack)} onLock={() => void entry.leave(onLock)}>
      <ToolIntro tool={tool} />
      <SaveLine state={entry.state} help={entry.help} />
      <div class="field grow">
        <label for="tk-letter">{label}</label>
        <textarea
          id="tk-letter"
          rows={14}
          value={text}
          onInput={(e) => {
            setText(e.currentTarget.value);
            entry.touch();
          }}
          onBlur={entry.flush}
        />
      </div>
      <p class="tk-actions">
        <button type="button" class="primary" onClick={() => void entry.leave(onDone)}>
          Done
        </button>
      </p>
      {entry.dialog}
    </ToolFrame>
  );
}

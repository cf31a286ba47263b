import { useEffect, useRef, useState } from 'preact/hooks';
import { Alert } from '../components/Alert';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { Screen } from '../components/Screen';
import { BackButton, LockButton, Toolbar } from '../components/Toolbar';
import { PromptCustomForm, type ThemeOption } from './PromptCustomForm';
import { PromptItem, type PromptView } from './PromptItem';

const LIST = '#list';

/** One of the user's own prompts, with the theme id it was filed under (if any). */
export interface CustomPromptView extends PromptView {
  theme?: string;
}

/** Props: the user's prompts and the actions on them; each write resolves true once stored. */
export interface PromptCustomScreenProps {
  prompts: CustomPromptView[];
  themes: ThemeOption[];
  error?: string | null;
  busy?: boolean;
  onAdd: (text: string, theme: string | undefined) => Promise<boolean>;
  onSave: (id: string, text: string, theme: string | undefined) => Promise<boolean>;
  onDelete: (id: string) => Promise<boolean>;
  onWrite: (id: string) => void;
  onBack: () => void;
  onLock: () => void;
}

/**
 * The user's own prompts: add, edit in place, delete (after asking), and answer. They
 * are stored encrypted with the journal and stay out of the daily rotation.
 */
export function PromptCustomScreen(props: PromptCustomScreenProps) {
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<CustomPromptView | null>(null);
  const [notice, setNotice] = useState('');
  // Where focus goes once a form or dialog has gone: an item's Edit button, or the list heading.
  const [focusTo, setFocusTo] = useState<string | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const editButtons = useRef(new Map<string, HTMLButtonElement>());
  useEffect(() => {
    if (focusTo === null) return;
    (focusTo === LIST ? listHeading.current : editButtons.current.get(focusTo))?.focus();
    setFocusTo(null);
  }, [focusTo]);

  const add = async (text: string, theme: string | undefined) => {
    const ok = await props.onAdd(text, theme);
    setNotice(ok ? 'Prompt added.' : '');
    return ok;
  };
  const save = async (id: string, text: string, theme: string | undefined) => {
    const ok = await props.onSave(id, text, theme);
    if (ok) {
      setEditing(null);
      setFocusTo(id);
      setNotice('Prompt saved.');
    }
    return ok;
  };
  const remove = async (id: string) => {
    const ok = await props.onDelete(id);
    setDeleting(null);
    if (ok) {
      setNotice('Prompt deleted.');
      setFocusTo(LIST);
    }
  };
  const toolbar = <Toolbar start={<BackButton onClick={props.onBack} />} end={<LockButton onClick={props.onLock} />} />;
  return (
    <Screen title="Your own prompts" toolbar={toolbar}>
      <p>
        Questions of your own, kept encrypted with your journal. They stay out of the daily rotation: find them
        here.
      </p>
      <Alert>{props.error}</Alert>
      <p role="status" class="success">
        {notice}
      </p>
      {editing === null && (
        <PromptCustomForm legend="Add a prompt" submitLabel="Add prompt" themes={props.themes} onSubmit={add} />
      )}
      <h2 ref={listHeading} tabIndex={-1}>
        Your prompts
      </h2>
      {props.prompts.length === 0 ? (
        <p class="muted">None yet. A question you keep coming back to in supervision is a good first one.</p>
      ) : (
        <ul class="prompt-list" aria-label="Your prompts">
          {props.prompts.map((p) =>
            editing === p.id ? (
              <li key={p.id} class="prompt-item">
                <PromptCustomForm
                  legend="Edit prompt"
                  submitLabel="Save changes"
                  themes={props.themes}
                  initialText={p.text}
                  initialTheme={p.theme}
                  autoFocus
                  onSubmit={(text, theme) => save(p.id, text, theme)}
                  onCancel={() => {
                    setEditing(null);
                    setFocusTo(p.id);
                  }}
                />
              </li>
            ) : (
              <PromptItem
                key={p.id}
                prompt={p}
                showTheme
                onWrite={() => props.onWrite(p.id)}
                actions={(textId) => (
                  <>
                    <button
                      type="button"
                      ref={(el) => void (el ? editButtons.current.set(p.id, el) : editButtons.current.delete(p.id))}
                      aria-describedby={textId}
                      onClick={() => {
                        setNotice('');
                        setEditing(p.id);
                      }}
                    >
                      Edit
                    </button>
                    <button type="button" class="danger-quiet" aria-describedby={textId} onClick={() => setDeleting(p)}>
                      Delete
                    </button>
                  </>
                )}
              />
            ),
          )}
        </ul>
      )}
      {deleting !== null && (
        <ConfirmDialog
          title="Delete this prompt?"
          confirmLabel="Delete"
          cancelLabel="Keep it"
          danger
          busy={props.busy}
          onConfirm={() => void remove(deleting.id)}
          onCancel={() => setDeleting(null)}
        >
          <p class="prompt-quote">{deleting.text}</p>
          <p>Entries you wrote about it keep their text and the question.</p>
        </ConfirmDialog>
      )}
    </Screen>
  );
}

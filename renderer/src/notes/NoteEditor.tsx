/**
 * The person's own note on the open clipping: free text, saved when the box loses focus or on
 * Ctrl/Cmd+Enter, searchable with the clipping. Escape leaves the box without losing the text.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';

interface Props {
  note: string;
  /** Focused by the N shortcut. */
  inputRef: RefObject<HTMLTextAreaElement | null>;
  onSave(note: string): Promise<boolean>;
}

export function NoteEditor({ note, inputRef, onSave }: Props) {
  // The app keys this editor by the clipping, so another clipping starts with its own note.
  const [draft, setDraft] = useState(note);
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const saved = useRef(note);
  // The note can change under the box (Undo in the Edit menu or Ctrl+Z outside the box): show it.
  useEffect(() => {
    if (note === saved.current) return;
    saved.current = note;
    setDraft(note);
    setState('idle');
  }, [note]);

  const save = async (): Promise<void> => {
    if (draft.trimEnd() === saved.current) return;
    setState('saving');
    if (await onSave(draft)) {
      saved.current = draft.trimEnd();
      setState('saved');
    } else {
      setState('idle');
    }
  };

  return (
    <section className="note-editor" aria-label="Note" data-testid="note-editor">
      <h2 className="tag-editor-label">
        Note <span className="note-state" data-testid="note-state">{state === 'saving' ? 'Saving…' : state === 'saved' ? 'Saved' : ''}</span>
      </h2>
      <textarea
        ref={inputRef}
        className="note-input"
        rows={3}
        placeholder="Your note on this clipping (N). Searchable."
        value={draft}
        onChange={(e) => {
          setDraft(e.target.value);
          setState('idle');
        }}
        onBlur={() => void save()}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void save();
          } else if (e.key === 'Escape') {
            e.stopPropagation();
            e.currentTarget.blur();
          }
        }}
        data-testid="note-input"
      />
    </section>
  );
}

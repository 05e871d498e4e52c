import { useState, type ReactNode } from 'react';
import type { AppliedCorrection, CorrectableField as Field } from '../../../preload/api/index.ts';
import { formatDate } from './formatDate.ts';

interface Props {
  field: Field;
  /** What the person calls the field ("title", "date"). */
  label: string;
  /** The text the editor starts with. */
  editText: string;
  placeholder?: string;
  correction: AppliedCorrection | undefined;
  /** Resolves true when saved; the editor then closes. */
  onSave(text: string): Promise<boolean>;
  onRestore(): void;
  /** How the field reads when not being edited. */
  children: ReactNode;
}

/**
 * A field the person can correct in place: the value, a small Edit button, and once corrected an
 * "edited" mark (saying what the page said) with "Restore original".
 */
export function CorrectableField({ field, label, editText, placeholder, correction, onSave, onRestore, children }: Props) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(editText);
  const start = (): void => {
    setText(editText);
    setEditing(true);
  };
  const save = async (): Promise<void> => {
    if (text.trim() === editText.trim()) return setEditing(false);
    if (await onSave(text)) setEditing(false);
  };
  if (editing) {
    return (
      <form
        className={`correct-form correct-${field}`}
        data-testid={`correct-${field}`}
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <input
          autoFocus
          aria-label={`Correct the ${label}`}
          value={text}
          placeholder={placeholder}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              setEditing(false);
            }
          }}
          data-testid={`correct-${field}-input`}
        />
        <button type="submit" className="button" data-testid={`correct-${field}-save`}>Save</button>
        <button type="button" className="button button-quiet" onClick={() => setEditing(false)}>Cancel</button>
      </form>
    );
  }
  return (
    <span className={`correctable correctable-${field}`}>
      {children}
      <button type="button" className="correct-edit" onClick={start} aria-label={`Edit the ${label}`} title={`Edit the ${label}`} data-testid={`edit-${field}`}>
        ✎
      </button>
      {correction && (
        <>
          <span className="edited-marker" title={`Corrected ${formatDate(correction.correctedAt) ?? ''}; the page said: ${describe(correction.original)}`} data-testid={`edited-${field}`}>
            edited
          </span>
          <button type="button" className="correct-restore" onClick={onRestore} data-testid={`restore-${field}`}>
            Restore original
          </button>
        </>
      )}
    </span>
  );
}

function describe(original: AppliedCorrection['original']): string {
  if (original === null || (Array.isArray(original) && original.length === 0)) return '(nothing)';
  return Array.isArray(original) ? original.join(', ') : original;
}

/**
 * What can be done to the clippings picked in the list: add or remove a tag on all of them,
 * move them to the Trash, or let go of the pick. Each is one step that Undo reverses.
 */
import { useId, useState, type RefObject } from 'react';

interface Props {
  count: number;
  knownTags: string[];
  busy: boolean;
  /** The tag box, focused by the T shortcut. */
  inputRef: RefObject<HTMLInputElement | null>;
  onAddTag(tag: string): void;
  onRemoveTag(tag: string): void;
  onTrash(): void;
  onClear(): void;
  /** Opens the Export dialog for the picked clippings. */
  onExport?(): void;
}

export function SelectionBar({ count, knownTags, busy, inputRef, onAddTag, onRemoveTag, onTrash, onClear, onExport }: Props) {
  const [draft, setDraft] = useState('');
  const listId = useId();
  const act = (action: (tag: string) => void): void => {
    const tag = draft.trim();
    if (!tag) return;
    action(tag);
    setDraft('');
  };
  return (
    <div className="selection-bar" role="toolbar" aria-label="Selected clippings" data-testid="selection-bar">
      <span className="selection-count" data-testid="selection-count">
        {count} selected
      </span>
      <form
        className="selection-tag"
        onSubmit={(e) => {
          e.preventDefault();
          act(onAddTag);
        }}
      >
        <input
          ref={inputRef}
          className="filter-input"
          aria-label="Tag for the selected clippings"
          placeholder="Tag… (T)"
          list={listId}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              e.currentTarget.blur();
            }
          }}
          data-testid="bulk-tag-input"
        />
        <datalist id={listId}>
          {knownTags.map((t) => (
            <option key={t} value={t} />
          ))}
        </datalist>
        <button type="submit" className="button button-small" disabled={busy || !draft.trim()} data-testid="bulk-add-tag">
          Add
        </button>
        <button type="button" className="button button-small" disabled={busy || !draft.trim()} onClick={() => act(onRemoveTag)} data-testid="bulk-remove-tag">
          Remove
        </button>
      </form>
      {onExport && (
        <button type="button" className="button button-small" disabled={busy} onClick={onExport} data-testid="bulk-export" title="Export the selected clippings">
          Export…
        </button>
      )}
      <button type="button" className="button button-small button-danger" disabled={busy} onClick={onTrash} data-testid="bulk-trash" title="Move to Trash (Del)">
        Trash
      </button>
      <button type="button" className="icon-button" aria-label="Clear the selection (Esc)" onClick={onClear} data-testid="selection-clear">
        ×
      </button>
    </div>
  );
}

/**
 * Managing one tag: rename it (its children follow), merge other tags into it, colour it, or
 * delete it (with its children) from every clipping. One dialog with a tab per action; each
 * change is one step Undo reverses, which the dialog says.
 */
import { useEffect, useRef, useState } from 'react';
import type { TagNode } from '../../../preload/api/index.ts';
import type { TagAction } from './TagTree.tsx';

const TAG_COLORS = ['#d33f49', '#e08a1e', '#c9b300', '#3f9b4f', '#2f7fc1', '#7a4fc9', '#c24f9b', '#6b7280'];

interface Props {
  target: { node: TagNode; action: TagAction } | null;
  /** Every tag, for merging. */
  allTags: string[];
  onAction(action: TagAction): void;
  onRename(from: string, to: string): void;
  onMerge(tags: string[], into: string): void;
  onColor(tag: string, color: string | null): void;
  onDelete(tag: string): void;
  onClose(): void;
  /** Opens the Export dialog for every clipping with the tag. */
  onExport?(tag: string): void;
}

const TABS: { action: TagAction; label: string }[] = [
  { action: 'rename', label: 'Rename' },
  { action: 'merge', label: 'Merge' },
  { action: 'color', label: 'Colour' },
  { action: 'delete', label: 'Delete' },
];

export function TagDialog({ target, allTags, onAction, onRename, onMerge, onColor, onDelete, onClose, onExport }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const tag = target?.node.tag ?? '';
  // The app keys this dialog by the tag, so a new tag starts with fresh fields.
  const [name, setName] = useState(tag);
  const [merging, setMerging] = useState<string[]>([]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (target && !dialog.open) dialog.showModal();
    if (!target && dialog.open) dialog.close();
  }, [target]);

  const below = (target?.node.total ?? 0) - (target?.node.count ?? 0);
  const others = allTags.filter((t) => t.toLowerCase() !== tag.toLowerCase());
  return (
    <dialog ref={ref} className="dialog tag-dialog" onClose={onClose} aria-label={`Manage tag ${tag}`} data-testid="tag-dialog">
      <h2 className="dialog-title">#{tag}</h2>
      {onExport && (
        <button type="button" className="button button-small tag-export" onClick={() => onExport(tag)} data-testid="tag-export">
          Export {target?.node.total === 1 ? '1 clipping' : `${target?.node.total ?? ''} clippings`}…
        </button>
      )}
      <div className="tag-dialog-tabs" role="tablist">
        {TABS.map((t) => (
          <button
            key={t.action}
            type="button"
            role="tab"
            className="segment"
            aria-selected={target?.action === t.action}
            aria-pressed={target?.action === t.action}
            onClick={() => onAction(t.action)}
            data-testid={`tag-tab-${t.action}`}
          >
            {t.label}
          </button>
        ))}
      </div>
      {target?.action === 'rename' && (
        <form
          method="dialog"
          onSubmit={(e) => {
            e.preventDefault();
            if (name.trim() && name.trim() !== tag) onRename(tag, name.trim());
          }}
        >
          <label className="field">
            New name <span className="field-hint">(a slash makes a child: asia/korea)</span>
            <input autoFocus value={name} onChange={(e) => setName(e.target.value)} data-testid="tag-rename-input" />
          </label>
          {target.node.children.length > 0 && <p className="dialog-note">The tags below it are renamed with it.</p>}
          <div className="dialog-actions">
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
            <button type="submit" className="button button-primary" data-testid="tag-rename-confirm">
              Rename
            </button>
          </div>
        </form>
      )}
      {target?.action === 'merge' && (
        <div>
          <p className="dialog-note">Tags to merge into #{tag} (their clippings get #{tag}; the tags go away):</p>
          <ul className="merge-list">
            {others.map((t) => (
              <li key={t}>
                <label>
                  <input
                    type="checkbox"
                    checked={merging.includes(t)}
                    onChange={(e) => setMerging((m) => (e.target.checked ? [...m, t] : m.filter((x) => x !== t)))}
                    data-testid="tag-merge-option"
                    data-tag={t}
                  />{' '}
                  {t}
                </label>
              </li>
            ))}
          </ul>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
            <button type="button" className="button button-primary" disabled={merging.length === 0} onClick={() => onMerge(merging, tag)} data-testid="tag-merge-confirm">
              Merge {merging.length || ''} into #{tag}
            </button>
          </div>
        </div>
      )}
      {target?.action === 'color' && (
        <div className="color-swatches" role="group" aria-label="Colours">
          {TAG_COLORS.map((c) => (
            <button key={c} type="button" className="swatch" style={{ background: c }} aria-label={`Colour ${c}`} aria-pressed={target.node.color === c} onClick={() => onColor(tag, c)} data-testid="tag-color" />
          ))}
          <button type="button" className="button button-small" onClick={() => onColor(tag, null)}>
            No colour
          </button>
        </div>
      )}
      {target?.action === 'delete' && (
        <div>
          <p className="dialog-note">
            Remove #{tag}
            {below > 0 || target.node.children.length > 0 ? ' and the tags below it' : ''} from {target.node.total} {target.node.total === 1 ? 'clipping' : 'clippings'}? The
            clippings stay; Undo (Ctrl+Z) brings the tag back.
          </p>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
            <button type="button" className="button button-danger-solid" onClick={() => onDelete(tag)} data-testid="tag-delete-confirm">
              Delete tag
            </button>
          </div>
        </div>
      )}
    </dialog>
  );
}

/**
 * The Trash: clippings deleted from the library, most recent first, each with Restore. Emptying
 * asks once and then deletes them for good: the only way a clipping leaves the disk.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ClippingBridge, ClippingSummary } from '../../../preload/api/index.ts';
import type { Toasts } from '../app/useToasts.ts';
import { ConfirmDialog } from '../app/ConfirmDialog.tsx';
import { formatDate } from '../reader/formatDate.ts';
import { formatCount } from '../app/formatCount.ts';

interface Props {
  api: ClippingBridge;
  toasts: Toasts;
  revision: number;
  onChanged(): void;
  onOpen(id: number): void;
  onBack(): void;
}

const LIMIT = 1000;

export function TrashView({ api, toasts, revision, onChanged, onOpen, onBack }: Props) {
  const [items, setItems] = useState<ClippingSummary[] | null>(null);
  const [total, setTotal] = useState(0);
  const [asking, setAsking] = useState(false);

  useEffect(() => {
    let current = true;
    void api.listTrash({ limit: LIMIT }).then((r) => {
      if (!current) return;
      if (r.ok) {
        setItems(r.value.items);
        setTotal(r.value.total);
      } else {
        toasts.show({ title: 'Could not read the Trash', tone: 'error', lines: [{ text: r.error.message, tone: 'error' }] });
      }
    });
    return () => {
      current = false;
    };
  }, [api, revision, toasts]);

  const restore = useCallback(
    async (item: ClippingSummary) => {
      const r = await api.restoreClipping(item.id);
      if (r.ok) {
        toasts.show({ title: 'Restored', tone: 'success', lines: [{ text: item.title, tone: 'success' }] });
        onChanged();
      } else {
        toasts.show({ title: 'Could not restore', tone: 'error', lines: [{ text: r.error.message, tone: 'error' }] });
      }
    },
    [api, toasts, onChanged],
  );

  const empty = async (): Promise<void> => {
    setAsking(false);
    const r = await api.emptyTrash();
    if (r.ok) {
      toasts.show({ title: 'Trash emptied', tone: 'info', lines: [{ text: `${r.value.removed} deleted for good`, tone: 'info' }] });
      onChanged();
    } else {
      toasts.show({ title: 'Could not empty the Trash', tone: 'error', lines: [{ text: r.error.message, tone: 'error' }] });
    }
  };

  return (
    <section className="list-pane trash-pane" aria-label="Trash" data-testid="trash-view">
      <div className="list-toolbar trash-toolbar">
        <button type="button" className="link-button" onClick={onBack} data-testid="trash-back">
          ← Library
        </button>
        <span className="list-count" data-testid="trash-count">
          {formatCount(total)} in the Trash
        </span>
        <button type="button" className="button button-small button-danger" disabled={total === 0} onClick={() => setAsking(true)} data-testid="empty-trash">
          Empty Trash…
        </button>
      </div>
      {items && items.length === 0 && (
        <p className="list-empty" data-testid="trash-empty">
          The Trash is empty. Deleted clippings wait here until you empty it.
        </p>
      )}
      <ul className="result-list trash-list" aria-label="Trashed clippings">
        {(items ?? []).map((item) => (
          <li key={item.id} className="result trash-item" data-testid="trash-item" data-id={item.id}>
            <button type="button" className="trash-open" onClick={() => onOpen(item.id)}>
              <h3 className="result-title">{item.title || 'Untitled clipping'}</h3>
              <p className="result-meta">
                {item.source && <span className="result-source">{item.source}</span>}
                <span className="result-date">{formatDate(item.publishedAt) ?? ''}</span>
              </p>
            </button>
            <button type="button" className="button button-small" onClick={() => void restore(item)} data-testid="restore-clipping">
              Restore
            </button>
          </li>
        ))}
      </ul>
      <ConfirmDialog
        message={asking ? `Delete the ${formatCount(total)} ${total === 1 ? 'clipping' : 'clippings'} in the Trash for good? This cannot be undone.` : null}
        confirmLabel="Empty Trash"
        onConfirm={() => void empty()}
        onCancel={() => setAsking(false)}
      />
    </section>
  );
}

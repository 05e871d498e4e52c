import { useEffect, useRef, useState } from 'react';

interface Props {
  open: boolean;
  onClose(): void;
  onImport(text: string): void;
}

/** A modal with a textarea for text copied from a web page or a newsletter. */
export function PasteDialog({ open, onClose, onImport }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const submit = (): void => {
    if (!text.trim()) return;
    onImport(text);
    setText('');
    onClose();
  };

  return (
    <dialog ref={ref} className="dialog" aria-labelledby="paste-title" onClose={onClose} data-testid="paste-dialog">
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <h2 id="paste-title">Paste a clipping</h2>
        <p className="dialog-hint">Paste the text of an article as copied from the page. Menus and share buttons are dropped on import.</p>
        <textarea
          className="paste-text"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              submit();
            }
          }}
          rows={14}
          aria-label="Clipping text"
          data-testid="paste-textarea"
          autoFocus
        />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={!text.trim()} data-testid="paste-import">
            Import
          </button>
        </div>
      </form>
    </dialog>
  );
}

import { useEffect, useRef } from 'react';

interface Props {
  message: string | null;
  confirmLabel: string;
  onConfirm(): void;
  onCancel(): void;
}

/** A modal yes/no for destructive actions; Cancel has the focus so Enter does no harm. */
export function ConfirmDialog({ message, confirmLabel, onConfirm, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (message !== null && !dialog.open) {
      dialog.showModal();
      cancelRef.current?.focus();
    }
    if (message === null && dialog.open) dialog.close();
  }, [message]);
  return (
    <dialog ref={ref} className="dialog dialog-small" onClose={onCancel} data-testid="confirm-dialog" aria-label="Confirm">
      <p>{message}</p>
      <div className="dialog-actions">
        <button ref={cancelRef} type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="button button-danger-solid" onClick={onConfirm} data-testid="confirm-yes">
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}

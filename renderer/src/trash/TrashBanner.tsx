/** Above a clipping opened from the Trash: says so, with Restore. */
export function TrashBanner({ onRestore }: { onRestore(): void }) {
  return (
    <p className="trash-banner" role="status" data-testid="trash-banner">
      This clipping is in the Trash.{' '}
      <button type="button" className="button button-small" onClick={onRestore} data-testid="reader-restore">
        Restore
      </button>
    </p>
  );
}

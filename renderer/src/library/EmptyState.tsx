interface Props {
  busy: boolean;
  onLoadSample(): void;
  onImport(): void;
  onPaste(): void;
}

/** A new archive: say what Clipdesk is for and offer a first clipping. */
export function EmptyState({ busy, onLoadSample, onImport, onPaste }: Props) {
  return (
    <div className="empty-state" data-testid="empty-state">
      <h2>Your archive is empty</h2>
      <p>
        Clipdesk keeps news clippings you save: text copied from a page, saved web pages (.html, .mhtml) or plain
        text files. Everything stays in a folder on this computer.
      </p>
      <button type="button" className="button button-primary" onClick={onLoadSample} disabled={busy} data-testid="load-sample">
        Load the sample clipping
      </button>
      <p className="empty-more">
        Or{' '}
        <button type="button" className="link-button" onClick={onImport}>
          import files
        </button>
        ,{' '}
        <button type="button" className="link-button" onClick={onPaste}>
          paste text
        </button>
        , or drop files anywhere on this window.
      </p>
    </div>
  );
}

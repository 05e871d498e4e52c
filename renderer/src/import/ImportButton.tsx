import type { RefObject } from 'react';
import { IMPORT_ACCEPT } from './importFormats.ts';

interface Props {
  inputRef: RefObject<HTMLInputElement | null>;
  busy: boolean;
  onFiles(files: File[]): void;
  onPaste(): void;
}

/** "Import files…" (a real file input, so menus, tests and assistive tech can all reach it) and "Paste text…". */
export function ImportButtons({ inputRef, busy, onFiles, onPaste }: Props) {
  return (
    <div className="import-buttons">
      <button type="button" className="button button-primary" disabled={busy} onClick={() => inputRef.current?.click()} data-testid="import-button">
        {busy ? 'Importing…' : 'Import files…'}
      </button>
      <button type="button" className="button" onClick={onPaste} data-testid="paste-button">
        Paste text…
      </button>
      <input
        ref={inputRef}
        type="file"
        multiple
        accept={IMPORT_ACCEPT}
        hidden
        data-testid="import-input"
        onChange={(event) => {
          const files = Array.from(event.currentTarget.files ?? []);
          event.currentTarget.value = ''; // so choosing the same file again still fires
          if (files.length) onFiles(files);
        }}
      />
    </div>
  );
}

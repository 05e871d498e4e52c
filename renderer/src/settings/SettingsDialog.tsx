/** Settings: the name printed as "Prepared by" on dossiers, the paper new exports start with, photos, and browser capture. */
import { useEffect, useRef, useState } from 'react';
import type { ClippingBridge, PaperSize } from '../../../preload/api/index.ts';
import { CaptureSettings } from './CaptureSettings.tsx';
import type { SettingsStore } from './useSettings.ts';

interface Props {
  open: boolean;
  store: SettingsStore;
  onClose(): void;
  /** For the browser capture section; without it the section is left out. */
  api?: ClippingBridge;
}

export function SettingsDialog({ open, store, onClose, api }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const [preparedBy, setPreparedBy] = useState(store.settings.preparedBy);
  const [paper, setPaper] = useState<PaperSize>(store.settings.paper);
  const [printPhotos, setPrintPhotos] = useState(store.settings.printPhotos);
  const [keepLocation, setKeepLocation] = useState(store.settings.keepPhotoLocation);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      // Each opening starts from what is saved.
      setPreparedBy(store.settings.preparedBy);
      setPaper(store.settings.paper);
      setPrintPhotos(store.settings.printPhotos);
      setKeepLocation(store.settings.keepPhotoLocation);
      setError(null);
      dialog.showModal();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]); // eslint-disable-line react-hooks/exhaustive-deps

  const submit = async (): Promise<void> => {
    const failed = await store.save({ preparedBy: preparedBy.trim(), paper, printPhotos, keepPhotoLocation: keepLocation });
    if (failed) setError(failed);
    else onClose();
  };

  return (
    <dialog ref={ref} className="dialog dialog-small" aria-labelledby="settings-title" onClose={onClose} data-testid="settings-dialog">
      <form
        method="dialog"
        className="export-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <h2 id="settings-title">Settings</h2>
        <label className="field">
          <span>
            Prepared by <span className="field-hint">(printed on the cover of your dossiers)</span>
          </span>
          <input value={preparedBy} maxLength={200} onChange={(e) => setPreparedBy(e.target.value)} placeholder="Your name or desk" data-testid="settings-prepared-by" autoFocus />
        </label>
        <fieldset className="export-choice">
          <legend>Paper for new exports</legend>
          {(['A4', 'Letter'] as const).map((p) => (
            <label key={p}>
              <input type="radio" name="settings-paper" checked={paper === p} onChange={() => setPaper(p)} data-testid={`settings-paper-${p}`} /> {p}
            </label>
          ))}
        </fieldset>
        <fieldset className="export-choice settings-photos">
          <legend>Photos</legend>
          <label>
            <input type="checkbox" checked={printPhotos} onChange={(e) => setPrintPhotos(e.target.checked)} data-testid="settings-print-photos" /> Print photos in PDFs
          </label>
          <label>
            <input type="checkbox" checked={keepLocation} onChange={(e) => setKeepLocation(e.target.checked)} data-testid="settings-keep-location" /> Keep where photos were taken (EXIF location) when importing
          </label>
        </fieldset>
        {open && api && <CaptureSettings api={api} />}
        {error && (
          <p className="export-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" data-testid="settings-save">
            Save
          </button>
        </div>
      </form>
    </dialog>
  );
}

/** The gear in the sidebar's footer that opens Settings. */
export function SettingsButton({ onOpen }: { onOpen(): void }) {
  return (
    <button type="button" className="icon-button settings-button" aria-label="Settings" title="Settings" onClick={onOpen} data-testid="settings-button">
      <span aria-hidden="true">⚙</span> Settings
    </button>
  );
}

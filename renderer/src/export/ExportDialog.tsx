/**
 * "Export…": a dossier (cover, contents, one clipping a page on) or Markdown or JSON from a pick, a
 * tag, a saved search or the search results; for one clipping, the PDF's paper and margins. The
 * paper and margins start from the last used (kept in the archive's settings).
 */
import { useEffect, useRef, useState } from 'react';
import type { DossierOrder, MarginSize, PaperSize } from '../../../preload/api/index.ts';
import type { SettingsStore } from '../settings/useSettings.ts';
import './export.css';
import { ExportProgressView } from './ExportProgressView.tsx';
import { defaultTitle, describeTarget, targetCount, type ExportFormat, type ExportTarget } from './exportTarget.ts';
import type { ExportJob } from './useExportJob.ts';

interface Props {
  /** What to export; null keeps the dialog closed. */
  target: ExportTarget | null;
  settings: SettingsStore;
  job: ExportJob;
  onClose(): void;
}

const FORMATS: { value: ExportFormat; label: string }[] = [
  { value: 'pdf', label: 'PDF dossier' },
  { value: 'md-single', label: 'Markdown, one file' },
  { value: 'md-files', label: 'Markdown, a file per clipping (.zip)' },
  { value: 'json', label: 'JSON' },
];
const ORDERS: { value: DossierOrder; label: string }[] = [
  { value: 'published', label: 'Published date' },
  { value: 'imported', label: 'Imported date' },
  { value: 'selected', label: 'As selected' },
];
const MARGINS: { value: MarginSize; label: string }[] = [
  { value: 'normal', label: 'Normal' },
  { value: 'narrow', label: 'Narrow' },
  { value: 'wide', label: 'Wide (room for notes)' },
];

export function ExportDialog({ target, settings, job, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const single = target?.kind === 'clipping';
  const fromSearch = target?.kind === 'search' && target.terms.trim() !== '';
  const [format, setFormat] = useState<ExportFormat>('pdf');
  const [title, setTitle] = useState('');
  const [subtitle, setSubtitle] = useState('');
  const [preparedBy, setPreparedBy] = useState('');
  const [order, setOrder] = useState<DossierOrder>('published');
  const [paper, setPaper] = useState<PaperSize>('A4');
  const [margins, setMargins] = useState<MarginSize>('normal');
  const [lightInk, setLightInk] = useState(false);
  const [highlight, setHighlight] = useState(true);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (target && !dialog.open) {
      // Each opening starts afresh from the target and the settings.
      setFormat('pdf');
      setTitle(defaultTitle(target));
      setSubtitle('');
      setPreparedBy(settings.settings.preparedBy);
      setOrder(target.kind === 'selection' ? 'selected' : target.kind === 'search' ? 'selected' : 'published');
      setPaper(settings.settings.paper);
      setMargins(settings.settings.margins);
      setHighlight(true);
      job.reset();
      dialog.showModal();
    }
    if (!target && dialog.open) dialog.close();
  }, [target]); // eslint-disable-line react-hooks/exhaustive-deps

  const running = job.state.status === 'running';
  const pdf = format === 'pdf';
  const submit = (): void => {
    if (!target || running || !title.trim()) return;
    if (pdf) void settings.save({ paper, margins });
    void job.run(target, { format, title, subtitle, preparedBy, order, highlight, paper, margins, lightInk });
  };
  const close = (): void => {
    if (running) job.cancel();
    job.reset();
    onClose();
  };
  const count = target ? targetCount(target) : 0;

  return (
    <dialog
      ref={ref}
      className="dialog export-dialog"
      aria-labelledby="export-title"
      onClose={close}
      onCancel={(e) => {
        // Escape while working cancels the work first; a second Escape closes.
        if (running) {
          e.preventDefault();
          job.cancel();
        }
      }}
      data-testid="export-dialog"
    >
      <form
        method="dialog"
        className="export-form"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <h2 id="export-title">{single ? 'Export PDF' : 'Export'}</h2>
        {target && (
          <p className="dialog-hint" data-testid="export-what">
            {describeTarget(target)}
          </p>
        )}
        <fieldset className="export-fields" disabled={running}>
          {!single && (
            <fieldset className="export-choice">
              <legend>Format</legend>
              {FORMATS.map((f) => (
                <label key={f.value}>
                  <input type="radio" name="export-format" checked={format === f.value} onChange={() => setFormat(f.value)} data-testid={`export-format-${f.value}`} /> {f.label}
                </label>
              ))}
            </fieldset>
          )}
          {!single && format !== 'json' && (
            <label className="field">
              Title
              <input value={title} maxLength={300} required onChange={(e) => setTitle(e.target.value)} data-testid="export-title-input" autoFocus />
            </label>
          )}
          {!single && pdf && (
            <>
              <label className="field">
                <span>
                  Subtitle <span className="field-hint">(optional)</span>
                </span>
                <input value={subtitle} maxLength={500} onChange={(e) => setSubtitle(e.target.value)} data-testid="export-subtitle" />
              </label>
              <label className="field">
                <span>
                  Prepared by <span className="field-hint">(the default is in Settings)</span>
                </span>
                <input value={preparedBy} maxLength={200} onChange={(e) => setPreparedBy(e.target.value)} data-testid="export-prepared-by" />
              </label>
              <label className="field">
                Order
                <select value={order} onChange={(e) => setOrder(e.target.value as DossierOrder)} data-testid="export-order">
                  {ORDERS.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.value === 'selected' && target?.kind === 'search' ? 'By relevance' : o.value === 'selected' && target?.kind === 'tag' ? 'As listed' : o.label}
                    </option>
                  ))}
                </select>
              </label>
            </>
          )}
          {pdf && (
            <div className="export-row">
              <fieldset className="export-choice">
                <legend>Paper</legend>
                {(['A4', 'Letter'] as const).map((p) => (
                  <label key={p}>
                    <input type="radio" name="export-paper" checked={paper === p} onChange={() => setPaper(p)} data-testid={`export-paper-${p}`} /> {p}
                  </label>
                ))}
              </fieldset>
              <label className="field">
                Margins
                <select value={margins} onChange={(e) => setMargins(e.target.value as MarginSize)} data-testid="export-margins">
                  {MARGINS.map((m) => (
                    <option key={m.value} value={m.value}>
                      {m.label}
                    </option>
                  ))}
                </select>
              </label>
            </div>
          )}
          {pdf && (
            <label className="export-check">
              <input type="checkbox" checked={lightInk} onChange={(e) => setLightInk(e.target.checked)} data-testid="export-light-ink" /> Save ink (no shaded boxes, thin rules)
            </label>
          )}
          {pdf && fromSearch && (
            <label className="export-check">
              <input type="checkbox" checked={highlight} onChange={(e) => setHighlight(e.target.checked)} data-testid="export-highlight" /> Highlight the search terms
            </label>
          )}
        </fieldset>
        <ExportProgressView state={job.state} cancellable={pdf && !single} onCancel={pdf && !single ? job.cancel : job.reset} />
        {!running && (
          <div className="dialog-actions">
            <button type="button" className="button" onClick={close} data-testid="export-close">
              {job.state.status === 'done' ? 'Close' : 'Cancel'}
            </button>
            <button type="submit" className="button button-primary" disabled={!target || (!title.trim() && format !== 'json')} data-testid="export-start">
              {exportLabel(format, single, count)}
            </button>
          </div>
        )}
      </form>
    </dialog>
  );
}

function exportLabel(format: ExportFormat, single: boolean, count: number): string {
  if (single) return 'Export PDF';
  const what = `${count} ${count === 1 ? 'clipping' : 'clippings'}`;
  if (format === 'pdf') return `Export ${what} to PDF`;
  if (format === 'json') return `Export ${what} to JSON`;
  return `Export ${what} to Markdown`;
}

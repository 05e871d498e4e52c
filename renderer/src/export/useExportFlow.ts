/**
 * Everything exporting needs in the app, in one place: the settings (prepared-by, last paper and
 * margins), the Export dialog's target and job, the immediate single-clipping PDF (Ctrl+E), and
 * the Settings dialog's open state.
 */
import { useCallback, useMemo, useState } from 'react';
import type { ClippingBridge } from '../../../preload/api/index.ts';
import type { Toasts } from '../app/useToasts.ts';
import { useSettings, type SettingsStore } from '../settings/useSettings.ts';
import type { ExportTarget } from './exportTarget.ts';
import { useExportJob, type ExportJob } from './useExportJob.ts';
import { useExportPdf, type PdfExporter } from './useExportPdf.ts';

export interface ExportFlow {
  settings: SettingsStore;
  target: ExportTarget | null;
  job: ExportJob;
  /** The open clipping's PDF at once, on the last used paper and margins. */
  pdf: PdfExporter;
  open(target: ExportTarget): void;
  close(): void;
  settingsOpen: boolean;
  setSettingsOpen(open: boolean): void;
}

export function useExportFlow(api: ClippingBridge, toasts: Toasts): ExportFlow {
  const settings = useSettings(api);
  const [target, setTarget] = useState<ExportTarget | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const onSaved = useCallback(
    (files: string[]) => toasts.show({ title: 'Exported', tone: 'success', lines: files.map((f) => ({ text: f, tone: 'success' as const })), testId: 'export-report' }),
    [toasts],
  );
  const job = useExportJob(api, onSaved);
  const { paper, margins } = settings.settings;
  const pdfOptions = useMemo(() => ({ paper, margins }), [paper, margins]);
  const pdf = useExportPdf(api, toasts, pdfOptions);
  const close = useCallback(() => setTarget(null), []);
  return { settings, target, job, pdf, open: setTarget, close, settingsOpen, setSettingsOpen };
}

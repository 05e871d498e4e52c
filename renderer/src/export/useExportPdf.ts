/** Export one clipping to PDF, on the last used paper and margins, and hand it to the browser's (or Electron's) download. */
import { useCallback, useState } from 'react';
import type { ClippingBridge, ExportPdfOptions } from '../../../preload/api/index.ts';
import type { Toasts } from '../app/useToasts.ts';
import { downloadFile } from './downloadFile.ts';

export interface PdfExporter {
  busy: boolean;
  exportPdf(id: number): Promise<void>;
}

export function useExportPdf(api: ClippingBridge, toasts: Toasts, options: ExportPdfOptions = {}): PdfExporter {
  const [busy, setBusy] = useState(false);
  const exportPdf = useCallback(
    async (id: number) => {
      setBusy(true);
      try {
        const result = await api.exportPdf(id, options);
        if (result.ok) {
          downloadFile(result.value);
          toasts.show({ title: 'PDF exported', tone: 'success', lines: [{ text: result.value.fileName, tone: 'success' }], testId: 'export-report' });
        } else {
          toasts.show({ title: 'Could not export the PDF', tone: 'error', lines: [{ text: result.error.message, tone: 'error' }], testId: 'export-report' });
        }
      } finally {
        setBusy(false);
      }
    },
    [api, toasts, options],
  );
  return { busy, exportPdf };
}

/**
 * Runs one export from the dialog: a dossier PDF (followed through `exportProgress` with a job id
 * chosen here, so Cancel works before the call returns), Markdown (one file, or many zipped) or
 * JSON. The host does the work; the window only waits on promises, so it never freezes.
 */
import { useCallback, useRef, useState } from 'react';
import type { ClippingBridge, DossierRequest, ExportedFile, ExportPhase, ExportPdfOptions, Result } from '../../../preload/api/index.ts';
import { downloadFile } from './downloadFile.ts';
import { fileStem, gatherIds, type ExportFormat, type ExportTarget } from './exportTarget.ts';
import { zipFiles } from './zipFiles.ts';

export type JobStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

export interface JobState {
  status: JobStatus;
  phase: ExportPhase | 'starting' | 'files';
  done: number;
  total: number;
  /** The error, or the file(s) saved. */
  message: string | null;
}

export interface ExportChoices extends ExportPdfOptions {
  format: ExportFormat;
  title: string;
  subtitle: string;
  preparedBy: string;
  order: DossierRequest['order'];
  highlight: boolean;
}

const IDLE: JobState = { status: 'idle', phase: 'starting', done: 0, total: 0, message: null };

function newJobId(): string {
  return `export-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export interface ExportJob {
  state: JobState;
  run(target: ExportTarget, choices: ExportChoices): Promise<void>;
  cancel(): void;
  reset(): void;
}

export function useExportJob(api: ClippingBridge, onSaved: (files: string[]) => void): ExportJob {
  const [state, setState] = useState<JobState>(IDLE);
  const jobId = useRef<string | null>(null);

  const produce = async (target: ExportTarget, choices: ExportChoices, id: string): Promise<Result<ExportedFile>> => {
    const { paper, margins, lightInk } = choices;
    const title = choices.title.trim();
    if (choices.format === 'pdf' && target.kind === 'clipping') return api.exportPdf(target.id, { paper, margins, lightInk });
    if (choices.format === 'pdf') {
      const terms = target.kind === 'search' ? target.terms.trim() : '';
      return api.exportDossier({
        title,
        ...(choices.subtitle.trim() ? { subtitle: choices.subtitle.trim() } : {}),
        ...(choices.preparedBy.trim() ? { preparedBy: choices.preparedBy.trim() } : {}),
        selection: dossierSelectionOf(target),
        order: choices.order,
        ...(choices.highlight && terms ? { highlightQuery: terms } : {}),
        paper: paper ?? 'A4',
        ...(margins ? { margins } : {}),
        ...(lightInk ? { lightInk } : {}),
        jobId: id,
      });
    }
    setState((s) => ({ ...s, phase: 'gathering' }));
    const ids = await gatherIds(api, target);
    if (!ids.ok) return ids;
    if (ids.value.length === 0) return { ok: false, error: { code: 'not-found', message: 'Nothing to export: no clipping is in this selection any more.' } };
    setState((s) => ({ ...s, phase: 'files', done: 0, total: ids.value.length }));
    if (choices.format === 'json') return api.exportJson(ids.value);
    const files = await api.exportMarkdown(ids.value, { mode: choices.format === 'md-single' ? 'single' : 'files', title });
    if (!files.ok) return files;
    if (files.value.length === 1) return { ok: true, value: files.value[0]! };
    return { ok: true, value: zipFiles(files.value, `${fileStem(title)}.zip`) };
  };

  const run = useCallback(
    async (target: ExportTarget, choices: ExportChoices): Promise<void> => {
      const id = newJobId();
      jobId.current = id;
      setState({ ...IDLE, status: 'running' });
      const off = api.on('exportProgress', (p) => {
        if (p.jobId === id) setState((s) => (s.status === 'running' ? { ...s, phase: p.phase, done: p.done, total: p.total } : s));
      });
      try {
        const result = await produce(target, choices, id);
        if (jobId.current !== id) return; // closed or replaced meanwhile
        if (result.ok) {
          downloadFile(result.value);
          setState({ status: 'done', phase: 'done', done: 1, total: 1, message: result.value.fileName });
          onSaved([result.value.fileName]);
        } else if (result.error.code === 'cancelled') {
          setState((s) => ({ ...s, status: 'cancelled', message: 'Export cancelled. Nothing was saved.' }));
        } else {
          setState((s) => ({ ...s, status: 'failed', message: result.error.message }));
        }
      } finally {
        off();
      }
    },
    [api, onSaved], // eslint-disable-line react-hooks/exhaustive-deps
  );

  const cancel = useCallback(() => {
    const id = jobId.current;
    if (id) void api.cancelExport(id);
  }, [api]);

  const reset = useCallback(() => {
    jobId.current = null;
    setState(IDLE);
  }, []);

  return { state, run, cancel, reset };
}

function dossierSelectionOf(target: ExportTarget): DossierRequest['selection'] {
  if (target.kind === 'selection') return { ids: target.ids };
  if (target.kind === 'tag') return { tag: target.tag };
  if (target.kind === 'search') return { query: target.query };
  return { ids: [target.id] };
}

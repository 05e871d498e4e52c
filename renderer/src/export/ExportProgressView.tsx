/** The running export: a bar, the phase in words, and Cancel; then how it ended. */
import { overallFraction, phaseWords } from './exportTarget.ts';
import type { JobState } from './useExportJob.ts';

interface Props {
  state: JobState;
  /** False when the work cannot be stopped on the host (Markdown, JSON, one clipping): Cancel then only stops waiting. */
  cancellable: boolean;
  onCancel(): void;
}

export function ExportProgressView({ state, cancellable, onCancel }: Props) {
  const running = state.status === 'running';
  const words = phaseWords(state.phase, state.done, state.total);
  const value = state.phase === 'starting' || state.phase === 'files' ? undefined : overallFraction(state.phase, state.done, state.total);
  return (
    <div className="export-progress" data-testid="export-progress" data-status={state.status}>
      {running && (
        <>
          <progress max={1} value={value} aria-label="Export progress" aria-valuetext={words} data-testid="export-progress-bar" />
          <p className="export-phase" aria-live="polite" data-testid="export-phase">
            {words}
          </p>
        </>
      )}
      {!running && state.message && (
        <p className={`export-status export-status-${state.status}`} role={state.status === 'failed' ? 'alert' : 'status'} data-testid="export-status">
          {state.status === 'done' ? `Saved ${state.message}` : state.message}
        </p>
      )}
      {running && (
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onCancel} data-testid="export-cancel">
            {cancellable ? 'Cancel export' : 'Stop waiting'}
          </button>
        </div>
      )}
    </div>
  );
}

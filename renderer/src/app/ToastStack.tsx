import { ToastActions } from './ToastActions.tsx';
import type { Toasts } from './useToasts.ts';

export function ToastStack({ toasts }: { toasts: Toasts }) {
  return (
    <div className="toast-stack" role="status" aria-live="polite">
      {toasts.items.map((toast) => (
        <div key={toast.id} className={`toast toast-${toast.tone}`} data-testid={toast.testId ?? 'toast'}>
          <div className="toast-head">
            <strong>{toast.title}</strong>
            <button type="button" className="icon-button" aria-label="Dismiss" onClick={() => toasts.dismiss(toast.id)}>
              ×
            </button>
          </div>
          {toast.lines.length > 0 && (
            <ul className="toast-lines">
              {toast.lines.map((line, i) => (
                <li key={i} className={`toast-line toast-line-${line.tone}`} data-status={line.kind}>
                  {line.text}
                  {line.actions && line.actions.length > 0 && <ToastActions actions={line.actions} />}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </div>
  );
}

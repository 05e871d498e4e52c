import { useState } from 'react';
import type { ToastAction } from './useToasts.ts';

/** A line's choices as buttons; once one is made, what it did replaces them. */
export function ToastActions({ actions }: { actions: ToastAction[] }) {
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (done) return <div className="toast-actions-done" data-testid="toast-action-done">{done}</div>;
  return (
    <div className="toast-actions" role="group">
      {actions.map((action) => (
        <button
          key={action.label}
          type="button"
          className="button"
          disabled={busy}
          data-testid={action.testId}
          onClick={() => {
            setBusy(true);
            void action.run().then(setDone, (error: unknown) => setDone(error instanceof Error ? error.message : String(error))).finally(() => setBusy(false));
          }}
        >
          {action.label}
        </button>
      ))}
    </div>
  );
}

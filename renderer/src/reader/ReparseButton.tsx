import { useState } from 'react';
import type { ReparseOutcome } from './useCorrections.ts';

interface Props {
  /** Re-parses the open clipping's stored original and resolves with a line saying what happened. */
  onReparse(): Promise<ReparseOutcome>;
}

/**
 * "Re-parse": reads the stored original again with the current parser (after an update of the
 * parser, or to undo nothing but a bad parse). Corrections are kept by the core. The outcome is
 * said beside the button, politely announced to screen readers. Keyed by clipping in the reader,
 * so the line does not follow the person to another clipping.
 */
export function ReparseButton({ onReparse }: Props) {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<ReparseOutcome | null>(null);
  const run = async (): Promise<void> => {
    setBusy(true);
    setStatus(null);
    try {
      setStatus(await onReparse());
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <span className={`reparse-status${status && !status.ok ? ' is-error' : ''}`} role="status" aria-live="polite" data-testid="reparse-status">
        {busy ? 'Re-parsing…' : (status?.message ?? '')}
      </span>
      <button
        type="button"
        className="button"
        onClick={() => void run()}
        disabled={busy}
        aria-busy={busy}
        title="Read the stored original again with the current parser; your corrections are kept"
        data-testid="reparse-clipping"
      >
        Re-parse
      </button>
    </>
  );
}

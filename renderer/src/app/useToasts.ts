/** Short-lived messages: import reports, exports, failures. Errors stay until dismissed. */
import { useCallback, useMemo, useRef, useState } from 'react';

export type ToastTone = 'info' | 'success' | 'error';

/** A choice offered on a line (the import's "same article as"): it resolves to what was done. */
export interface ToastAction {
  label: string;
  testId?: string;
  run(): Promise<string>;
}

export interface ToastLine {
  text: string;
  tone: ToastTone;
  /** What the line is about, for tests and styling: 'imported' | 'duplicate' | 'failed' … */
  kind?: string;
  /** Choices on this line; a toast that offers any stays until it is dismissed. */
  actions?: ToastAction[];
}

export interface Toast {
  id: number;
  title: string;
  tone: ToastTone;
  lines: ToastLine[];
  testId?: string;
}

export interface Toasts {
  items: Toast[];
  show(toast: Omit<Toast, 'id'>): void;
  dismiss(id: number): void;
}

const LIFETIME_MS = 7000;

export function useToasts(): Toasts {
  const [items, setItems] = useState<Toast[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setItems((all) => all.filter((t) => t.id !== id)), []);
  const show = useCallback(
    (toast: Omit<Toast, 'id'>) => {
      const id = nextId.current++;
      setItems((all) => [...all.slice(-3), { ...toast, id }]);
      const waitsForChoice = toast.lines.some((line) => (line.actions?.length ?? 0) > 0);
      if (toast.tone !== 'error' && !waitsForChoice) setTimeout(() => dismiss(id), LIFETIME_MS);
    },
    [dismiss],
  );
  return useMemo(() => ({ items, show, dismiss }), [items, show, dismiss]);
}

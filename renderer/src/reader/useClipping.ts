/** The clipping open in the reader, reloaded when it or the archive changes. */
import { useEffect, useState } from 'react';
import type { ApiError, Clipping, ClippingBridge } from '../../../preload/api/index.ts';

export interface OpenClipping {
  clipping: Clipping | null;
  error: ApiError | null;
  /** Replaces the shown clipping with what an edit returned, without a round trip. */
  replace(next: Clipping): void;
}

interface Loaded {
  clipping: Clipping | null;
  error: ApiError | null;
}

export function useClipping(api: ClippingBridge, id: number | null, revision: number): OpenClipping {
  const [loaded, setLoaded] = useState<Loaded>({ clipping: null, error: null });
  useEffect(() => {
    if (id === null) return;
    let current = true;
    void api.get(id).then((result) => {
      if (!current) return;
      setLoaded(result.ok ? { clipping: result.value, error: null } : { clipping: null, error: result.error });
    });
    return () => {
      current = false;
    };
  }, [api, id, revision]);
  // The previous clipping stays on screen while the next one loads, so the reader does not flash.
  const shown = id === null ? { clipping: null, error: null } : loaded;
  return { ...shown, replace: (next) => setLoaded({ clipping: next, error: null }) };
}

/**
 * What the host pushes: index progress (shown, and a cue to re-run the search once new
 * clippings are searchable), archive changes made elsewhere, and menu commands.
 */
import { useEffect, useRef, useState } from 'react';
import type { AppCommand, ClippingBridge, IndexProgress } from '../../../preload/api/index.ts';

interface Handlers {
  onArchiveChanged(): void;
  onCommand(command: AppCommand): void;
  /** The browser extension's "Open in Clipdesk": show this clipping. */
  onShowClipping?(id: number): void;
}

export function useHostEvents(api: ClippingBridge, handlers: Handlers): IndexProgress | null {
  const [progress, setProgress] = useState<IndexProgress | null>(null);
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    let current = true;
    let lastReadyRevision = -1;
    const onProgress = (p: IndexProgress): void => {
      setProgress(p);
      if (p.state === 'ready' && p.revision !== lastReadyRevision) {
        // Results computed before this revision was searchable may be missing clippings.
        if (lastReadyRevision !== -1) latest.current.onArchiveChanged();
        lastReadyRevision = p.revision;
      }
    };
    void api.indexStatus().then((r) => {
      if (current && r.ok) onProgress(r.value);
    });
    const offs = [
      api.on('indexProgress', (p) => {
        if (current) onProgress(p);
      }),
      api.on('archiveChanged', () => latest.current.onArchiveChanged()),
      api.on('command', (c) => latest.current.onCommand(c)),
      api.on('showClipping', ({ id }) => latest.current.onShowClipping?.(id)),
    ];
    return () => {
      current = false;
      for (const off of offs) off();
    };
  }, [api]);

  return progress;
}

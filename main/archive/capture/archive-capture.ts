/**
 * Browser capture as the archive offers it: the narrow CaptureService the endpoint (main/capture)
 * is handed, and what Settings shows of it (the endpoint's state, the paired browsers, a new
 * pairing code, revoking). A clip is imported as an MHTML file through the same ingest as a
 * dropped file, with its tags, and announced like any import.
 */
import type { CaptureStatus, ClippingEvents, ImportOutcome, PairingCode } from '../../../preload/api/index.ts';
import type { EventHub } from '../events.ts';
import type { importOne } from '../importing.ts';
import type { SearchIndex } from '../search/index.ts';
import type { ArchiveStore } from '../store/store.ts';
import { captureFile } from './capture-file.ts';
import { findCapturedTwin, type CaptureOutcome, type CaptureService } from './capturing.ts';
import { PairingBook } from './pairing.ts';

/** The loopback port the extension looks for Clipdesk on, unless both are told another. */
export const DEFAULT_CAPTURE_PORT = 47615;

type ImportOne = typeof importOne;

export class ArchiveCapture implements CaptureService {
  private readonly pairings: PairingBook;
  private endpoint: { port: number; listening: boolean; problem: string | null } = { port: DEFAULT_CAPTURE_PORT, listening: false, problem: 'Browser capture is not running in this window.' };

  private readonly store: ArchiveStore;
  private readonly index: SearchIndex;
  private readonly events: EventHub<ClippingEvents>;
  private readonly importer: () => Promise<ImportOne>;

  constructor(store: ArchiveStore, index: SearchIndex, events: EventHub<ClippingEvents>, importer: () => Promise<ImportOne>) {
    this.store = store;
    this.index = index;
    this.events = events;
    this.importer = importer;
    this.pairings = new PairingBook(store);
  }

  /** The shell reports whether its endpoint listens (another Clipdesk may hold the port). */
  setEndpoint(port: number, listening: boolean, problem: string | null = null): void {
    this.endpoint = { port, listening, problem };
  }

  status(): CaptureStatus {
    return { ...this.endpoint, pairings: this.pairings.list() };
  }

  startPairing(): PairingCode {
    return this.pairings.start(this.endpoint.port);
  }

  revoke(id: number): boolean {
    return this.pairings.revoke(id);
  }

  pair(code: string, origin: string, label: string): { key: string } | { refused: string } {
    const paired = this.pairings.pair(code, origin, label);
    return 'key' in paired ? { key: paired.key } : paired;
  }

  verify(key: string | undefined, origin: string | undefined): boolean {
    return this.pairings.verify(key, origin) !== null;
  }

  async capture(request: Parameters<CaptureService['capture']>[0]): Promise<CaptureOutcome> {
    const importOne = await this.importer();
    const file = captureFile(request, new Date());
    const outcome: ImportOutcome = await importOne(this.store, this.index, file, request.tags, undefined, (parsed) => findCapturedTwin(this.store, request.url, parsed, request.selectionHtml !== null));
    if (outcome.status === 'imported') this.events.emit('archiveChanged', { revision: this.store.revision() });
    const clipping = outcome.id === null ? null : this.store.get(outcome.id);
    return {
      status: outcome.status,
      id: outcome.id,
      title: clipping?.title ?? outcome.title,
      source: clipping?.source ?? null,
      publishedAt: clipping?.publishedAt ?? null,
      images: clipping?.images.filter((i) => i.stored).length ?? 0,
      message: outcome.message,
    };
  }

  show(id: number): boolean {
    if (!this.store.get(id)) return false;
    this.events.emit('showClipping', { id });
    return true;
  }
}

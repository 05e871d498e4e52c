/**
 * What the extension sends to Clipdesk's capture endpoint and what it gets back. Clipdesk checks
 * every field again (main/capture/capture-protocol.ts); this copy keeps the extension free of app code.
 */
export const CAPTURE_PATHS = {
  status: '/capture/v1/status',
  pair: '/capture/v1/pair',
  clip: '/capture/v1/clip',
  open: '/capture/v1/open',
} as const;

/** Where Clipdesk listens unless Settings in both say otherwise. */
export const DEFAULT_PORT = 47615;

export type ClipMode = 'page' | 'selection';

export interface ClipRequest {
  url: string;
  title: string;
  html: string;
  selectionHtml: string | null;
  images: { url: string; data: string }[];
  tags: string[];
}

/** What Clipdesk understood of a clip. */
export interface ClipOutcome {
  status: 'imported' | 'duplicate' | 'failed';
  id: number | null;
  title: string | null;
  source: string | null;
  publishedAt: string | null;
  images: number;
  message: string | null;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

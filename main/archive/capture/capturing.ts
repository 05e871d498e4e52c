/**
 * What the capture endpoint may ask of the archive, and nothing more: pair with a code, check a
 * key, add a clip, show a clipping. It never reads the archive back to the browser beyond what
 * Clipdesk understood of the clip just sent (title, source, date), so a paired extension, or
 * whatever stole its key, can add clippings but never read them.
 */
import type { ImportOutcome, ParsedClipping } from '../../../preload/api/index.ts';
import type { ArchiveStore } from '../store/store.ts';
import { nearDuplicateKey } from '../store/near-duplicates.ts';
import { SELECTION_SUFFIX, type CaptureRequest } from './capture-file.ts';

/** What the extension is told about its clip: enough to show it was understood, nothing else. */
export interface CaptureOutcome {
  status: ImportOutcome['status'];
  id: number | null;
  title: string | null;
  source: string | null;
  publishedAt: string | null;
  images: number;
  message: string | null;
}

/** The narrow service the capture endpoint is given (the archive implements it). */
export interface CaptureService {
  pair(code: string, origin: string, label: string): { key: string } | { refused: string };
  verify(key: string | undefined, origin: string | undefined): boolean;
  capture(request: CaptureRequest): Promise<CaptureOutcome>;
  /** Asks the app's window to show the clipping; false when there is no such clipping. */
  show(id: number): boolean;
}

const TRACKING = /^(?:utm_[a-z]+|fbclid|gclid|mc_[a-z]+|ocid|cmpid|ref|smid|sr_share)$/i;

/** A page's address as clips of it are compared: no fragment, no tracking parameters, no trailing slash. */
function comparableUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    for (const key of [...parsed.searchParams.keys()]) if (TRACKING.test(key)) parsed.searchParams.delete(key);
    parsed.hostname = parsed.hostname.toLowerCase().replace(/^www\./, '');
    return parsed.href.replace(/\/$/, '');
  } catch {
    return url;
  }
}

/**
 * The clipping this clip repeats: one outside the Trash from the same page (address compared
 * without tracking and fragments: the address the browser was at, or the article's own address
 * the page names, which is what a clipping keeps) with the same headline or the same opening
 * words. A clip of a selection repeats only a clipping with the same opening words: another
 * passage of a page already kept is a clipping of its own.
 */
export function findCapturedTwin(store: ArchiveStore, url: string, parsed: ParsedClipping, selection: boolean): { id: number; title: string } | null {
  const wanted = new Set([url, parsed.url].filter((u): u is string => !!u).map(comparableUrl));
  const key = nearDuplicateKey(parsed.body);
  const hosts = new Set<string>();
  for (const address of wanted) {
    try {
      hosts.add(new URL(address).hostname);
    } catch {
      // not an address: nothing of it to compare
    }
  }
  const rows = [...hosts].flatMap(
    (host) =>
      store.read((db) =>
        db
          .prepare("SELECT c.id, c.title, c.url, c.near_key, o.name FROM clippings c JOIN originals o ON o.id = c.original_id WHERE c.trashed_at IS NULL AND c.url LIKE ? ESCAPE '\\'")
          .all(`%${host.replace(/[%_\\]/g, '\\$&')}%`),
      ) as { id: number; title: string; url: string; near_key: string | null; name: string }[],
  );
  // A selection repeats a clipping with the same opening words; a page, the page clipped whole before.
  const twin = rows.find((r) => {
    if (!wanted.has(comparableUrl(r.url))) return false;
    const sameWords = key !== '' && r.near_key === key;
    return selection ? sameWords : !r.name.endsWith(SELECTION_SUFFIX) && (r.title === parsed.title || sameWords);
  });
  return twin ? { id: twin.id, title: twin.title } : null;
}

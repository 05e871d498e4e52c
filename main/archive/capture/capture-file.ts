/**
 * A clip from the browser becomes a file like any other: an MHTML archive ("Save as single
 * file") of the page as it was rendered, with the images the extension fetched as parts. So it
 * goes through the same ingest as a dropped .mhtml, its original is kept byte for byte, and a
 * re-parse reads it again. A clip of a selection is the selected passage inside the page's head
 * (its title, metadata and JSON-LD), so the clipping still knows its source, date and authors.
 */
import type { ImportFile } from '../../../preload/api/index.ts';

export interface CapturedImage {
  /** The address the page used for it (absolute). */
  url: string;
  data: Uint8Array;
}

export interface CaptureRequest {
  /** The page's address. */
  url: string;
  /** The tab's title. */
  title: string;
  /** document.documentElement.outerHTML after the page's scripts ran. */
  html: string;
  /** The selected passage as HTML, for a clip of a selection; null for the whole page. */
  selectionHtml: string | null;
  images: CapturedImage[];
  tags: string[];
}

const BOUNDARY = '----=_ClipdeskCapture_boundary';
const wrap = (base64: string): string => base64.replace(/.{1,76}/g, '$&\r\n');
/** A header value on one line: no line breaks can smuggle in another header. */
const headerValue = (text: string): string => text.replace(/[\r\n]+/g, ' ').slice(0, 2000);

/** The selected passage inside the page's own head: what the parser needs to know its source. */
function selectionPage(html: string, selectionHtml: string): string {
  const head = /<head[\s>][\s\S]*?<\/head>/i.exec(html)?.[0] ?? '<head></head>';
  return `<!doctype html><html>${head}<body><article>${selectionHtml}</article></body></html>`;
}

/** How the file of a clip of a selection is named: the duplicate check tells selections from pages by it. */
export const SELECTION_SUFFIX = ' (selection).mhtml';

/** The file name a clip is kept under: its title, made safe, as an .mhtml. */
function fileName(title: string, selection: boolean): string {
  const base = title.replace(/[\\/:*?"<>|]+|\p{Cc}+/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 100) || 'Clipped page';
  return `${base}${selection ? SELECTION_SUFFIX : '.mhtml'}`;
}

export function captureFile(request: CaptureRequest, capturedAt: Date): ImportFile {
  const page = request.selectionHtml === null ? request.html : selectionPage(request.html, request.selectionHtml);
  const parts = [
    `--${BOUNDARY}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\nContent-Location: ${headerValue(request.url)}\r\n\r\n${wrap(Buffer.from(page, 'utf8').toString('base64'))}`,
    ...request.images.map(
      (image) => `--${BOUNDARY}\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\nContent-Location: ${headerValue(image.url)}\r\n\r\n${wrap(Buffer.from(image.data).toString('base64'))}`,
    ),
  ];
  const head =
    `From: <Saved by Clipdesk>\r\nSnapshot-Content-Location: ${headerValue(request.url)}\r\nSubject: ${headerValue(request.title)}\r\n` +
    `Date: ${capturedAt.toUTCString()}\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related; type="text/html"; boundary="${BOUNDARY}"\r\n\r\n`;
  return { name: fileName(request.title, request.selectionHtml !== null), data: new TextEncoder().encode(`${head}${parts.join('\r\n')}\r\n--${BOUNDARY}--\r\n`) };
}

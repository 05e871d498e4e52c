/**
 * MHTML ("Save as single file", .mhtml/.mht): a MIME multipart/related message whose first
 * text/html part is the page. We decode that part (quoted-printable or base64, in its charset) and
 * hand it on with its Content-Location as the page address. Its images are read by
 * images/page-resources.ts with the MIME helpers exported here.
 */
import { decodeBytes } from './decode.ts';

export interface MhtmlPage {
  html: string;
  url: string | null;
}

export interface MimePart {
  headers: Map<string, string>;
  body: string; // one character per byte (latin1)
}

/** Extracts the HTML page of an MHTML file; null when the file holds no text/html part. */
export function readMhtml(data: Uint8Array): MhtmlPage | null {
  const raw = new TextDecoder('latin1').decode(data);
  const top = splitHeaders(raw);
  const contentType = top.headers.get('content-type') ?? '';
  const snapshotUrl = top.headers.get('snapshot-content-location') ?? top.headers.get('content-location') ?? null;
  const parts = /multipart\//i.test(contentType) ? splitMultipart(top.body, parameter(contentType, 'boundary')) : [top];
  const htmlPart = parts.find((part) => /^text\/html\b/i.test(part.headers.get('content-type') ?? ''))
    ?? parts.find((part) => /<html[\s>]/i.test(part.body));
  if (!htmlPart) return null;
  const bytes = decodeTransfer(htmlPart.body, htmlPart.headers.get('content-transfer-encoding') ?? '');
  const charset = parameter(htmlPart.headers.get('content-type') ?? '', 'charset');
  return { html: decodeBytes(bytes, charset), url: htmlPart.headers.get('content-location') ?? snapshotUrl };
}

/** Headers (unfolded, lower-cased names) and the body after the first blank line. */
export function splitHeaders(text: string): MimePart {
  const match = /\r?\n\r?\n/.exec(text);
  const headerText = match ? text.slice(0, match.index) : text;
  const body = match ? text.slice(match.index + match[0].length) : '';
  const headers = new Map<string, string>();
  for (const line of headerText.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return { headers, body };
}

export function splitMultipart(body: string, boundary: string | null): MimePart[] {
  if (!boundary) return [];
  const delimiter = `--${boundary}`;
  return body
    .split(delimiter)
    .slice(1)
    .filter((chunk) => !chunk.startsWith('--'))
    .map((chunk) => splitHeaders(chunk.replace(/^\r?\n/, '')));
}

/** A parameter of a header value: `boundary="----=_NextPart"`, `charset=utf-8`. */
export function parameter(headerValue: string, name: string): string | null {
  const match = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(headerValue);
  return match ? (match[1] ?? match[2] ?? null) : null;
}

export function decodeTransfer(body: string, encoding: string): Uint8Array {
  const kind = encoding.trim().toLowerCase();
  if (kind === 'base64') return Uint8Array.from(Buffer.from(body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64'));
  if (kind === 'quoted-printable') return decodeQuotedPrintable(body);
  return Uint8Array.from(Buffer.from(body, 'latin1'));
}

function decodeQuotedPrintable(body: string): Uint8Array {
  const unfolded = body.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < unfolded.length; i++) {
    const char = unfolded[i] ?? '';
    const hex = unfolded.slice(i + 1, i + 3);
    if (char === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(unfolded.charCodeAt(i) & 0xff);
    }
  }
  return Uint8Array.from(bytes);
}

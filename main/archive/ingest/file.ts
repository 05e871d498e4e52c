/**
 * A file dropped on Clipdesk to a clipping: size and binary checks, decoding, format choice by
 * extension (then by content when the extension says nothing), parsing, and a clear IngestError
 * naming the file when any step finds nothing to import.
 */
import type { ParsedClipping } from '../../../preload/api/index.ts';
import { decodeBytes, describeBinary, headAsLatin1 } from './decode.ts';
import { IngestError } from './errors.ts';
import { parseHtmlClipping } from './html.ts';
import { readMhtml } from './mhtml.ts';
import { parseTextClipping } from './text.ts';

const MAX_FILE_BYTES = 50 * 1024 * 1024;

export type ClippingMediaType = 'text/plain' | 'text/html' | 'multipart/related';

const TEXT_EXTENSIONS = new Set(['txt', 'text', 'md', 'markdown', 'eml']);
const HTML_EXTENSIONS = new Set(['html', 'htm', 'xhtml', 'shtml']);
const MHTML_EXTENSIONS = new Set(['mhtml', 'mht']);

/** The format of a clipping file: by extension, else by what its first bytes look like. */
export function mediaTypeOf(name: string, data: Uint8Array): ClippingMediaType {
  const extension = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  if (MHTML_EXTENSIONS.has(extension)) return 'multipart/related';
  if (HTML_EXTENSIONS.has(extension)) return 'text/html';
  if (TEXT_EXTENSIONS.has(extension)) return 'text/plain';
  const head = headAsLatin1(data, 2048).replace(/^\ufeff|^\u00ef\u00bb\u00bf/, '').trimStart();
  if (/^(?:mime-version:|from:|subject:|date:|content-type:\s*multipart\/related)/i.test(head) && /multipart\/related/i.test(head)) {
    return 'multipart/related';
  }
  if (/^(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml[^>]*>\s*<html)/i.test(head)) return 'text/html';
  return 'text/plain';
}

export function parseClippingFile(name: string, data: Uint8Array): ParsedClipping {
  if (data.byteLength > MAX_FILE_BYTES) {
    const megabytes = (data.byteLength / (1024 * 1024)).toFixed(1);
    throw new IngestError('unsupported-file', name, `"${name}" is ${megabytes} MB, more than the 50 MB Clipdesk reads: save the article alone (or copy its text) and import that.`);
  }
  if (data.byteLength === 0) {
    throw new IngestError('parse-failed', name, `"${name}" is empty: there is no text to import.`);
  }
  const binary = describeBinary(data);
  if (binary) {
    throw new IngestError('unsupported-file', name, `"${name}" is not a text or web page file (it looks like ${binary}).`);
  }
  const mediaType = mediaTypeOf(name, data);
  const parsed = parseAs(name, mediaType, data);
  if (parsed.body.length === 0) {
    throw new IngestError('parse-failed', name, `"${name}" has no recognisable article text.`);
  }
  return parsed;
}

function parseAs(name: string, mediaType: ClippingMediaType, data: Uint8Array): ParsedClipping {
  if (mediaType === 'multipart/related') {
    const page = readMhtml(data);
    if (!page) {
      throw new IngestError('parse-failed', name, `"${name}" is not a readable web archive: it holds no HTML page. Save the page again as "Webpage, Single File" or as HTML.`);
    }
    requireText(name, page.html, true);
    return parseHtmlClipping(page.html, page.url ?? undefined);
  }
  const text = decodeBytes(data);
  requireText(name, text, mediaType === 'text/html');
  return mediaType === 'text/html' ? parseHtmlClipping(text) : parseTextClipping(text);
}

function requireText(name: string, text: string, markup: boolean): void {
  const visible = markup ? text.replace(/<(script|style)[\s\S]*?<\/\1>|<[^>]*>/gi, '') : text;
  if (visible.trim() === '') {
    throw new IngestError('parse-failed', name, `"${name}" is empty: there is no text to import.`);
  }
}

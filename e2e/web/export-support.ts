/**
 * Helpers for the export specs: clippings imported straight through the browser host's API (as
 * the renderer's bridge would send them), and PDFs read back with poppler's pdftotext.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { API_PREFIX, TOKEN_HEADER, decodeWire, encodeWire } from '../../preload/wire.ts';
import type { WebHost } from './web-host.ts';

const run = promisify(execFile);

/** Imports a text clipping through the host's HTTP API; throws with the host's message when it fails. */
export async function importTextViaApi(host: WebHost, text: string, name: string): Promise<void> {
  const response = await fetch(new URL(`${API_PREFIX}importText`, host.url), {
    method: 'POST',
    headers: { [TOKEN_HEADER]: host.token, 'content-type': 'application/json' },
    body: encodeWire({ args: [text, name] }),
  });
  const result = decodeWire(await response.text()) as { ok: boolean; error?: { message: string } };
  if (!result.ok) throw new Error(`importText ${name}: ${result.error?.message ?? response.status}`);
}

/** The PDF's text (all pages, or pages first..last), with runs of white space made one space. */
export async function pdfText(file: string, first?: number, last?: number): Promise<string> {
  const range = first ? ['-f', String(first), '-l', String(last ?? first)] : [];
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', ...range, file, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return stdout.replace(/\s+/g, ' ');
}

/** A plain-text clipping: title, blank line, paragraphs. */
export function textClipping(title: string, ...paragraphs: string[]): string {
  return [title, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
}

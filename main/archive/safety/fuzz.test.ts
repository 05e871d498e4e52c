/**
 * Fuzzing with fast-check: the text and HTML parsers, the file reader behind every supported
 * format, the query language (parser and the archive's search) and import through the archive
 * service. Nothing throws past its boundary (a parser may throw only its IngestError; the
 * service never rejects and never answers 'internal'), and no input takes more than
 * TIME_LIMIT_MS of CPU. FUZZ_RUNS=100000 makes the long run; the default keeps `npm test` quick.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openArchive, type Archive } from '../archive.ts';
import { type PdfEngine } from '../export/index.ts';
import { createChromiumPdfEngine } from '../../chromium/pdf-engine.ts';
import { IMPORT_EXTENSIONS } from '../importing.ts';
import { IngestError, parseClippingFile, parseHtmlClipping, parseTextClipping } from '../ingest/index.ts';
import { SAMPLE_FILE } from '../location.ts';
import { parseSearchQuery } from '../search/query/parse.ts';
import { checkArchiveFile } from './archive-check.ts';
import { crashClippingFile } from './crash-clippings.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const TIME_LIMIT_MS = 2000;
/** The long run may take hours; the default run stays within Vitest's usual minute per test. */
const TEST_TIMEOUT = Math.max(120_000, RUNS * 3 * TIME_LIMIT_MS);

/**
 * The time one input took: CPU time of this process (what a runaway parser burns, and what does
 * not grow when other processes load the machine), and wall time with a looser bound for waits.
 */
function checkTime(cpuStart: NodeJS.CpuUsage, wallStart: number): void {
  const cpu = process.cpuUsage(cpuStart);
  expect((cpu.user + cpu.system) / 1000, 'CPU time for one input (ms)').toBeLessThan(TIME_LIMIT_MS);
  expect(performance.now() - wallStart, 'wall time for one input (ms)').toBeLessThan(TIME_LIMIT_MS * 5);
}

/** Runs one input, failing if it throws anything but `allowed` or takes longer than the limit. */
function bounded<T>(work: () => T, allowed?: new (...args: never[]) => Error): T | undefined {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  try {
    return work();
  } catch (error) {
    if (allowed && error instanceof allowed) return undefined;
    throw error;
  } finally {
    checkTime(cpu, wall);
  }
}

async function boundedAsync<T>(work: () => Promise<T>): Promise<T> {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  const value = await work();
  checkTime(cpu, wall);
  return value;
}

/** Pieces of hostile and broken markup, mixed with plain text and random strings. */
const MARKUP = fc.constantFrom(
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<svg/onload=alert(1)>', '<iframe src="javascript:alert(1)">', '<!--', '-->',
  '<![CDATA[', ']]>', '<p>', '</p>', '<div', '">', "'", '&#x3C;', '&lt;', '&', '<meta charset="shift_jis">', '<meta property="og:title" content="',
  '<title>', '</title>', '<h1>', '<article>', '<time datetime="9999-99-99">', '<a href="data:text/html,x">', '\u0000', '\uFEFF', '\uD800', '\r\n', '\t',
  'Content-Type: multipart/related; boundary="x"\r\n\r\n--x\r\n', '=3D', '=\r\n', 'By JANE DOE', 'Jan. 3, 2020', '© 2020', '(AP Photo/X)',
);
const hostileText = fc.array(fc.oneof(MARKUP, fc.string(), fc.string({ unit: 'binary' }), fc.lorem({ maxCount: 30, mode: 'sentences' })), { maxLength: 60 }).map((parts) => parts.join(' '));
const bytes = fc.oneof(fc.uint8Array({ maxLength: 4096 }), hostileText.map((t) => new TextEncoder().encode(t)));
const extension = fc.constantFrom(...IMPORT_EXTENSIONS, '', '.pdf', '.exe', '.HTML', '.txt.html');

describe('parsers under fuzzing', () => {
  it('parseTextClipping: never throws but IngestError, always well-formed, in time', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const parsed = bounded(() => parseTextClipping(text), IngestError);
        if (parsed) expect(parsed.body.every((p) => typeof p === 'string')).toBe(true);
      }),
      { numRuns: RUNS },
    );
  }, TEST_TIMEOUT);

  it('parseHtmlClipping: never throws but IngestError, in time, on hostile markup and addresses', () => {
    const url = fc.oneof(fc.constant(undefined), fc.webUrl(), fc.constantFrom('javascript:alert(1)', 'file:///etc/passwd', '::::', ''));
    fc.assert(
      fc.property(hostileText, url, (html, address) => {
        const parsed = bounded(() => parseHtmlClipping(`<html><body><article><h1>Title</h1><p>${html}</p></article></body></html>`, address), IngestError);
        // file: is kept on purpose by the ingest (a page saved from disk); nothing that could run is.
        if (parsed?.url) expect(parsed.url).toMatch(/^(https?|file):\/\//);
      }),
      { numRuns: RUNS },
    );
  }, TEST_TIMEOUT);

  it('parseClippingFile: random bytes under every supported extension throw only IngestError, in time', () => {
    fc.assert(
      fc.property(bytes, extension, fc.string({ maxLength: 20 }), (data, ext, stem) => {
        bounded(() => parseClippingFile(`${stem}${ext}`, data), IngestError);
      }),
      { numRuns: RUNS },
    );
  }, TEST_TIMEOUT);

  it('parseSearchQuery: any text is read, never thrown on, in time', () => {
    const query = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.array(fc.oneof(fc.constantFrom('tag:', 'source:', '-', '+', '"', '*', '~', '^', ':', 'title:', 'after:', 'before:2014-13-45', 'lang:', 'date:', '(', ')', 'AND', 'OR', 'NOT', '\\'), fc.string({ maxLength: 8 })), { maxLength: 30 }).map((p) => p.join('')),
    );
    fc.assert(fc.property(query, (text) => void bounded(() => parseSearchQuery(text))), { numRuns: RUNS * 5 });
  }, TEST_TIMEOUT);
});

describe('the archive service under fuzzing', () => {
  let dir: string;
  let archive: Archive;
  let pdfEngine: PdfEngine;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'clipdesk-fuzz-'));
    pdfEngine = createChromiumPdfEngine();
    archive = await openArchive(dir, { pdfEngine, host: 'browser', sampleFile: SAMPLE_FILE });
    await archive.importFiles([1, 2, 3].map(crashClippingFile));
  });
  afterAll(async () => {
    await archive.close();
    await pdfEngine.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('search: any query resolves, as results or a typed error, never "internal", in time', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), hostileText, fc.string({ unit: 'binary' })), async (text) => {
        const result = await boundedAsync(() => archive.search({ text }));
        if (!result.ok) expect(result.error.code, `${result.error.code}: ${result.error.message}`).not.toBe('internal');
      }),
      { numRuns: RUNS },
    );
  }, TEST_TIMEOUT);

  it('import: random bytes in every supported format are imported or refused with a reason; the archive stays whole', async () => {
    await fc.assert(
      fc.asyncProperty(bytes, extension, async (data, ext) => {
        const result = await boundedAsync(() => archive.importFiles([{ name: `fuzz${ext}`, data }]));
        expect(result.ok, result.ok ? '' : result.error.message).toBe(true);
        if (result.ok) {
          const [outcome] = result.value.outcomes;
          expect(['imported', 'duplicate', 'failed']).toContain(outcome!.status);
          if (outcome!.status === 'failed') expect(outcome!.message).toMatch(/fuzz/);
        }
      }),
      { numRuns: RUNS },
    );
    expect(checkArchiveFile(path.join(dir, 'archive.sqlite')).problems).toEqual([]);
  }, TEST_TIMEOUT);
});

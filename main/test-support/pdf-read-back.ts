/**
 * Test support: reads produced PDFs back through poppler-utils (pdftotext, pdfinfo, pdffonts,
 * pdftoppm, pdfimages), and keeps rendered pages for a person to look at (not used by the app).
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Where rendered pages are kept for a person to look at (gitignored). */
export const ARTIFACTS_DIR = join(import.meta.dirname, '../../test-results/artifacts/export');

/** Runs fn with the PDF written to a temporary file, removed afterwards. */
async function withPdfFile<T>(pdf: Uint8Array, fn: (path: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'clipdesk-export-'));
  try {
    const path = join(dir, 'out.pdf');
    await writeFile(path, pdf);
    return await fn(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function poppler(tool: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await run(tool, args, { maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new Error(`${tool} is missing: install poppler-utils (apt-get install poppler-utils).`, { cause: error });
    throw error;
  }
}

/** The PDF's text (all pages, or page `page` only), with whitespace collapsed so line breaks do not matter. */
export async function pdfText(pdf: Uint8Array, page?: number): Promise<string> {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  const text = await withPdfFile(pdf, (path) => poppler('pdftotext', [...range, '-enc', 'UTF-8', path, '-']));
  return text.replace(/\s+/g, ' ').trim();
}

export interface PdfInfo {
  pages: number;
  widthPts: number;
  heightPts: number;
  title: string;
  author: string;
  subject: string;
  keywords: string;
}

export async function pdfInfo(pdf: Uint8Array): Promise<PdfInfo> {
  const out = await withPdfFile(pdf, (path) => poppler('pdfinfo', ['-enc', 'UTF-8', path]));
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(out);
  const pages = /^Pages:\s+(\d+)/m.exec(out);
  if (!size || !pages) throw new Error(`pdfinfo output not understood:\n${out}`);
  return {
    pages: Number(pages[1]),
    widthPts: Number(size[1]),
    heightPts: Number(size[2]),
    title: /^Title:\s+(.*)$/m.exec(out)?.[1]?.trim() ?? '',
    author: /^Author:\s+(.*)$/m.exec(out)?.[1]?.trim() ?? '',
    subject: /^Subject:\s+(.*)$/m.exec(out)?.[1]?.trim() ?? '',
    keywords: /^Keywords:\s+(.*)$/m.exec(out)?.[1]?.trim() ?? '',
  };
}

export interface PdfFont {
  name: string;
  embedded: boolean;
  unicode: boolean;
}

/** The fonts pdffonts lists; `embedded` is its "emb" column, `unicode` its "uni" column (text extractable). */
export async function pdfFonts(pdf: Uint8Array): Promise<PdfFont[]> {
  const out = await withPdfFile(pdf, (path) => poppler('pdffonts', [path]));
  return out
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      // The columns after the name: type words, encoding, emb, sub, uni, object id, generation.
      const cols = line.trim().split(/\s+/);
      const [emb, , uni] = cols.slice(-5);
      return { name: cols[0] ?? '', embedded: emb === 'yes', unicode: uni === 'yes' };
    });
}

/** Renders page `page` to ARTIFACTS_DIR/<name>.png for a visual check; returns the PNG's path. */
export async function renderPagePng(pdf: Uint8Array, name: string, page = 1): Promise<string> {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  const base = join(ARTIFACTS_DIR, name);
  await withPdfFile(pdf, (path) =>
    poppler('pdftoppm', ['-png', '-r', '100', '-f', String(page), '-l', String(page), '-singlefile', path, base]),
  );
  return `${base}.png`;
}

/** Renders the given pages to `<dir>/<name>-<page>.png` for a visual check; returns the paths. */
export async function renderPagesPng(pdf: Uint8Array, dir: string, name: string, pages: readonly number[]): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  return withPdfFile(pdf, async (path) => {
    const out: string[] = [];
    for (const page of pages) {
      const base = join(dir, `${name}-${page}`);
      await poppler('pdftoppm', ['-png', '-r', '80', '-f', String(page), '-l', String(page), '-singlefile', path, base]);
      out.push(`${base}.png`);
    }
    return out;
  });
}

/** Which page each image drawing is on (pdfimages -list); an image cut by a page break is drawn on two. */
export async function pdfImagePages(pdf: Uint8Array): Promise<number[]> {
  const out = await withPdfFile(pdf, (path) => poppler('pdfimages', ['-list', path]));
  return out
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .filter((line) => line.trim().split(/\s+/)[2] === 'image') // not the soft masks of the same image
    .map((line) => Number(line.trim().split(/\s+/)[0]));
}

/** The images a PDF draws, as `pdfimages -list` reports them (width and height in pixels). */
export async function pdfImages(pdf: Uint8Array): Promise<{ page: number; width: number; height: number }[]> {
  const listing = await withPdfFile(pdf, (path) => poppler('pdfimages', ['-list', path]));
  return listing
    .split('\n')
    .slice(2)
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols.length > 4 && cols[2] === 'image')
    .map((cols) => ({ page: Number(cols[0]), width: Number(cols[3]), height: Number(cols[4]) }));
}

/**
 * Test support for the export tests (not used by the app): the reference clipping written out by
 * hand, and readers for produced PDFs through poppler-utils (pdftotext, pdfinfo, pdffonts, pdftoppm).
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { crc32, deflateSync } from 'node:zlib';
import type { Clipping } from '../../../preload/api/index.ts';

const run = promisify(execFile);

/** Where rendered pages are kept for a person to look at (gitignored). */
export const ARTIFACTS_DIR = join(import.meta.dirname, '../../../test-results/artifacts/export');

export const VOA_BODY = [
  'U.S. experts say North Korea’s recent dispatch of a special envoy to Russia is an attempt to ease diplomatic isolation by expanding ties with Moscow.',
  'Choe Ryong Hae, a high-ranking member of the North’s ruling Workers’ Party, wrapped up a week-long trip to Russia Monday.',
  'During the rare trip, Choe received a warm welcome when he met with Russian President Vladimir Putin and handed him a letter from North Korean leader Kim Jong Un. The contents of the letter are not known.',
  '"We maintain friendly relations with one of our neighbors, the Democratic People’s Republic of Korea," said the Russian president.',
  'Frank Jannuzi is the president of the Mansfield Foundation and a long-time North Korea watcher. He said easing diplomatic isolation, along with expansion of economic ties with Moscow, was one of the achievements of Choe’s trip.',
  'This report was produced in collaboration with the VOA Korean service.',
];

/** The VOA sample's fields, as the ingest part would produce them. */
export function voaClipping(overrides: Partial<Clipping> = {}): Clipping {
  return {
    id: 1,
    title: 'US Experts: N. Korean Envoy Sent to Russia to Ease Diplomatic Isolation',
    subtitle: null,
    authors: ['Jee Abbey Lee'],
    source: 'Voice of America',
    url: 'https://www.voanews.com/a/north-korean-envoy-russia/2530425.html',
    publishedAt: '2014-11-24',
    language: 'en',
    images: [
      {
        caption:
          'Russian Foreign Minister Sergey Lavrov, right, welcomes North Korea\'s special envoy Choe Ryong Hae during their meeting in Moscow, Russia, Nov. 20, 2014.',
        credit: 'AP Photo',
        src: 'https://gdb.voanews.com/lavrov-choe.jpg',
      },
    ],
    body: VOA_BODY,
    authorBio: {
      name: 'Jee Abbey Lee',
      text:
        'Jee Abbey Lee is a veteran broadcast journalist with more than 10 years of experience in TV, radio, and the web. She serves as Voice of America\'s social media correspondent and is an expert of millennial lifestyle.\n\n' +
        'Lee received her graduate degree from the Medill School of Journalism at Northwestern University. Prior to joining VOA, she worked at the Seoul bureau of CNN Travel and served as the chief Bank of Korea correspondent for Arirang TV.',
    },
    tags: ['dprk-russia', 'diplomacy'],
    importedAt: '2026-11-29T06:30:00.000Z',
    original: { name: 'voa-choe-ryong-hae-russia.txt', sha256: '0'.repeat(64), size: 4096, mediaType: 'text/plain' },
    ...overrides,
  };
}

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

/** A solid-colour RGB PNG of the given size as a data: URL, made here so the test needs no image file. */
export function pngDataUrl(width: number, height: number, rgb: [number, number, number]): string {
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const png = Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
  return `data:image/png;base64,${png.toString('base64')}`;
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

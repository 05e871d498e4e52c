/**
 * The export commands through the real CLI in a child Node process, on a temp archive: a dossier
 * by tag, by search and by IDs, Markdown files and JSON, each with --json output.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT, SAMPLE_FILE } from '../archive/location.ts';
import { pdfOutline, pdfPageTexts } from '../archive/export/pdf-read.ts';
import { generatedClipping } from '../test-support/generated-clippings.ts';

const run = promisify(execFile);
const CLI = path.join(PROJECT_ROOT, 'bin', 'clipdesk.mjs');
const VOA_TITLE = 'US Experts: N. Korean Envoy Sent to Russia to Ease Diplomatic Isolation';
let dir: string;
let archive: string;
let ids: number[] = [];

async function clipdesk(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, '--archive', archive, ...args], { env: { ...process.env, NO_COLOR: '1' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function json<T>(...args: string[]): Promise<T> {
  const r = await clipdesk('--json', ...args);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as T;
}

type Written = { written: { file: string; bytes: number }[] };
const pdfAt = (file: string): Uint8Array => new Uint8Array(readFileSync(file));

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'clipdesk-cli-export-'));
  archive = path.join(dir, 'archive');
  const files = [1, 2, 3].map((n) => {
    const g = generatedClipping(n);
    const file = path.join(dir, g.name);
    writeFileSync(file, g.text);
    return file;
  });
  const report = await json<{ outcomes: { id: number }[] }>('import', SAMPLE_FILE, '--tag', 'korea');
  const more = await json<{ outcomes: { id: number }[] }>('import', ...files);
  ids = [...report.outcomes, ...more.outcomes].map((o) => o.id);
}, 60_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('clipdesk export-pdf --dossier', () => {
  it('makes a dossier of the clippings with a tag', async () => {
    const out = path.join(dir, 'korea.pdf');
    const result = await json<Written>('export-pdf', '--dossier', '--title', 'Korea file', '--tag', 'korea', '--prepared-by', 'J. Analyst', '--out', out);
    expect(result.written).toEqual([{ file: out, bytes: readFileSync(out).byteLength }]);
    const texts = await pdfPageTexts(pdfAt(out));
    expect(texts[0]).toContain('Korea file');
    expect(texts[0]).toContain('From Clippings tagged “korea” Clippings 1');
    expect(texts[0]).toContain('Prepared by J. Analyst');
    expect((await pdfOutline(pdfAt(out))).map((o) => o.title)).toEqual([VOA_TITLE]);
  }, 60_000);

  it('makes a dossier of a search, or of IDs in the order given', async () => {
    const bySearch = path.join(dir, 'search.pdf');
    await json('export-pdf', '--dossier', '--title', 'Envoys', '--query', 'envoys', '--highlight', '--paper', 'Letter', '--out', bySearch);
    // "envoys" stems to "envoy": the three reports and the VOA sample's envoy.
    const found = (await pdfOutline(pdfAt(bySearch))).map((o) => o.title);
    expect(found.sort()).toEqual([...[1, 2, 3].map((n) => generatedClipping(n).title), VOA_TITLE].sort());

    const byIds = path.join(dir, 'ids.pdf');
    await json('export-pdf', '--dossier', '--title', 'Picked', '--order', 'selected', String(ids[3]), String(ids[0]), '--out', byIds);
    expect((await pdfOutline(pdfAt(byIds))).map((o) => o.title)).toEqual([generatedClipping(3).title, VOA_TITLE]);
  }, 60_000);

  it('explains what is missing or wrong', async () => {
    const noTitle = await clipdesk('export-pdf', '--dossier', '--tag', 'korea', '--out', path.join(dir, 'x.pdf'));
    expect(noTitle.code).toBe(2);
    expect(noTitle.stderr).toMatch(/A dossier needs a title/);
    const twoWays = await clipdesk('export-pdf', '--dossier', '--title', 'T', '--tag', 'korea', '1', '--out', path.join(dir, 'x.pdf'));
    expect(twoWays.stderr).toMatch(/Choose the clippings one way/);
    const nothing = await clipdesk('--json', 'export-pdf', '--dossier', '--title', 'T', '--tag', 'nobody', '--out', path.join(dir, 'x.pdf'));
    expect(nothing.code).toBe(1);
    expect(JSON.parse(nothing.stdout)).toMatchObject({ ok: false, error: { message: expect.stringContaining('no clippings') } });
  });
});

describe('clipdesk export-md and export-json', () => {
  it('writes a folder of Markdown files, or one file', async () => {
    const folder = path.join(dir, 'md');
    const result = await json<Written>('export-md', String(ids[0]), String(ids[1]), '--out', folder);
    expect(result.written).toHaveLength(2);
    expect(readdirSync(folder).sort()).toEqual(result.written.map((w) => path.basename(w.file)).sort());
    expect(readFileSync(result.written[0]!.file, 'utf8')).toMatch(/^---\ntitle: "US Experts/);

    const single = path.join(dir, 'all.md');
    await json('export-md', ...ids.map(String), '--single', '--title', 'All of it', '--out', single);
    const text = readFileSync(single, 'utf8');
    expect(text).toMatch(/^---\ntitle: "All of it"\n/);
    expect(text.match(/^## /gm)).toHaveLength(ids.length);
  });

  it('writes JSON with the contract field names', async () => {
    const out = path.join(dir, 'clippings.json');
    await json('export-json', String(ids[0]), '--out', out);
    const doc = JSON.parse(readFileSync(out, 'utf8')) as { clippings: Record<string, unknown>[] };
    expect(Object.keys(doc.clippings[0]!)).toEqual(expect.arrayContaining(['id', 'title', 'authors', 'source', 'publishedAt', 'language', 'images', 'body', 'authorBio', 'tags']));
    const missing = await clipdesk('export-json', '999', '--out', out);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no clipping 999/);
  });
});

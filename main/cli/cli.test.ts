import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT, SAMPLE_FILE } from '../archive/location.ts';

const run = promisify(execFile);
const CLI = path.join(PROJECT_ROOT, 'bin', 'clipdesk.mjs');
let archive: string;

/** Runs the real CLI in a child Node 24 process (the same Node that runs the tests). */
async function clipdesk(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, '--archive', archive, ...args], { env: { ...process.env, NO_COLOR: '1' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
const json = async (...args: string[]) => {
  const r = await clipdesk('--json', ...args);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Record<string, unknown>;
};

beforeAll(() => {
  archive = mkdtempSync(path.join(tmpdir(), 'clipdesk-cli-'));
});
afterAll(() => {
  rmSync(archive, { recursive: true, force: true });
});

describe('clipdesk CLI', () => {
  it('parses a file without storing it, with the contract field names', async () => {
    const parsed = await json('parse', SAMPLE_FILE);
    expect(parsed).toMatchObject({
      title: 'US Experts: N. Korean Envoy Sent to Russia to Ease Diplomatic Isolation',
      authors: ['Jee Abbey Lee'],
      source: 'Voice of America',
      language: 'en',
      images: [{ caption: expect.stringContaining('Sergey Lavrov'), credit: null }],
      authorBio: { name: 'Jee Abbey Lee', text: expect.stringContaining('Medill School of Journalism') },
    });
    expect(existsSync(path.join(archive, 'archive.sqlite'))).toBe(false);
  });

  it('imports, searches, shows, tags, lists and exports, each as one JSON document', async () => {
    const report = (await json('import', SAMPLE_FILE, '--tag', 'korea')) as { outcomes: { status: string; id: number }[] };
    expect(report.outcomes).toMatchObject([{ status: 'imported' }]);
    const id = report.outcomes[0]!.id;

    const again = (await json('import', SAMPLE_FILE)) as { outcomes: { status: string }[] };
    expect(again.outcomes[0]!.status).toBe('duplicate');

    const found = (await json('search', 'Jannuzi', '--limit', '5')) as { total: number; hits: { id: number; snippet: { mark: boolean; text: string }[] }[] };
    expect(found.total).toBe(1);
    expect(found.hits[0]!.snippet.some((p) => p.mark && /jannuzi/i.test(p.text))).toBe(true);

    const shown = await json('show', String(id));
    expect(Object.keys(shown)).toEqual(expect.arrayContaining(['id', 'title', 'authors', 'source', 'publishedAt', 'language', 'images', 'body', 'authorBio', 'tags']));
    expect((shown.body as string[]).at(-1)).toBe('This report was produced in collaboration with the VOA Korean service.');

    const tagged = await json('tag', String(id), '+dprk-russia', '-korea');
    expect(tagged.tags).toEqual(['dprk-russia']);
    const listed = (await json('list', '--tag', 'dprk-russia')) as { total: number };
    expect(listed.total).toBe(1);

    const out = path.join(archive, 'out.pdf');
    const exported = (await json('export-pdf', String(id), '--out', out)) as { written: { file: string }[] };
    expect(exported.written[0]!.file).toBe(out);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('prints errors on stderr with a non-zero exit', async () => {
    const missing = await clipdesk('show', '9999');
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/no clipping 9999/);

    // A query Lunr cannot read is searched as words, and the person is told how.
    const slip = await clipdesk('search', 'title:');
    expect(slip.code).toBe(0);
    expect(slip.stdout).toMatch(/^Note: .*title:word/);

    const usage = await clipdesk('frobnicate');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/Unknown command "frobnicate"/);

    const empty = path.join(archive, 'empty.txt');
    writeFileSync(empty, '');
    const failed = await clipdesk('--json', 'import', empty);
    expect(failed.code).toBe(1);
    expect(JSON.parse(failed.stdout).outcomes[0]).toMatchObject({ status: 'failed', message: expect.stringContaining('empty.txt') });
  });
});

/**
 * Smoke test of `npm run bench` at a tiny size: it runs end to end and prints one JSON document of
 * the documented shape for every engine. No timing is asserted: speed is measured, never tested.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

it('runs at 300 clippings and a small import, and prints the JSON report', () => {
  const cache = mkdtempSync(path.join(os.tmpdir(), 'clipdesk-bench-test-'));
  try {
    const out = execFileSync(process.execPath, [path.join(ROOT, 'scripts/bench.ts'), '--sizes', '300', '--json', '--queries', '200', '--cache', cache, '--import-files', '20', '--import-pages', '0', '--import-rounds', '1'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 480_000 });
    const report = JSON.parse(out) as {
      machine: Record<string, unknown>;
      results: Array<{ size: number; engines: Record<string, Record<string, unknown>>; ratiosVsFts5: Record<string, unknown> }>;
      imports: Record<string, Record<string, unknown>>;
    };
    expect(report.machine).toMatchObject({ nproc: expect.any(Number), cpu: expect.any(String), node: expect.any(String) });
    expect(report.results).toHaveLength(1);
    const [result] = report.results;
    expect(result?.size).toBe(300);
    const common = {
      queryP50Ms: expect.any(Number),
      queryP95Ms: expect.any(Number),
      queryP50SpreadMs: [expect.any(Number), expect.any(Number)],
      queriesTimed: expect.any(Number),
      errors: expect.any(Number),
      buildS: expect.any(Number),
      coldStartS: expect.any(Number),
      rssMB: expect.any(Number),
    };
    expect(result?.engines.clipdesk).toMatchObject({ ...common, addVisibleMs: expect.any(Number), eventLoopP99Ms: expect.any(Number) });
    expect(result?.engines.lunr).toMatchObject(common);
    expect(result?.engines.fts5).toMatchObject(common);
    // The same queries found things in every engine.
    for (const engine of ['clipdesk', 'lunr', 'fts5']) expect(result?.engines[engine]?.meanHits).toBeGreaterThan(0);
    expect(result?.ratiosVsFts5).toMatchObject({ queryP50: expect.any(Number), buildS: expect.any(Number), comparableQueries: expect.any(Number) });
    // Fuzzy queries have no FTS5 equivalent: FTS5 timed fewer queries, and the ratio is over those both ran.
    expect(result?.engines.fts5?.queriesTimed).toBeLessThan(200);
    expect(result?.ratiosVsFts5.comparableQueries).toBe(result?.engines.fts5?.queriesTimed);
    // Clipdesk answers every query (a malformed one is searched as words, with a note).
    expect(result?.engines.clipdesk).toMatchObject({ errors: 0, queriesTimed: 200 });
    const rate = { median: expect.any(Number), low: expect.any(Number), high: expect.any(Number) };
    expect(report.imports.text).toMatchObject({ files: 20, imported: 20, failed: 0, filesPerS: rate, parsePerS: rate, storePerS: rate, indexPerS: rate });
    expect(report.imports.pages).toMatchObject({ skipped: expect.any(String) });
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}, 540_000);

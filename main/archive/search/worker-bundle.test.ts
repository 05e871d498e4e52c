/**
 * The Electron build bundles main and the index worker (scripts/build.ts); the bundled SearchIndex
 * must find `index-worker.js` beside itself. Bundles both here, ESM as the build makes them and
 * CommonJS too, runs them in a fresh Node and checks the worker did the build: a missing worker
 * would show as a warning and a build on the main thread.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterEach, describe, expect, it } from 'vitest';
import { INDEX_WORKER_BUNDLE_NAME, INDEX_WORKER_ENTRY } from './index.ts';
import { resolveWorkerEntry } from './worker-client.ts';
import { makeTempDir } from '../../test-support/search-fixtures.ts';
import type { TempDir } from '../../test-support/search-fixtures.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const temps: TempDir[] = [];

afterEach(() => {
  for (const temp of temps.splice(0)) temp.remove();
});

const ENTRY = (searchModule: string): string => `
import { SearchIndex } from ${JSON.stringify(searchModule)};
async function main() {
  const warnings = [];
  const doc = { id: 1, title: 'Bundled volcano', authors: '', source: '', tags: '', captions: '', body: 'ash', bio: '' };
  const index = await SearchIndex.open({ dir: process.argv[2], revision: 1, loadDocs: () => [doc], onWarning: (m) => warnings.push(m) });
  const outcome = index.search('volcano');
  await index.close();
  console.log(JSON.stringify({ warnings, outcome }));
}
main();
`;

async function bundleAndRun(format: 'esm' | 'cjs'): Promise<{ temp: TempDir; result: { warnings: string[]; outcome: unknown } }> {
  const temp = makeTempDir();
  temps.push(temp);
  const entry = path.join(temp.root, 'entry.ts');
  writeFileSync(entry, ENTRY(path.join(projectRoot, 'main/archive/search/index.ts')));
  const outDir = path.join(temp.root, 'out', 'main');
  const mainFile = path.join(outDir, format === 'esm' ? 'main.mjs' : 'main.cjs');
  // Lunr is bundled in, unlike the app build: the temp folder has no node_modules to resolve it from.
  const common = { bundle: true, platform: 'node', target: 'node24', logLevel: 'silent' } as const;
  await build({ ...common, format, entryPoints: [entry], outfile: mainFile });
  await build({ ...common, format: 'esm', entryPoints: [path.join(projectRoot, INDEX_WORKER_ENTRY)], outfile: path.join(outDir, INDEX_WORKER_BUNDLE_NAME) });
  const run = spawnSync(process.execPath, [mainFile, temp.indexDir], { encoding: 'utf8', timeout: 30_000 });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return { temp, result: JSON.parse(run.stdout) as { warnings: string[]; outcome: unknown } };
}

describe('the index worker in a bundle', () => {
  it('is the source entry the build script bundles', () => {
    expect(existsSync(path.join(projectRoot, INDEX_WORKER_ENTRY))).toBe(true);
  });

  it('is found beside an ESM bundle and builds and saves the index', async () => {
    const { temp, result } = await bundleAndRun('esm');
    expect(result.warnings).toEqual([]);
    expect(result.outcome).toMatchObject({ ok: true, hits: [{ id: 1, terms: ['volcano'] }] });
    expect(existsSync(path.join(temp.indexDir, 'index.bin'))).toBe(true);
  });

  it('is found beside a CommonJS bundle too', async () => {
    const { result } = await bundleAndRun('cjs');
    expect(result.warnings).toEqual([]);
    expect(result.outcome).toMatchObject({ ok: true, hits: [{ id: 1 }] });
  });

  it('prefers a bundled index-worker.js to the TypeScript source', () => {
    const temp = makeTempDir();
    temps.push(temp);
    expect(fileURLToPath(resolveWorkerEntry(temp.root))).toBe(path.join(temp.root, 'index-worker.ts'));
    writeFileSync(path.join(temp.root, INDEX_WORKER_BUNDLE_NAME), '');
    expect(fileURLToPath(resolveWorkerEntry(temp.root))).toBe(path.join(temp.root, INDEX_WORKER_BUNDLE_NAME));
  });
});

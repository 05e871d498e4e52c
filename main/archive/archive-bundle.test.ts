/**
 * The desktop build splits the main bundle at the archive's dynamic imports (scripts/build.ts), so
 * parsing and export code load on first use rather than before the first search. Bundles the
 * archive service the same way, checks the entry imports none of the heavy packages itself, and
 * runs it in a fresh Node: open an archive, import a text (which loads the parsing chunk), find it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { INDEX_WORKER_BUNDLE_NAME, INDEX_WORKER_ENTRY } from './search/index.ts';
import { makeTempDir } from '../test-support/search-fixtures.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// Inside node_modules so that the bundle's external packages resolve from the project.
const outRoot = path.join(projectRoot, 'node_modules', '.cache', 'clipdesk-tests', `archive-bundle-${process.pid}`);
const archive = makeTempDir();

afterAll(() => {
  rmSync(outRoot, { recursive: true, force: true });
  archive.remove();
});

const ENTRY = (archiveModule: string): string => `
import { openArchive } from ${JSON.stringify(archiveModule)};
const engine = { htmlToPdf: () => Promise.reject(new Error('no printing here')), close: () => Promise.resolve() };
const archive = await openArchive(process.argv[2], { host: 'browser', pdfEngine: engine, sampleFile: '' });
const imported = await archive.importText('Lava reaches the sea\\n\\nBy Ana Ruiz\\n\\nThe volcano on the island sent lava into the sea on Tuesday, officials said.', 'lava.txt');
const found = await archive.search({ text: 'volcano', limit: 5 });
await archive.close();
console.log(JSON.stringify({ imported, found }));
`;

describe('the archive service in a split bundle', () => {
  it('leaves parsing and export packages out of the entry and loads them when a text is imported', async () => {
    mkdirSync(outRoot, { recursive: true });
    const entry = path.join(outRoot, 'entry.ts');
    writeFileSync(entry, ENTRY(path.join(projectRoot, 'main/archive/archive.ts')));
    const outDir = path.join(outRoot, 'out');
    const common = { bundle: true, platform: 'node', format: 'esm', target: 'node24', packages: 'external', logLevel: 'silent' } as const;
    await build({ ...common, entryPoints: { main: entry }, outdir: outDir, splitting: true, chunkNames: 'chunks/[name]-[hash]' });
    await build({ ...common, entryPoints: [path.join(projectRoot, INDEX_WORKER_ENTRY)], outfile: path.join(outDir, INDEX_WORKER_BUNDLE_NAME) });

    const main = readFileSync(path.join(outDir, 'main.js'), 'utf8');
    const staticImports = [...main.matchAll(/^import[^;]*?from\s+"([^"]+)"/gms)].map((m) => m[1]);
    for (const heavy of ['jsdom', 'compromise', '@mozilla/readability', 'playwright', 'pdfjs-dist/legacy/build/pdf.mjs']) expect(staticImports).not.toContain(heavy);
    expect(readdirSync(path.join(outDir, 'chunks')).some((name) => name.startsWith('importing-'))).toBe(true);

    const run = spawnSync(process.execPath, [path.join(outDir, 'main.js'), archive.root], { encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as { imported: { ok: boolean; value: { status: string; id: number } }; found: { ok: boolean; value: { total: number; hits: { id: number; title: string }[] } } };
    expect(result.imported).toMatchObject({ ok: true, value: { status: 'imported' } });
    expect(result.found.value.hits.map((h) => h.title)).toEqual(['Lava reaches the sea']);
  }, 90_000);
});

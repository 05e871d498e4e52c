/**
 * Builds the desktop app into out/: the renderer with Vite (out/renderer), then with esbuild the
 * Electron main (out/main/main.js, ESM), the search index and parse workers beside it
 * (out/main/index-worker.js and parse-worker.js, found there through main/archive/worker-entry.ts) and the sandboxed preload
 * (out/preload/preload.cjs, CommonJS because sandboxed preloads cannot be ES modules).
 *
 * Run by Node 24 directly: `node scripts/build.ts` (npm run build). `--no-renderer` rebuilds
 * only the Node parts, when only main or the preload changed.
 */
import { spawnSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { BuildOptions } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const at = (relative: string): string => path.join(root, relative);

function buildRenderer(): void {
  // Vite's own JS entry under the running Node (24), rather than the .bin shim, so the same
  // command works on Windows, where the shim is a .cmd file that spawn cannot run directly.
  const vite = at('node_modules/vite/bin/vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--config', at('renderer/vite.config.ts'), '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.error) throw new Error(`Could not start Vite (${vite}): ${result.error.message}`);
  if (result.status !== 0) throw new Error(`The renderer build failed (vite exited with ${result.status ?? result.signal}).`);
}

// Node code: dependencies stay in node_modules (packages: 'external'); electron-builder ships
// the production dependencies beside the bundle.
const nodeBundle: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  packages: 'external',
  external: ['electron'],
  sourcemap: true,
  logLevel: 'warning',
};

async function buildNodeParts(): Promise<void> {
  await Promise.all([
    build({
      ...nodeBundle,
      // Split at the core's dynamic imports, so parsing and export code (and jsdom, compromise,
      // pdf.js) load when first used, not before the window can answer its first search.
      entryPoints: { main: at('main/electron/main.ts') },
      outdir: at('out/main'),
      splitting: true,
      chunkNames: 'chunks/[name]-[hash]',
    }),
    build({ ...nodeBundle, entryPoints: [at('main/archive/search/index-worker.ts')], outfile: at('out/main/index-worker.js') }),
    // The parse workers of a many-file import (main/archive/ingest/parse-pool.ts), found beside main.js.
    build({ ...nodeBundle, entryPoints: [at('main/archive/ingest/parse-worker.ts')], outfile: at('out/main/parse-worker.js') }),
    build({
      // The sandboxed preload has no Node: it gets only Electron's renderer modules, so
      // everything but electron is bundled in.
      entryPoints: [at('preload/preload.ts')],
      outfile: at('out/preload/preload.cjs'),
      bundle: true,
      platform: 'browser',
      format: 'cjs',
      target: 'es2023',
      external: ['electron'],
      sourcemap: 'inline',
      logLevel: 'warning',
    }),
  ]);
}

async function main(): Promise<void> {
  const started = Date.now();
  await rm(at('out/main'), { recursive: true, force: true });
  await rm(at('out/preload'), { recursive: true, force: true });
  const withRenderer = !process.argv.includes('--no-renderer');
  if (withRenderer) buildRenderer();
  await buildNodeParts();
  const parts = 'out/main/main.js, out/main/index-worker.js, out/main/parse-worker.js and out/preload/preload.cjs';
  console.log(`Built ${withRenderer ? 'out/renderer, ' : ''}${parts} in ${Date.now() - started} ms.`);
}

main().catch((error: unknown) => {
  console.error(`Build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

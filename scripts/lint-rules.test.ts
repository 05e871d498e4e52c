/**
 * `npm run lint` fails on dead code and on import cycles (issue 14). Each check runs the real tool
 * with the project's own config over a small project made here, with one fault in it.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const BIN = path.join(ROOT, 'node_modules', '.bin');
const made: string[] = [];

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'clipdesk-lint-'));
  made.push(dir);
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'lint-probe', type: 'module', private: true }));
  writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', allowImportingTsExtensions: true, noEmit: true } }));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

function run(tool: string, args: string[], cwd: string): { status: number | null; output: string } {
  const result = spawnSync(path.join(BIN, tool), args, { cwd, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('knip with knip.jsonc', () => {
  const knip = (dir: string) => {
    copyFileSync(path.join(ROOT, 'knip.jsonc'), path.join(dir, 'knip.jsonc'));
    return run('knip', ['--directory', dir, '--no-config-hints'], dir);
  };

  it('fails on an export nobody imports and on a file nobody reaches, and passes without them', () => {
    const main = "import { used } from '../archive/parts.ts';\nconsole.log(used());\n";
    const faulty = project({
      'main/electron/main.ts': main,
      'main/archive/parts.ts':
        'export interface Shape { a: number }\nexport function used(): Shape { return { a: 1 }; }\nexport function neverUsed(): number { return 2; }\n',
      'main/archive/orphan.ts': 'export const orphan = 1;\n',
    });
    const found = knip(faulty);
    expect(found.status).not.toBe(0);
    expect(found.output).toContain('neverUsed');
    expect(found.output).toContain('main/archive/orphan.ts');

    // A type named in its own file's signatures may stay exported; the clean project passes.
    const clean = project({
      'main/electron/main.ts': main,
      'main/archive/parts.ts': 'export interface Shape { a: number }\nexport function used(): Shape { return { a: 1 }; }\n',
    });
    expect(knip(clean)).toMatchObject({ status: 0 });
  });
});

describe('dependency-cruiser with .dependency-cruiser.cjs', () => {
  const cruise = (dir: string) => run('depcruise', ['main', '--config', path.join(ROOT, '.dependency-cruiser.cjs')], dir);

  it('fails on an import cycle made only of type imports', () => {
    const dir = project({
      'main/a.ts': "import type { B } from './b.ts';\nexport interface A { b: B }\n",
      'main/b.ts': "import type { A } from './a.ts';\nexport interface B { a: A | null }\n",
    });
    const found = cruise(dir);
    expect(found.status).not.toBe(0);
    expect(found.output).toMatch(/no-circular: main\/(a|b)\.ts/);
  });

  it('passes when the shared shape has its own module', () => {
    const dir = project({
      'main/shapes.ts': 'export interface A { b: B }\nexport interface B { a: A | null }\n',
      'main/a.ts': "import type { A } from './shapes.ts';\nexport const a: A | null = null;\n",
      'main/b.ts': "import type { B } from './shapes.ts';\nexport const b: B | null = null;\n",
    });
    expect(cruise(dir)).toMatchObject({ status: 0 });
  });
});

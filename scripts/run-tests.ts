/**
 * `npm test`: type-check, lint, unit tests (Vitest) and end-to-end tests (Playwright), each run
 * even when an earlier one failed, so one run shows everything. Ends with the line CI reads:
 * `N passed, N failed` (with `, N skipped` when some were skipped).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const bin = (name: string) => `node_modules/.bin/${name}`;
let passed = 0;
let failed = 0;
let skipped = 0;
const failures: string[] = [];
/** What was skipped and why, printed before the summary so every skip shows its reason. */
const skips: string[] = [];

function step(name: string, command: string, args: string[]): boolean {
  process.stdout.write(`\n=== ${name}: ${command} ${args.join(' ')}\n`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status === 0;
}

function check(name: string, command: string, args: string[]): void {
  if (step(name, command, args)) passed++;
  else {
    failed++;
    failures.push(name);
  }
}

function readJson(file: string): Record<string, unknown> | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return null;
  }
}

interface E2eSuite {
  file?: string;
  specs?: { title: string; line?: number; tests: { status?: string; annotations?: { type: string; description?: string }[] }[] }[];
  suites?: E2eSuite[];
}

/** Each skipped Playwright test with the reason its test.skip gave. */
function e2eSkips(suites: E2eSuite[]): string[] {
  const out: string[] = [];
  for (const suite of suites) {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        if (test.status !== 'skipped') continue;
        const why = test.annotations?.find((a) => a.type === 'skip')?.description || 'no reason given';
        out.push(`${suite.file ?? ''}:${spec.line ?? ''} › ${spec.title}: ${why}`);
      }
    }
    out.push(...e2eSkips(suite.suites ?? []));
  }
  return out;
}

/** Skipped Vitest tests by file; their files print why when they skip (see the unit output above). */
function unitSkips(report: Record<string, unknown>): string[] {
  const files = (report.testResults ?? []) as { name: string; assertionResults?: { status: string }[] }[];
  return files.flatMap((file) => {
    const n = (file.assertionResults ?? []).filter((a) => a.status === 'pending' || a.status === 'skipped' || a.status === 'todo').length;
    return n ? [`${file.name.replace(`${process.cwd()}/`, '')}: ${n} test${n > 1 ? 's' : ''} (the file printed why above)`] : [];
  });
}

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

check('type-check (Node code)', bin('tsc'), ['-p', 'tsconfig.json']);
check('type-check (renderer)', bin('tsc'), ['-p', 'renderer/tsconfig.json']);
check('lint', bin('eslint'), ['.', '--max-warnings', '0']);

const unitOk = step('unit tests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/unit.json']);
const unit = readJson('test-results/unit.json');
if (unit) {
  passed += Number(unit.numPassedTests ?? 0);
  failed += Number(unit.numFailedTests ?? 0);
  skipped += Number(unit.numPendingTests ?? 0) + Number(unit.numTodoTests ?? 0);
  skips.push(...unitSkips(unit));
  if (!unitOk && Number(unit.numFailedTests ?? 0) === 0) {
    failed++; // a suite that failed to load counts as a failure
    failures.push('unit tests (a test file failed to load)');
  } else if (!unitOk) failures.push('unit tests');
} else {
  failed++;
  failures.push('unit tests (no report)');
}

const built = step('build renderer', bin('vite'), ['build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn']);
if (!built) {
  failed++;
  failures.push('renderer build');
} else {
  const e2eOk = step('end-to-end tests', bin('playwright'), ['test']);
  const e2e = existsSync('test-results/e2e.json') ? readJson('test-results/e2e.json') : null;
  const stats = (e2e?.stats ?? null) as Record<string, number> | null;
  if (stats) {
    passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
    failed += stats.unexpected ?? 0;
    skipped += stats.skipped ?? 0;
    skips.push(...e2eSkips((e2e?.suites ?? []) as E2eSuite[]));
    if (!e2eOk) failures.push('end-to-end tests');
    if (!e2eOk && !stats.unexpected) failed++;
  } else {
    failed++;
    failures.push('end-to-end tests (no report)');
  }
}

if (skips.length) process.stdout.write(`\nSkipped:\n${skips.map((line) => `  ${line}`).join('\n')}\n`);
if (failures.length) process.stdout.write(`\nFailed: ${failures.join('; ')}\n`);
process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
process.exitCode = failed > 0 ? 1 : 0;

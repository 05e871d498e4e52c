/**
 * Doyensec's Electronegativity, the static scanner behind Electron's security checklist, over
 * the shipped Electron code: main/electron (without tests and the test stand-in) and preload/,
 * scanned together so its global checks (CSP, navigation limits, permission handler) see both.
 * Every finding must be justified in .electronegativity.json, and every justification must
 * still match a finding. Runs offline (main/test-support/electronegativity-run.ts).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface Finding {
  id: string;
  file: string;
  line: number;
  severity: string;
  confidence: string;
  description: string;
}
interface Config {
  electronVersion: string;
  excludedChecks: { check: string; reason: string }[];
  justified: { check: string; file: string; reason: string }[];
}

const config = JSON.parse(readFileSync(path.join(root, '.electronegativity.json'), 'utf8')) as Config;
const scanDir = mkdtempSync(path.join(os.tmpdir(), 'clipdesk-electronegativity-'));
afterAll(() => rmSync(scanDir, { recursive: true, force: true }));

/** The code that ships: sources, not tests or the stand-in that plays Electron in tests. */
function copyShipped(from: string, to: string): number {
  mkdirSync(to, { recursive: true });
  const files = readdirSync(from).filter((f) => /\.(ts|cts|mts|js|cjs)$/.test(f) && !/\.test\.ts$/.test(f));
  for (const f of files) copyFileSync(path.join(from, f), path.join(to, f));
  return files.length;
}

function scan(): { checks: number; errors: number; issues: Finding[] } {
  const output = execFileSync(
    process.execPath,
    [path.join(root, 'main', 'test-support', 'electronegativity-run.ts'), scanDir, config.electronVersion, config.excludedChecks.map((c) => c.check).join(',')],
    { cwd: root, encoding: 'utf8', timeout: 120_000 },
  );
  // Its own chatter ("Could not retrieve updated translations") comes first; the JSON is the last line.
  return JSON.parse(output.trim().split('\n').at(-1)!) as { checks: number; errors: number; issues: Finding[] };
}

describe('Electronegativity over main/electron and preload/', () => {
  const shipped = copyShipped(path.join(root, 'main', 'electron'), path.join(scanDir, 'electron')) + copyShipped(path.join(root, 'preload'), path.join(scanDir, 'preload'));

  it('finds nothing that .electronegativity.json does not justify, and every justification is still needed', () => {
    expect(shipped).toBeGreaterThan(10);
    const result = scan();
    expect(result.checks).toBeGreaterThan(30);
    expect(result.errors, 'files the scanner could not parse').toBe(0);
    const key = (check: string, file: string): string => `${check} in ${file}`;
    const justified = new Set(config.justified.map((j) => key(j.check, j.file)));
    const found = new Set(result.issues.map((i) => key(i.id, i.file)));
    const unjustified = result.issues.filter((i) => !justified.has(key(i.id, i.file))).map((i) => `${key(i.id, i.file)}:${i.line} ${i.severity}/${i.confidence}: ${i.description}`);
    expect(unjustified).toEqual([]);
    expect([...justified].filter((j) => !found.has(j)), 'justifications no finding needs any more').toEqual([]);
    for (const j of [...config.justified, ...config.excludedChecks]) expect(j.reason.length, j.check).toBeGreaterThan(40);
  });
});

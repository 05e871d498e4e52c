/**
 * Runs Electronegativity (Doyensec's static scanner for Electron apps) over one folder and prints
 * its findings as JSON on the last line, for main/electron/electronegativity.test.ts.
 *
 * Offline by design: Electronegativity fetches translations and Electron's release list from
 * GitHub at every run. Here its HTTP client (`got`) fails at once instead, so a run without a
 * network neither waits nor crashes (got's retry timer throws after its promise settled); the
 * translations bundled with the package are used, and the release-list check is left out by the
 * caller (.electronegativity.json says why).
 *
 *   node electronegativity-run.ts DIR ELECTRON_VERSION [ExcludedCheck,...]
 */
import Module, { createRequire } from 'node:module';

type Load = (request: string, parent: unknown, isMain: boolean) => unknown;
const loader = Module as unknown as { _load: Load };
const originalLoad = loader._load;
loader._load = function load(request, parent, isMain) {
  if (request === 'got') return () => Promise.reject(new Error('offline: Clipdesk runs Electronegativity without the network'));
  return originalLoad.call(this, request, parent, isMain);
};

interface Issue {
  id: string;
  file: string;
  location: { line: number };
  severity: { name: string };
  confidence: { name: string };
  description: string;
}
type Run = (options: Record<string, unknown>) => Promise<{ globalChecks: number; atomicChecks: number; errors: unknown[]; issues: Issue[] }>;

const [input, electronVersion, excluded] = process.argv.slice(2);
const run = createRequire(import.meta.url)('@doyensec/electronegativity/dist/runner.js') as Run;
const result = await run({
  input,
  isRelative: true,
  electronVersionOverride: electronVersion,
  excludeFromScan: excluded ? excluded.split(',') : [],
  customScan: [],
  parserPlugins: [],
});
const issues = result.issues.map((issue) => ({
  id: issue.id,
  file: issue.file,
  line: issue.location.line,
  severity: issue.severity.name,
  confidence: issue.confidence.name,
  description: issue.description,
}));
process.stdout.write(`\n${JSON.stringify({ checks: result.globalChecks + result.atomicChecks, errors: result.errors.length, issues })}\n`);

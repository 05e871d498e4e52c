/**
 * Starts the browser host (`node main/web/host.ts`) on an archive folder and waits for its
 * `CLIPDESK_READY {json}` line. Shared by the web end-to-end fixture and scripts/screenshot.ts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface WebHost {
  url: string;
  port: number;
  token: string;
  /** The capture endpoint's port; null when capture is off (the default for tests). */
  capturePort: number | null;
  /** Everything the host wrote, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

const READY_PREFIX = 'CLIPDESK_READY ';
const START_TIMEOUT_MS = 30_000;

/** Node 24 runs the host's .ts directly: this process when it is Node 24, else the `node` devDependency. */
function node24(): string {
  const major = Number(process.versions.node.split('.')[0]);
  if (major >= 24) return process.execPath;
  const local = path.join(PROJECT_ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'node.cmd' : 'node');
  if (existsSync(local)) return local;
  throw new Error(`The browser host needs Node 24 (this is ${process.version}) and ${local} is missing: run npm ci.`);
}

/** `capturePort`: '0' for a free port (reported as WebHost.capturePort); off unless asked, so hosts in parallel never contend for it. */
export async function startWebHost(archiveDir: string, options: { capturePort?: string } = {}): Promise<WebHost> {
  if (!existsSync(path.join(PROJECT_ROOT, 'out', 'renderer', 'index.html'))) {
    throw new Error('out/renderer is not built: run `npm run build:renderer` before the web end-to-end tests.');
  }
  const child = spawn(node24(), [path.join(PROJECT_ROOT, 'main', 'web', 'host.ts'), '--archive', archiveDir, '--port', '0', '--capture-port', options.capturePort ?? 'off'], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_NO_WARNINGS: '1' },
  });
  let log = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (log += chunk));

  const ready = await new Promise<{ url: string; port: number; token: string; capturePort: number | null }>((resolve, reject) => {
    let pending = '';
    const timer = setTimeout(() => fail(`did not print ${READY_PREFIX.trim()} within ${START_TIMEOUT_MS / 1000} s`), START_TIMEOUT_MS);
    const fail = (why: string): void => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`The browser host ${why}.\n${log}`));
    };
    child.stdout.on('data', (chunk: string) => {
      log += chunk;
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      const line = lines.find((l) => l.startsWith(READY_PREFIX));
      if (line) {
        clearTimeout(timer);
        try {
          resolve(JSON.parse(line.slice(READY_PREFIX.length)) as { url: string; port: number; token: string; capturePort: number | null });
        } catch (error) {
          fail(`printed an unreadable ready line (${String(error)})`);
        }
      }
    });
    child.on('exit', (code, signal) => fail(`exited before it was ready (code ${code}, signal ${signal})`));
    child.on('error', (error) => fail(`could not be started: ${error.message}`));
  });

  return { ...ready, output: () => log, stop: () => stopProcess(child) };
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

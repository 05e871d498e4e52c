/**
 * `npm start` after the build: launches the desktop app from the project folder, or, where
 * Electron's binary cannot be had, says so in one line and points to the browser host.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronMissingReason, findElectronBinary } from '../main/electron/electron-binary.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const binary = findElectronBinary(root);
if (binary === null) {
  console.error(electronMissingReason(root));
  process.exit(1);
}

// ELECTRON_RUN_AS_NODE would turn the app into a plain Node process; the app must never inherit it.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(binary, [root, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env });
child.on('error', (error) => {
  console.error(`Could not start Electron (${binary}): ${error.message}`);
  process.exit(1);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (!child.killed) child.kill(signal);
  });
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

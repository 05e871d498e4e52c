import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openArchive } from '../archive/archive.ts';
import { createChromiumPdfEngine } from '../chromium/pdf-engine.ts';
import { PROJECT_ROOT, SAMPLE_FILE, defaultArchiveDir } from '../archive/location.ts';
import { createDispatcher } from '../bridge/dispatch.ts';
import { createWebServer } from './server.ts';
import { capturePortFrom, startCaptureEndpoint } from '../capture/start-capture.ts';
import { describeOpenFailure } from '../archive/safety/storage-errors.ts';

/**
 * The browser host: `npm run web` (or `node main/web/host.ts --archive DIR --port N --capture-port N|off`).
 * Serves the built renderer and the archive API on 127.0.0.1 with a per-run token; PDFs are made
 * by Debian's Chromium. Prints `CLIPDESK_READY {json}` once listening, for scripts and tests.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      archive: { type: 'string' },
      port: { type: 'string', default: '0' },
      renderer: { type: 'string', default: path.join(PROJECT_ROOT, 'out', 'renderer') },
      'capture-port': { type: 'string' },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a number from 0 to 65535, not "${values.port}".`);
  const rendererDir = path.resolve(values.renderer);
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error(`The renderer is not built (${rendererDir} has no index.html): run \`npm run web\`, which builds it first.`);
  }
  const archiveDir = values.archive ? path.resolve(values.archive) : defaultArchiveDir();
  const pdfEngine = createChromiumPdfEngine();
  let archive;
  try {
    archive = await openArchive(archiveDir, { pdfEngine, host: 'browser', sampleFile: SAMPLE_FILE });
  } catch (error) {
    await pdfEngine.close();
    // A newer archive, another Clipdesk writing, a damaged file: one clear sentence, exit 1.
    throw new Error(describeOpenFailure(error, archiveDir), { cause: error });
  }
  const capturePort = capturePortFrom(values['capture-port']);
  const capture = capturePort === null ? null : await startCaptureEndpoint(archive.capture, capturePort);
  const token = randomBytes(24).toString('hex');
  const server = createWebServer({
    dispatch: createDispatcher(archive),
    subscribe: (event, listener) => archive.on(event, listener),
    rendererDir,
    token,
  });
  server.listen(port, '127.0.0.1', () => {
    const address = server.address();
    const actual = typeof address === 'object' && address ? address.port : port;
    const url = `http://127.0.0.1:${actual}/#token=${token}`;
    process.stdout.write(`CLIPDESK_READY ${JSON.stringify({ url, port: actual, token, archive: archiveDir, capturePort: capture?.port ?? null })}\n`);
    const captureLine = capture ? `Browser capture: 127.0.0.1:${capture.port}` : (archive.capture.status().problem ?? 'Browser capture is off.');
    process.stdout.write(`Clipdesk is running at ${url}\nArchive: ${archiveDir}\n${captureLine}\nPress Ctrl+C to stop.\n`);
  });
  let closing = false;
  const shutdown = async () => {
    if (closing) return;
    closing = true;
    server.closeAllConnections();
    server.close();
    await Promise.allSettled([capture?.close(), archive.close(), pdfEngine.close()]);
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
}

main().catch((error: unknown) => {
  process.stderr.write(`clipdesk web: ${(error as Error).message}\n`);
  process.exit(1);
});

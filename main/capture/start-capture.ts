/**
 * Starts the capture endpoint for a shell (the desktop app or the browser host) on 127.0.0.1 and
 * tells the archive how it went, which Settings shows: a port held by another program (a second
 * Clipdesk, say) leaves capture off here with that reason, and the app runs on.
 */
import type { Server } from 'node:http';
import type { ArchiveCapture } from '../archive/capture/archive-capture.ts';
import { DEFAULT_CAPTURE_PORT } from '../archive/capture/archive-capture.ts';
import { createCaptureServer } from './capture-server.ts';

export interface CaptureEndpoint {
  port: number;
  close(): Promise<void>;
}

/** The port asked for: `--capture-port`, else CLIPDESK_CAPTURE_PORT, else the default; 'off' for none. */
export function capturePortFrom(given: string | undefined): number | null {
  const text = (given ?? process.env.CLIPDESK_CAPTURE_PORT ?? String(DEFAULT_CAPTURE_PORT)).trim();
  if (text === 'off') return null;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`The capture port must be a number from 0 to 65535 or "off", not "${text}".`);
  return port;
}

export function startCaptureEndpoint(capture: ArchiveCapture, port: number): Promise<CaptureEndpoint | null> {
  const server: Server = createCaptureServer({ service: capture });
  return new Promise((resolve) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const reason = error.code === 'EADDRINUSE' ? `port ${port} is in use by another program (another Clipdesk?)` : `it could not listen on port ${port} (${error.code ?? error.message})`;
      capture.setEndpoint(port, false, `Browser capture is off in this window: ${reason}.`);
      resolve(null);
    });
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      capture.setEndpoint(actual, true);
      resolve({
        port: actual,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

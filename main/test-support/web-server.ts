import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDispatcher } from '../bridge/dispatch.ts';
import { createWebServer } from '../web/server.ts';
import { openTempArchive, type TempArchive } from './temp-archive.ts';

export interface Reply { status: number; headers: Record<string, string | string[] | undefined>; body: string }
export interface CallInit { method?: string; headers?: Record<string, string>; body?: string | Buffer[] }

/** The browser host's server on a real temp archive and a one-page renderer folder, on 127.0.0.1. */
export interface TestWebServer {
  t: TempArchive;
  rendererDir: string;
  port: number;
  /** One raw HTTP request with a loopback Host header unless the caller gives one; a body as chunks is streamed. */
  call(pathname: string, init?: CallInit): Promise<Reply>;
  close(): Promise<void>;
}

export async function startTestWebServer(options: { token: string; maxBodyBytes: number }): Promise<TestWebServer> {
  const t = await openTempArchive();
  const rendererDir = mkdtempSync(path.join(tmpdir(), 'clipdesk-renderer-'));
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Clipdesk</title>');
  const server = createWebServer({ dispatch: createDispatcher(t.archive), subscribe: (e, l) => t.archive.on(e, l), rendererDir, token: options.token, maxBodyBytes: options.maxBodyBytes });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const call = (pathname: string, init: CallInit = {}): Promise<Reply> =>
    new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: pathname, method: init.method ?? 'GET', headers: { host: `127.0.0.1:${port}`, ...init.headers } }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' || error.code === 'EPIPE' ? resolve({ status: -1, headers: {}, body: '' }) : reject(error)));
      if (Array.isArray(init.body)) {
        // Streamed (chunked, no Content-Length): the limit must hold while reading.
        for (const chunk of init.body) req.write(chunk);
        req.end();
      } else req.end(init.body);
    });
  const close = async (): Promise<void> => {
    await new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); });
    await t.dispose();
    rmSync(rendererDir, { recursive: true, force: true });
  };
  return { t, rendererDir, port, call, close };
}

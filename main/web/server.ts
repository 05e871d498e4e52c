import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import type { ClippingEvents, EventName } from '../../preload/api/index.ts';
import { EVENT_NAMES } from '../../preload/api/index.ts';
import { API_PREFIX, EVENTS_PATH, TOKEN_HEADER, decodeWire, encodeWire } from '../../preload/wire.ts';
import type { Dispatch } from '../bridge/dispatch.ts';
import { serveStatic } from './static.ts';

/** Largest API request body: a 50 MB page in base64 inside JSON, with room to spare. */
const MAX_BODY_BYTES = 80 * 1024 * 1024;

export interface WebServerOptions {
  dispatch: Dispatch;
  subscribe: <E extends EventName>(event: E, listener: (payload: ClippingEvents[E]) => void) => () => void;
  rendererDir: string;
  token: string;
  /** Largest request body accepted; MAX_BODY_BYTES unless a test says otherwise. */
  maxBodyBytes?: number;
}

function send(res: ServerResponse, status: number, body: string, type = 'application/json; charset=utf-8'): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(body);
}

function sendError(res: ServerResponse, status: number, code: string, message: string): void {
  send(res, status, encodeWire({ ok: false, error: { code, message } }));
}

function tokenMatches(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The browser host's HTTP server: the built renderer and the API, for 127.0.0.1 only. Every API
 * call needs the per-run token in a header (a page elsewhere cannot add it without CORS, which is
 * never granted), and the Host header must name loopback, so DNS rebinding cannot reach it.
 */
export function createWebServer(options: WebServerOptions): Server {
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendError(res, 500, 'internal', `Something went wrong inside Clipdesk: ${(error as Error).message}`);
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      return send(res, 421, 'Clipdesk only answers on 127.0.0.1.', 'text/plain; charset=utf-8');
    }
    const url = new URL(req.url ?? '/', `http://${host}`);
    if (!url.pathname.startsWith('/api/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', 'text/plain; charset=utf-8');
      return serveStatic(options.rendererDir, url.pathname, res);
    }
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `http://${host}`) {
      return sendError(res, 403, 'invalid-argument', 'Requests from other sites are refused.');
    }
    if (!tokenMatches(req.headers[TOKEN_HEADER], options.token)) {
      return sendError(res, 401, 'invalid-argument', 'This page is not allowed to use the archive: the access token is missing or wrong. Open the address printed by `npm run web`.');
    }
    if (url.pathname === EVENTS_PATH && req.method === 'GET') return streamEvents(res);
    if (req.method !== 'POST') return sendError(res, 405, 'invalid-argument', 'API calls are POST requests.');
    const limit = options.maxBodyBytes ?? MAX_BODY_BYTES;
    const declared = Number(req.headers['content-length'] ?? 0);
    const body = declared > limit ? null : await readBody(req, limit);
    if (body === null) {
      res.setHeader('connection', 'close');
      return sendError(res, 413, 'invalid-argument', `The request is larger than the ${(limit / 1024 / 1024).toFixed(0)} MB Clipdesk accepts.`);
    }
    let args: unknown;
    try {
      args = (decodeWire(body) as { args?: unknown }).args;
    } catch {
      return sendError(res, 400, 'invalid-argument', 'The request body is not valid JSON.');
    }
    if (!Array.isArray(args)) return sendError(res, 400, 'invalid-argument', 'The request body needs an "args" array.');
    const result = await options.dispatch(url.pathname.slice(API_PREFIX.length), args);
    send(res, 200, encodeWire(result));
  }

  function streamEvents(res: ServerResponse): void {
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write(': connected\n\n');
    const offs = EVENT_NAMES.map((name) =>
      options.subscribe(name, (payload) => res.write(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`)),
    );
    const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), 15_000);
    res.on('close', () => {
      clearInterval(keepAlive);
      offs.forEach((off) => off());
    });
  }

  return server;
}

/**
 * The capture endpoint: the second, narrow loopback surface, served by the desktop app and the
 * browser host alike. It accepts clips and nothing else: pairing with a one-time code, a clip,
 * "show this clipping", and a status ping. It never exposes the ClippingApi and can read nothing
 * back from the archive. Every request must come to 127.0.0.1 (Host checked: no DNS rebinding)
 * from a browser extension's origin (a web page cannot forge its Origin header), and every request
 * but pairing and the ping carries the key the pairing gave, valid only from the origin that paired.
 * Bodies are size-limited while they stream; no CORS is ever granted (extensions do not need it).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { CaptureService } from '../archive/capture/capturing.ts';
import { isExtensionOrigin } from '../archive/capture/pairing.ts';
import { MAX_IMAGE_BYTES } from '../archive/media/image-codec.ts';
import { CAPTURE_PATHS, MAX_CAPTURE_BYTES, captureRequestSchema, openRequestSchema, pairRequestSchema } from './capture-protocol.ts';

export interface CaptureServerOptions {
  service: CaptureService;
  /** Largest request body; MAX_CAPTURE_BYTES unless a test says otherwise. */
  maxBodyBytes?: number;
}

type Reply = { status: number; body: unknown };
const refuse = (status: number, code: string, message: string): Reply => ({ status, body: { ok: false, error: { code, message } } });
const answer = (value: unknown): Reply => ({ status: 200, body: { ok: true, value } });

function send(res: ServerResponse, reply: Reply): void {
  res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(JSON.stringify(reply.body));
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

const bearer = (req: IncomingMessage): string | undefined => /^Bearer ([A-Za-z0-9_-]{20,100})$/.exec(req.headers.authorization ?? '')?.[1];

export function createCaptureServer(options: CaptureServerOptions): Server {
  const limit = options.maxBodyBytes ?? MAX_CAPTURE_BYTES;
  const server = createServer((req, res) => {
    handle(req).then(
      (reply) => send(res, reply),
      (error: unknown) => send(res, refuse(500, 'internal', `Clipdesk could not take the clip: ${(error as Error).message}`)),
    );
  });

  async function handle(req: IncomingMessage): Promise<Reply> {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    if (req.headers.host !== `127.0.0.1:${port}` && req.headers.host !== `localhost:${port}`) return refuse(421, 'invalid-argument', 'Clipdesk only answers on 127.0.0.1.');
    const origin = req.headers.origin;
    if (!isExtensionOrigin(origin)) return refuse(403, 'forbidden', 'Only the Clipdesk browser extension may send clips here.');
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (!(Object.values(CAPTURE_PATHS) as string[]).includes(path)) return refuse(404, 'not-found', `There is no ${path} here: this endpoint only takes clips.`);
    // Everything is a POST: browsers leave the Origin header off an extension's GET.
    if (req.method !== 'POST') return refuse(405, 'invalid-argument', 'Clips are sent with POST.');
    if (path === CAPTURE_PATHS.status) return answer({ app: 'clipdesk', paired: options.service.verify(bearer(req), origin) });
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) return refuse(415, 'invalid-argument', 'Clips are sent as JSON.');
    if (path !== CAPTURE_PATHS.pair && !options.service.verify(bearer(req), origin)) {
      return refuse(401, 'unpaired', 'This browser is not paired with Clipdesk (or its pairing was revoked): pair it again with a code from Clipdesk\'s Settings.');
    }
    const declared = Number(req.headers['content-length'] ?? 0);
    const text = declared > limit ? null : await readBody(req, limit);
    if (text === null) {
      req.resume();
      return refuse(413, 'too-large', `The clip is larger than the ${Math.round(limit / 1024 / 1024)} MB Clipdesk takes.`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return refuse(400, 'invalid-argument', 'The request is not valid JSON.');
    }
    if (path === CAPTURE_PATHS.pair) {
      const parsed = pairRequestSchema.safeParse(json);
      if (!parsed.success) return refuse(400, 'invalid-argument', 'A pairing request has a code and a browser name.');
      const paired = options.service.pair(parsed.data.code, origin, parsed.data.browser);
      if ('refused' in paired) return refuse(403, paired.refused, PAIRING_REFUSALS[paired.refused] ?? 'Pairing was refused.');
      return answer({ key: paired.key });
    }
    if (path === CAPTURE_PATHS.open) {
      const parsed = openRequestSchema.safeParse(json);
      if (!parsed.success) return refuse(400, 'invalid-argument', 'Say which clipping to show.');
      return options.service.show(parsed.data.id) ? answer({ shown: parsed.data.id }) : refuse(404, 'not-found', `There is no clipping ${parsed.data.id}.`);
    }
    const parsed = captureRequestSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return refuse(400, 'invalid-argument', `The clip is not one Clipdesk can take (${issue?.path.join('.') || 'request'}: ${issue?.message ?? 'invalid'}).`);
    }
    const images = parsed.data.images.map((image) => ({ url: image.url, data: new Uint8Array(Buffer.from(image.data, 'base64')) }));
    const oversize = images.find((image) => image.data.byteLength > MAX_IMAGE_BYTES);
    if (oversize) return refuse(413, 'too-large', `The image ${oversize.url} is larger than the ${MAX_IMAGE_BYTES / 1024 / 1024} MB an image may be.`);
    return answer(await options.service.capture({ ...parsed.data, images }));
  }

  return server;
}

const PAIRING_REFUSALS: Record<string, string> = {
  'no-code': 'Clipdesk is not waiting for a pairing: open Settings, Browser capture, and press "Pair a browser" for a code.',
  expired: 'That code has expired: make a new one in Clipdesk\'s Settings.',
  'wrong-code': 'That is not the code Clipdesk shows. After five wrong tries a new code is needed.',
  'bad-origin': 'Only the Clipdesk browser extension can pair.',
};

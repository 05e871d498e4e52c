/**
 * The capture endpoint against a real archive over real HTTP: pairing, clips of a page and of a
 * selection with their photos, duplicates, and every refusal (no key, wrong key, wrong origin,
 * a web page's origin, wrong Host, oversize, revoked, anything but a clip).
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newsPage, NEWS_PARAGRAPHS, type NewsPage } from '../test-support/news-pages.ts';
import { okValue as value, openTempArchive, type TempArchive } from '../test-support/temp-archive.ts';
import { CAPTURE_PATHS } from './capture-protocol.ts';
import { startCaptureEndpoint, type CaptureEndpoint } from './start-capture.ts';
import { createCaptureServer } from './capture-server.ts';

const EXTENSION = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
const OTHER_EXTENSION = 'moz-extension://0b6d6a59-2b1e-4f43-9d3a-3f6c1b2a9e10';

let t: TempArchive;
let endpoint: CaptureEndpoint;
let page: NewsPage;

interface Call {
  method?: string;
  origin?: string | null;
  key?: string;
  body?: unknown;
  raw?: string;
  host?: string;
  port?: number;
}

/** The fields the tests read of an answer's value. */
interface Value {
  key: string;
  id: number;
  paired: boolean;
  [field: string]: unknown;
}

function call(path: string, options: Call = {}): Promise<{ status: number; json: { ok: boolean; value: Value; error?: { code: string; message: string } } }> {
  const port = options.port ?? endpoint.port;
  const body = options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  const headers: Record<string, string> = { host: options.host ?? `127.0.0.1:${port}` };
  if (options.origin !== null) headers.origin = options.origin ?? EXTENSION;
  if (options.key) headers.authorization = `Bearer ${options.key}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'POST', headers }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const clipOf = (p: NewsPage, selectionHtml: string | null = null, tags: string[] = []) => ({
  url: p.url,
  title: `${p.title} | Example News`,
  html: p.html,
  selectionHtml,
  images: p.photos.map((photo) => ({ url: photo.src, data: Buffer.from(photo.data).toString('base64') })),
  tags,
});

async function pairWith(origin = EXTENSION): Promise<string> {
  const { code } = value(await t.archive.startPairing());
  const paired = await call(CAPTURE_PATHS.pair, { origin, body: { code, browser: 'Test browser' } });
  expect(paired.status).toBe(200);
  return paired.json.value.key;
}

beforeAll(async () => {
  t = await openTempArchive();
  endpoint = (await startCaptureEndpoint(t.archive.capture, 0))!;
  page = await newsPage();
}, 60_000);
afterAll(async () => {
  await endpoint.close();
  await t.dispose();
});

describe('pairing', () => {
  it('pairs with the one-time code shown in Settings, once, and only an extension', async () => {
    expect((await call(CAPTURE_PATHS.pair, { body: { code: 'AAAA-BBBB', browser: 'x' } })).json.error?.code).toBe('no-code');
    const { code } = value(await t.archive.startPairing());
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect((await call(CAPTURE_PATHS.pair, { origin: 'https://evil.example', body: { code, browser: 'x' } })).status).toBe(403);
    expect((await call(CAPTURE_PATHS.pair, { body: { code: 'WRNG-CODE', browser: 'x' } })).json.error?.code).toBe('wrong-code');
    const paired = await call(CAPTURE_PATHS.pair, { body: { code: code.toLowerCase(), browser: 'Chromium on Linux' } });
    expect(paired.json.value.key).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect((await call(CAPTURE_PATHS.pair, { body: { code, browser: 'again' } })).json.error?.code).toBe('no-code');
    expect(value(await t.archive.captureStatus()).pairings).toEqual([expect.objectContaining({ label: 'Chromium on Linux', origin: EXTENSION })]);
    expect((await call(CAPTURE_PATHS.status, { key: paired.json.value.key })).json.value).toEqual({ app: 'clipdesk', paired: true });
  });

  it('spends the code after five wrong tries', async () => {
    const { code } = value(await t.archive.startPairing());
    for (let i = 0; i < 5; i++) await call(CAPTURE_PATHS.pair, { body: { code: `ZZZZ-ZZZ${i + 2}`, browser: 'x' } });
    expect((await call(CAPTURE_PATHS.pair, { body: { code, browser: 'x' } })).json.error?.code).toBe('no-code');
  });
});

describe('clips', () => {
  it('takes a page with its photos and tags, and says what it understood', async () => {
    const key = await pairWith();
    const sent = await call(CAPTURE_PATHS.clip, { key, body: clipOf(page, null, ['harbours', 'europe/ports']) });
    expect(sent.status).toBe(200);
    expect(sent.json.value).toMatchObject({ status: 'imported', title: page.title, source: 'Example News', publishedAt: '2024-05-06T09:30:00Z', images: 2 });
    const clipping = value(await t.archive.get(sent.json.value.id));
    expect(clipping.body).toEqual(NEWS_PARAGRAPHS);
    expect(clipping.tags).toEqual(['europe/ports', 'harbours']);
    expect(clipping.images.map((i) => [i.caption, i.stored?.width])).toEqual([
      ['Fishing boats in the inner basin at dawn on Monday.', 960],
      ['Fishermen on the quay hear the vote read out.', 800],
    ]);
    // The same article again (the page re-rendered: other bytes) is a duplicate.
    const again = await call(CAPTURE_PATHS.clip, { key, body: { ...clipOf(page), html: page.html.replace('</body>', '<div>ad 2</div></body>') } });
    expect(again.json.value).toMatchObject({ status: 'duplicate', id: sent.json.value.id });
    // "Open in Clipdesk" asks the window to show it.
    const shown: number[] = [];
    t.archive.on('showClipping', ({ id }) => shown.push(id));
    expect((await call(CAPTURE_PATHS.open, { key, body: { id: sent.json.value.id } })).status).toBe(200);
    expect(shown).toEqual([sent.json.value.id]);
  });

  it('takes a selection with the page metadata, as a clipping of its own', async () => {
    const key = await pairWith();
    const selection = `<p>${NEWS_PARAGRAPHS[3]}</p><p>${NEWS_PARAGRAPHS[4]}</p>`;
    const sent = await call(CAPTURE_PATHS.clip, { key, body: { ...clipOf(page), selectionHtml: selection, images: [] } });
    expect(sent.json.value).toMatchObject({ status: 'imported', title: page.title, source: 'Example News' });
    const clipping = value(await t.archive.get(sent.json.value.id));
    expect(clipping.body).toEqual([NEWS_PARAGRAPHS[3], NEWS_PARAGRAPHS[4]]);
    expect(clipping.url).toBe(page.url);
  });
});

describe('refusals', () => {
  it('refuses clips without a key, with a wrong key, from another origin, a web page, or the wrong Host', async () => {
    const key = await pairWith();
    const body = clipOf(page);
    expect((await call(CAPTURE_PATHS.clip, { body })).status).toBe(401);
    expect((await call(CAPTURE_PATHS.clip, { key: 'x'.repeat(43), body })).status).toBe(401);
    expect((await call(CAPTURE_PATHS.clip, { key, origin: OTHER_EXTENSION, body })).status).toBe(401);
    expect((await call(CAPTURE_PATHS.clip, { key, origin: 'https://news.example.org', body })).status).toBe(403);
    expect((await call(CAPTURE_PATHS.clip, { key, origin: null, body })).status).toBe(403);
    expect((await call(CAPTURE_PATHS.clip, { key, host: `evil.example:${endpoint.port}`, body })).status).toBe(421);
    expect((await call(CAPTURE_PATHS.clip, { key, body: { ...body, url: 'javascript:alert(1)' } })).status).toBe(400);
    expect((await call(CAPTURE_PATHS.clip, { key, raw: '{not json' })).status).toBe(400);
  });

  it('never answers anything but clips: the archive cannot be read through it', async () => {
    const key = await pairWith();
    for (const path of ['/api/list', '/capture/v1/list', '/capture/v1/get', '/', '/index.html']) {
      const answer = await call(path, { key, body: { args: [{}] } });
      expect(answer.status).toBe(404);
    }
    expect((await call(CAPTURE_PATHS.clip, { key, method: 'GET' })).status).toBe(405);
  });

  it('refuses a clip larger than the limit, declared or streamed', async () => {
    const small = createCaptureServer({ service: t.archive.capture, maxBodyBytes: 64 * 1024 });
    await new Promise<void>((done) => small.listen(0, '127.0.0.1', done));
    const port = (small.address() as { port: number }).port;
    const key = await pairWith();
    const big = await call(CAPTURE_PATHS.clip, { port, key, body: clipOf(page) });
    expect(big.status).toBe(413);
    expect(big.json.error?.message).toMatch(/larger than/);
    small.closeAllConnections();
    small.close();
  });

  it('refuses a revoked browser at once', async () => {
    const key = await pairWith(OTHER_EXTENSION);
    const id = value(await t.archive.captureStatus()).pairings.find((p) => p.origin === OTHER_EXTENSION)!.id;
    expect((await call(CAPTURE_PATHS.status, { key, origin: OTHER_EXTENSION })).json.value.paired).toBe(true);
    value(await t.archive.revokePairing(id));
    expect((await call(CAPTURE_PATHS.status, { key, origin: OTHER_EXTENSION })).json.value.paired).toBe(false);
    expect((await call(CAPTURE_PATHS.clip, { key, origin: OTHER_EXTENSION, body: clipOf(page) })).status).toBe(401);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { request } from 'node:http';
import { decodeWire, encodeWire, TOKEN_HEADER } from '../../preload/wire.ts';
import type { TempArchive } from '../test-support/temp-archive.ts';
import { startTestWebServer, type CallInit, type Reply, type TestWebServer } from '../test-support/web-server.ts';
import { SAMPLE_FILE } from '../archive/location.ts';

const TOKEN = 'test-token-0123456789';
const PASTED = [
  'Moscow and Pyongyang Plan New Rail Link',
  'Officials from both countries said on Tuesday that a new rail link between the two capitals would open next year, easing the movement of goods.',
  'The project, which has been discussed for more than a decade, is expected to carry timber, coal and machinery across the border.',
].join('\n\n');
let host: TestWebServer;
let t: TempArchive;
let port: number;

beforeAll(async () => {
  host = await startTestWebServer({ token: TOKEN, maxBodyBytes: 200_000 });
  ({ t, port } = host);
  writeFileSync(path.join(path.dirname(host.rendererDir), 'secret.txt'), 'outside');
});
afterAll(async () => {
  await host.close();
});

const call = (pathname: string, init?: CallInit): Promise<Reply> => host.call(pathname, init);
const api = (method: string, args: unknown[], headers: Record<string, string> = { [TOKEN_HEADER]: TOKEN }) =>
  call(`/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: encodeWire({ args }) });

describe('browser host server', () => {
  it('serves the renderer with a strict content security policy', async () => {
    const reply = await call('/');
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('<title>Clipdesk</title>');
    expect(String(reply.headers['content-security-policy'])).toContain("script-src 'self'");
    expect(reply.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers API calls that carry the token, bytes included', async () => {
    const data = new Uint8Array(readFileSync(SAMPLE_FILE));
    const reply = await api('importFiles', [[{ name: 'voa.txt', data }]]);
    expect(reply.status).toBe(200);
    expect(decodeWire(reply.body)).toMatchObject({ ok: true, value: { outcomes: [{ status: 'imported' }] } });
    expect(decodeWire((await api('search', [{ text: 'Jannuzi' }])).body)).toMatchObject({ ok: true, value: { total: 1 } });
  });

  it('refuses API calls without the token or with a wrong one', async () => {
    expect((await api('listTags', [], {})).status).toBe(401);
    expect((await api('listTags', [], { [TOKEN_HEADER]: 'wrong' })).status).toBe(401);
  });

  it('refuses a Host header that is not loopback (DNS rebinding)', async () => {
    const reply = await call('/api/listTags', { method: 'POST', headers: { host: `evil.example:${port}`, [TOKEN_HEADER]: TOKEN }, body: '{"args":[]}' });
    expect(reply.status).toBe(421);
    expect((await call('/', { headers: { host: 'evil.example' } })).status).toBe(421);
  });

  it('refuses cross-site requests and never grants CORS', async () => {
    const reply = await api('listTags', [], { [TOKEN_HEADER]: TOKEN, origin: 'https://evil.example' });
    expect(reply.status).toBe(403);
    expect(reply.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses bodies over the size limit, bad JSON and malformed calls with typed errors', async () => {
    const big = await api('importText', ['x'.repeat(300_000)]);
    expect(big.status).toBe(413);
    const badJson = await call('/api/listTags', { method: 'POST', headers: { [TOKEN_HEADER]: TOKEN }, body: '{nope' });
    expect(badJson.status).toBe(400);
    expect(decodeWire((await api('get', ['1'])).body)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect((await call('/api/listTags', { headers: { [TOKEN_HEADER]: TOKEN } })).status).toBe(405);
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%00']) {
      const reply = await call(p);
      expect(reply.status, p).not.toBe(200);
      expect(reply.body).not.toContain('outside');
    }
  });

  it('streams archive events to a client holding the token', async () => {
    const events = await new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '/api/events', headers: { host: `127.0.0.1:${port}`, [TOKEN_HEADER]: TOKEN } }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => {
          text += c;
          if (text.includes('event: archiveChanged')) {
            req.destroy();
            resolve(text);
          }
        });
        void t.archive.importText(PASTED);
      });
      req.on('error', reject);
      req.end();
    });
    expect(events).toMatch(/event: archiveChanged\ndata: \{"revision":\d+\}/);
  });
});

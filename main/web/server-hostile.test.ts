/**
 * The browser host against hostile callers, beyond server.test.ts: look-alike Host headers,
 * CORS preflights, the token anywhere but its header, a streamed body past the limit, method
 * names that are not API methods (prototype keys among them) and polluted arguments. Each gets
 * a refusal or a typed error, never a 500 or a CORS grant.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeWire, TOKEN_HEADER } from '../../preload/wire.ts';
import { startTestWebServer, type CallInit, type Reply, type TestWebServer } from '../test-support/web-server.ts';

const TOKEN = 'hostile-test-token-0123456789abcdef';
let host: TestWebServer;
let port: number;

beforeAll(async () => {
  host = await startTestWebServer({ token: TOKEN, maxBodyBytes: 100_000 });
  port = host.port;
});
afterAll(async () => {
  await host.close();
});

const call = (pathname: string, init?: CallInit): Promise<Reply> => host.call(pathname, init);
const post = (method: string, body: string, headers: Record<string, string> = {}) =>
  call(`/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN, ...headers }, body });

describe('the browser host refuses hostile callers', () => {
  it('look-alike or missing Host headers (DNS rebinding)', async () => {
    for (const host of [`127.0.0.1.evil.example:${port}`, `localhost.evil.example:${port}`, `127.0.0.1:${port + 1}`, '127.0.0.1', `[::1]:${port}`, `0.0.0.0:${port}`, `127.0.0.2:${port}`]) {
      expect((await post('listTags', '{"args":[]}', { host })).status, host).toBe(421);
    }
  });

  it('CORS preflights get no grant, and a null or other origin is refused', async () => {
    const preflight = await call('/api/listTags', {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': TOKEN_HEADER },
    });
    expect(preflight.status).toBeGreaterThanOrEqual(400);
    expect(Object.keys(preflight.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
    for (const origin of ['null', `http://127.0.0.1:${port + 1}`, `https://127.0.0.1:${port}`, `http://localhost.evil.example:${port}`]) {
      const reply = await post('listTags', '{"args":[]}', { origin });
      expect(reply.status, origin).toBe(403);
      expect(reply.headers['access-control-allow-origin']).toBeUndefined();
    }
  });

  it('the token works only in its header: not in the query, a cookie or Authorization', async () => {
    const body = '{"args":[]}';
    const base = { method: 'POST', body, headers: { 'content-type': 'application/json' } };
    expect((await call(`/api/listTags?token=${TOKEN}`, base)).status).toBe(401);
    expect((await call('/api/listTags', { ...base, headers: { ...base.headers, cookie: `token=${TOKEN}` } })).status).toBe(401);
    expect((await call('/api/listTags', { ...base, headers: { ...base.headers, authorization: `Bearer ${TOKEN}` } })).status).toBe(401);
    expect((await call('/api/events', { headers: {} })).status).toBe(401);
    expect((await post('listTags', body, { [TOKEN_HEADER]: TOKEN.slice(0, -1) })).status).toBe(401);
    expect((await post('listTags', body, { [TOKEN_HEADER]: `${TOKEN}x` })).status).toBe(401);
  });

  it('a streamed body past the limit is cut off with 413, however it is sent', async () => {
    const chunks = Array.from({ length: 30 }, () => Buffer.alloc(10_000, 0x61));
    const reply = await call('/api/importText', { method: 'POST', headers: { [TOKEN_HEADER]: TOKEN, 'content-type': 'application/json' }, body: chunks });
    expect([413, -1]).toContain(reply.status);
    const declared = await call('/api/importText', { method: 'POST', headers: { [TOKEN_HEADER]: TOKEN, 'content-length': String(10_000_000) }, body: 'x' });
    expect([413, -1]).toContain(declared.status);
  });

  it('names that are not API methods, prototype keys included, are typed errors', async () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'close', 'importPaths', 'on', 'nope', '..%2f..%2fetc']) {
      const reply = await post(name, '{"args":[]}');
      expect(reply.status, name).toBeLessThan(500);
      if (reply.status === 200) expect(decodeWire(reply.body), name).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    }
  });

  it('polluted or malformed arguments are typed errors and pollute nothing', async () => {
    const cases = [
      '{"args":[{"__proto__":{"polluted":true},"limit":5}]}',
      '{"args":[{"constructor":{"prototype":{"polluted":true}}}]}',
      '{"args":{"0":{}}}',
      '{"args":[1e400]}',
      '{"args":[' + '['.repeat(5000) + ']'.repeat(5000) + ']}',
      '{"__proto__":{"args":[]}}',
    ];
    for (const body of cases) {
      const reply = await post('list', body);
      expect(reply.status, body.slice(0, 60)).toBeLessThan(500);
      if (reply.status === 200) {
        const result = decodeWire(reply.body) as { ok: boolean; error?: { code: string } };
        if (!result.ok) expect(result.error?.code).toBe('invalid-argument');
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    for (const [method, args] of [['get', [-1]], ['get', [1.5]], ['setTags', [1, 'tag']], ['importFiles', [[{ name: 'a.txt', data: 'not bytes' }]]], ['search', [{ text: 42 }]]] as const) {
      expect(decodeWire((await post(method, JSON.stringify({ args }))).body), method).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    }
  });
});

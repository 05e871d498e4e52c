/**
 * JSON encoding for what crosses the browser host's HTTP transport. Electron's IPC clones
 * Uint8Array natively; JSON cannot, so bytes travel as `{ "$bytes": "<base64>" }`.
 * Pure code with no Node or DOM dependency: the renderer's HTTP client and the host share it.
 */

const BYTES_KEY = '$bytes';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Map([...B64].map((c, i) => [c, i]));

export function bytesToBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = i + 1 < bytes.length ? bytes[i + 1]! : 0;
    const c = i + 2 < bytes.length ? bytes[i + 2]! : 0;
    const n = (a << 16) | (b << 8) | c;
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? B64[(n >> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? B64[n & 63]! : '=';
  }
  return out;
}

export function base64ToBytes(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let o = 0;
  for (const ch of clean) {
    const v = B64_INDEX.get(ch);
    if (v === undefined) throw new Error(`invalid base64 character ${JSON.stringify(ch)}`);
    value = (value << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (value >> bits) & 0xff;
    }
  }
  return out.subarray(0, o);
}

export function encodeWire(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v instanceof Uint8Array ? { [BYTES_KEY]: bytesToBase64(v) } : v,
  );
}

export function decodeWire(text: string): unknown {
  return JSON.parse(text, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const rec = v as Record<string, unknown>;
      const keys = Object.keys(rec);
      if (keys.length === 1 && keys[0] === BYTES_KEY && typeof rec[BYTES_KEY] === 'string') {
        return base64ToBytes(rec[BYTES_KEY]);
      }
    }
    return v;
  });
}

/** Header that carries the per-run token of the browser host. */
export const TOKEN_HEADER = 'x-clipdesk-token';
/** Path prefix of API calls on the browser host: POST /api/<method> with body `{ "args": [...] }`. */
export const API_PREFIX = '/api/';
/** Server-sent events stream of ClippingEvents: GET /api/events (token in the header). */
export const EVENTS_PATH = '/api/events';

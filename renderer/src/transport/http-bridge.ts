/**
 * The ClippingBridge over the browser host's HTTP API. Every method is generated from the
 * contract's API_METHODS: `POST /api/<method>` with `{ args }` in the wire encoding, answered
 * by the method's Result. Transport failures become `{ ok: false, error: { code: 'io' } }`, so
 * like the Electron bridge this one never rejects.
 */
import {
  API_METHODS,
  type ApiError,
  type ApiMethod,
  type ClippingApi,
  type ClippingBridge,
  type Result,
} from '../../../preload/api/index.ts';
import { API_PREFIX, TOKEN_HEADER, decodeWire, encodeWire } from '../../../preload/wire.ts';
import { createEventStream } from './event-stream.ts';

function ioFailure(message: string): Result<never> {
  const error: ApiError = { code: 'io', message };
  return { ok: false, error };
}

function isResult(value: unknown): value is Result<unknown> {
  if (!value || typeof value !== 'object') return false;
  const rec = value as Record<string, unknown>;
  if (rec.ok === true) return 'value' in rec;
  if (rec.ok === false) {
    const error = rec.error as Record<string, unknown> | undefined;
    return !!error && typeof error.code === 'string' && typeof error.message === 'string';
  }
  return false;
}

function describeStatus(status: number, method: ApiMethod): string {
  if (status === 401 || status === 403) {
    return 'The browser host refused the access token. Open Clipdesk again from the link that `npm run web` printed.';
  }
  return `The browser host answered HTTP ${status} to ${method}. Check the terminal running \`npm run web\`.`;
}

export function createHttpBridge(baseUrl: string, token: string | null): ClippingBridge {
  const call = async (method: ApiMethod, args: unknown[]): Promise<Result<unknown>> => {
    if (!token) {
      return ioFailure('No access token: open Clipdesk from the link that `npm run web` printed (it ends in #token=…).');
    }
    let response: Response;
    try {
      response = await fetch(new URL(`${API_PREFIX}${method}`, baseUrl), {
        method: 'POST',
        headers: { [TOKEN_HEADER]: token, 'content-type': 'application/json' },
        body: encodeWire({ args }),
        cache: 'no-store',
      });
    } catch (cause) {
      const detail = cause instanceof Error ? cause.message : String(cause);
      return ioFailure(`Could not reach the browser host (${detail}). Is \`npm run web\` still running?`);
    }
    let decoded: unknown;
    try {
      decoded = decodeWire(await response.text());
    } catch {
      decoded = undefined;
    }
    if (isResult(decoded)) return decoded;
    return ioFailure(describeStatus(response.status, method));
  };

  const methods = Object.fromEntries(
    API_METHODS.map((method) => [method, (...args: unknown[]) => call(method, args)]),
  ) as unknown as ClippingApi;
  const events = createEventStream(baseUrl, token);

  return { ...methods, on: events.on };
}

import { API_METHODS, type ApiMethod, type ClippingApi, type Result } from '../../preload/api/index.ts';
import { ARGUMENT_SCHEMAS } from './schemas.ts';

export type Dispatch = (method: string, args: unknown[]) => Promise<Result<unknown>>;

const isApiMethod = (name: string): name is ApiMethod => (API_METHODS as readonly string[]).includes(name);

/**
 * One entry point for both transports (Electron IPC and the browser host): checks the method
 * name and validates the arguments, then calls the service. Never throws: a malformed call
 * gets a typed 'invalid-argument' error naming what was wrong.
 */
export function createDispatcher(api: ClippingApi): Dispatch {
  return async (method, args) => {
    if (!isApiMethod(method)) {
      return { ok: false, error: { code: 'invalid-argument', message: `Unknown method "${method}".` } };
    }
    // Optional trailing arguments may be sent as undefined or left out; both mean "not given".
    const trimmed = [...args];
    while (trimmed.length > 0 && trimmed[trimmed.length - 1] === undefined) trimmed.pop();
    const parsed = ARGUMENT_SCHEMAS[method].safeParse(trimmed);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? ` (argument ${issue.path.join('.')})` : '';
      return { ok: false, error: { code: 'invalid-argument', message: `Invalid call to ${method}${where}: ${issue?.message ?? 'bad arguments'}.` } };
    }
    try {
      const call = api[method] as (...a: unknown[]) => Promise<Result<unknown>>;
      return await call.apply(api, parsed.data as unknown[]);
    } catch (error) {
      return { ok: false, error: { code: 'internal', message: `Something went wrong inside Clipdesk: ${(error as Error).message}` } };
    }
  };
}

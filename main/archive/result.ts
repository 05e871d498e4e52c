import type { ApiError, ErrorCode, Result } from '../../preload/api/index.ts';
import { describeStorageError } from './safety/storage-errors.ts';

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = <T = never>(code: ErrorCode, message: string, file?: string): Result<T> => {
  const error: ApiError = file === undefined ? { code, message } : { code, message, file };
  return { ok: false, error };
};

/**
 * Runs a service call so that nothing is thrown past it: an unexpected error becomes an
 * 'internal' error value with its message (thrown objects lose their properties across IPC).
 * Storage trouble (a full disk, another Clipdesk writing, a damaged file) gets its own clear
 * 'io' message (safety/storage-errors.ts).
 */
export async function attempt<T>(work: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await work();
  } catch (error) {
    const storage = describeStorageError(error);
    if (storage) return { ok: false, error: storage };
    const message = error instanceof Error ? error.message : String(error);
    return fail('internal', `Something went wrong inside Clipdesk: ${message}`);
  }
}

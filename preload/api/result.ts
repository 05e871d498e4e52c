/** The contract. Results: how every method answers, with a value or an error a person can act on. */
export type ErrorCode =
  | 'invalid-argument'
  | 'not-found'
  | 'query-syntax'
  | 'unsupported-file'
  | 'parse-failed'
  | 'export-failed'
  /** The work was cancelled by the person who started it. */
  | 'cancelled'
  | 'io'
  | 'internal';

export interface ApiError {
  code: ErrorCode;
  /** A sentence a person can act on; names the file when one is involved. */
  message: string;
  /** The file concerned, when there is one. */
  file?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

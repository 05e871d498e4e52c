/**
 * The one error the export core throws. The archive service turns it into
 * `{ ok: false, error: { code: 'export-failed', message } }` at the contract, so the message must be
 * a sentence a person can act on (what failed, and what to do about it).
 */
export class ExportError extends Error {
  readonly code = 'export-failed' as const;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ExportError';
  }
}

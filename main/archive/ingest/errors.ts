/**
 * Why a file could not become a clipping. The message is a sentence a person can act on and names
 * the file; `code` maps onto the contract's ErrorCode so the service can pass it across as data.
 */
export type IngestErrorCode = 'unsupported-file' | 'parse-failed';

export class IngestError extends Error {
  readonly code: IngestErrorCode;
  readonly file: string;

  constructor(code: IngestErrorCode, file: string, message: string) {
    super(message);
    this.name = 'IngestError';
    this.code = code;
    this.file = file;
  }
}

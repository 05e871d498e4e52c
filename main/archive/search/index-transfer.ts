/**
 * Moving a serialised Lunr index from the worker to the main thread without stalling it.
 *
 * Measured on 3,000 clippings (a 35 MB index.json): posting the parsed object costs 2.2 s and
 * blocks the receiving thread for 1.4 s while it is deserialised; one JSON.parse of the whole text
 * on the main thread blocks it for 0.45-0.6 s. So the worker sends the index as many small JSON
 * chunks (each parsed on the main thread in its own task, a few milliseconds) and the main thread
 * assembles the lunr.Index as they arrive, doing what `lunr.Index.load` does piece by piece.
 */
import lunr from 'lunr';

/** About this many characters of JSON a chunk: parsed in a few milliseconds. */
const CHUNK_CHARS = 256 * 1024;

export type IndexChunk =
  | { part: 'vectors'; json: string }
  | { part: 'postings'; json: string }
  | { part: 'meta'; json: string };

/** What `lunr.Index.toJSON()` returns (the parts the loader needs). */
interface LunrJson {
  version: string;
  fields: string[];
  fieldVectors: Array<[string, number[]]>;
  invertedIndex: Array<[string, object]>;
  pipeline: string[];
}

/** Splits a serialised index into chunks; `send` is called for each, in order, meta last. */
export function sendIndexInChunks(serialised: object, send: (chunk: IndexChunk) => void, chunkChars = CHUNK_CHARS): void {
  const json = serialised as LunrJson;
  sendArray('vectors', json.fieldVectors, send, chunkChars);
  sendArray('postings', json.invertedIndex, send, chunkChars);
  send({ part: 'meta', json: JSON.stringify({ version: json.version, fields: json.fields, pipeline: json.pipeline }) });
}

function sendArray(part: 'vectors' | 'postings', items: readonly unknown[], send: (chunk: IndexChunk) => void, chunkChars: number): void {
  let batch: string[] = [];
  let size = 0;
  for (const item of items) {
    const text = JSON.stringify(item);
    batch.push(text);
    size += text.length;
    if (size >= chunkChars) {
      send({ part, json: `[${batch.join(',')}]` });
      batch = [];
      size = 0;
    }
  }
  if (batch.length > 0) send({ part, json: `[${batch.join(',')}]` });
}

interface TokenSetBuilder {
  insert(word: string): void;
  finish(): void;
  root: lunr.TokenSet;
}

/** The attributes lunr.Index's constructor really takes (its typings name them differently). */
interface IndexAttributes {
  invertedIndex: Record<string, object>;
  fieldVectors: Record<string, lunr.Vector>;
  tokenSet: lunr.TokenSet;
  fields: string[];
  pipeline: lunr.Pipeline;
}

const TokenSetBuilderClass = (lunr.TokenSet as unknown as { Builder: new () => TokenSetBuilder }).Builder;

/** Work on queued chunks for about this long, then let the event loop run. */
const SLICE_MS = 8;

/**
 * Builds a lunr.Index from chunks as they arrive, exactly as `lunr.Index.load` would. Chunks are
 * queued and worked off in short slices between other tasks: a worker's messages are delivered in
 * one burst, so handling each chunk as its message arrives would still block the loop for the sum.
 */
export class IndexAssembler {
  readonly #fieldVectors: Record<string, lunr.Vector> = {};
  readonly #invertedIndex: Record<string, object> = Object.create(null) as Record<string, object>;
  readonly #tokens: TokenSetBuilder = new TokenSetBuilderClass();
  #meta: Pick<LunrJson, 'version' | 'fields' | 'pipeline'> | null = null;
  #queue: Array<IndexChunk | null> = [];
  #next = 0;
  #draining: Promise<void> | null = null;
  #error: Error | null = null;

  /** Queues a chunk; it is parsed and added in a later slice. */
  accept(chunk: IndexChunk): void {
    this.#queue.push(chunk);
    this.#draining ??= this.#drain();
  }

  /** Resolves with the index once every accepted chunk is in; rejects if one was malformed. */
  async finish(): Promise<lunr.Index> {
    while (this.#draining) await this.#draining;
    if (this.#error) throw this.#error;
    return this.#complete();
  }

  async #drain(): Promise<void> {
    try {
      while (this.#next < this.#queue.length) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        const started = performance.now();
        while (this.#next < this.#queue.length && performance.now() - started < SLICE_MS) {
          const chunk = this.#queue[this.#next];
          this.#queue[this.#next] = null; // let the chunk's text go as soon as it is added
          this.#next += 1;
          if (chunk) this.#add(chunk);
        }
      }
      this.#queue = [];
      this.#next = 0;
    } catch (error) {
      this.#error = error instanceof Error ? error : new Error(String(error));
    } finally {
      this.#draining = null;
    }
  }

  #add(chunk: IndexChunk): void {
    if (chunk.part === 'meta') {
      this.#meta = JSON.parse(chunk.json) as Pick<LunrJson, 'version' | 'fields' | 'pipeline'>;
    } else if (chunk.part === 'vectors') {
      for (const [ref, elements] of JSON.parse(chunk.json) as LunrJson['fieldVectors']) {
        this.#fieldVectors[ref] = new lunr.Vector(elements);
      }
    } else {
      // Terms arrive sorted, as Lunr saved them; the TokenSet builder requires that and checks it.
      for (const [term, posting] of JSON.parse(chunk.json) as LunrJson['invertedIndex']) {
        this.#tokens.insert(term);
        this.#invertedIndex[term] = posting;
      }
    }
  }

  #complete(): lunr.Index {
    const meta = this.#meta;
    if (!meta) throw new Error('the index arrived without its fields and pipeline');
    if (meta.version !== lunr.version) throw new Error(`the index was saved by Lunr ${meta.version}, this is Lunr ${lunr.version}`);
    this.#tokens.finish();
    const attributes: IndexAttributes = {
      invertedIndex: this.#invertedIndex,
      fieldVectors: this.#fieldVectors,
      tokenSet: this.#tokens.root,
      fields: meta.fields,
      pipeline: lunr.Pipeline.load(meta.pipeline),
    };
    return new lunr.Index(attributes as unknown as lunr.Index.Attributes);
  }
}

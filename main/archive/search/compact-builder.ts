/**
 * Builds a CompactIndex from documents, the way `lunr.Builder.add` reads them: every field through
 * Lunr's tokenizer and pipeline (memoised per token, text-analysis.ts), term frequencies per field,
 * field lengths. Postings are logged in document order and sorted once at the end by (term, field)
 * with a counting sort, which keeps documents ascending within each list.
 */
import { CompactIndex } from './compact-index.ts';
import { analyzerFor, guessLanguage } from './languages.ts';
import type { Analyzer } from './languages.ts';
import { INDEX_FIELDS } from './lunr-index.ts';
import type { IndexDoc, IndexField } from './lunr-index.ts';
import { tokensOfText } from './text-analysis.ts';

const ENGLISH = analyzerFor('en');
/** Letters beyond Latin and its accents: only then is the script worth a look. */
const BEYOND_LATIN = /[\u0370-\uffff]/;

function guessFromText(doc: IndexDoc): string {
  const sample = `${doc.title} ${doc.body.slice(0, 1500)}`;
  return BEYOND_LATIN.test(sample) ? guessLanguage(sample) : 'en';
}
import { Vocabulary } from './vocabulary.ts';

/** A growable typed array. */
class Log<T extends Uint32Array | Uint16Array> {
  data: T;
  length = 0;
  readonly #make: (size: number) => T;
  constructor(make: (size: number) => T) {
    this.#make = make;
    this.data = make(1 << 16);
  }
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = this.#make(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length] = value;
    this.length += 1;
  }
}

const MAX_TF = 0xffff;

export class CompactBuilder {
  readonly #fieldCount = INDEX_FIELDS.length;
  readonly #termIds = new Map<string, number>();
  readonly #terms: string[] = [];
  readonly #docIds: number[] = [];
  readonly #languages = new Set<string>();
  #fieldLengths = new Log((n) => new Uint32Array(n));
  readonly #logTerm = new Log((n) => new Uint32Array(n));
  readonly #logDocField = new Log((n) => new Uint32Array(n));
  readonly #logTf = new Log((n) => new Uint16Array(n));
  /** Term frequencies of the field being added, by term id; `touched` says which to reset. */
  #counts = new Uint32Array(1 << 12);
  readonly #touched: number[] = [];
  readonly #scratch: string[] = [];
  /**
   * Raw token → term id (-1: the pipeline drops it). One lookup per token instead of running the
   * pipeline and then looking the term up: most of a build's time is spent here.
   */
  readonly #tokenIds = new Map<Analyzer, Map<string, number>>();

  get docCount(): number {
    return this.#docIds.length;
  }

  add(doc: IndexDoc): void {
    const d = this.#docIds.length;
    this.#docIds.push(doc.id);
    const analyzer = analyzerFor(doc.language ?? guessFromText(doc));
    this.#languages.add(analyzer.code);
    let tokenIds = this.#tokenIds.get(analyzer);
    if (!tokenIds) this.#tokenIds.set(analyzer, (tokenIds = new Map()));
    for (let f = 0; f < this.#fieldCount; f += 1) {
      const text = doc[INDEX_FIELDS[f] as IndexField];
      const tokens = analyzer === ENGLISH ? tokensOfText(text, this.#scratch) : analyzer.tokens(text);
      let length = 0;
      for (const token of tokens) {
        let id = tokenIds.get(token);
        if (id === undefined) {
          id = this.#termIdOf(analyzer.termOf(token));
          tokenIds.set(token, id);
        }
        if (id < 0) continue;
        length += 1;
        if (this.#counts[id] === 0) this.#touched.push(id);
        this.#counts[id] = (this.#counts[id] as number) + 1;
      }
      this.#fieldLengths.push(length);
      const docField = d * this.#fieldCount + f;
      for (const id of this.#touched) {
        this.#logTerm.push(id);
        this.#logDocField.push(docField);
        this.#logTf.push(Math.min(MAX_TF, this.#counts[id] as number));
        this.#counts[id] = 0;
      }
      this.#touched.length = 0;
    }
  }

  #termIdOf(term: string | null): number {
    if (term === null) return -1;
    let id = this.#termIds.get(term);
    if (id === undefined) {
      id = this.#terms.length;
      this.#termIds.set(term, id);
      this.#terms.push(term);
      if (id >= this.#counts.length) {
        const bigger = new Uint32Array(this.#counts.length * 2);
        bigger.set(this.#counts);
        this.#counts = bigger;
      }
    }
    return id;
  }

  build(): CompactIndex {
    const fieldCount = this.#fieldCount;
    const order = this.#terms.map((_, i) => i).sort((a, b) => {
      const x = this.#terms[a] as string;
      const y = this.#terms[b] as string;
      return x < y ? -1 : x > y ? 1 : 0;
    });
    const rank = new Uint32Array(order.length);
    order.forEach((termId, r) => {
      rank[termId] = r;
    });
    const keys = order.length * fieldCount;
    const postingsStart = new Uint32Array(keys + 1);
    const count = this.#logTerm.length;
    const terms = this.#logTerm.data;
    const docFields = this.#logDocField.data;
    for (let i = 0; i < count; i += 1) {
      const key = (rank[terms[i] as number] as number) * fieldCount + ((docFields[i] as number) % fieldCount);
      postingsStart[key + 1] = (postingsStart[key + 1] as number) + 1;
    }
    for (let k = 0; k < keys; k += 1) postingsStart[k + 1] = (postingsStart[k + 1] as number) + (postingsStart[k] as number);
    const cursor = postingsStart.slice(0, keys);
    const postingDocs = new Uint32Array(count);
    const postingTf = new Uint16Array(count);
    const tfs = this.#logTf.data;
    for (let i = 0; i < count; i += 1) {
      const docField = docFields[i] as number;
      const key = (rank[terms[i] as number] as number) * fieldCount + (docField % fieldCount);
      const at = cursor[key] as number;
      cursor[key] = at + 1;
      postingDocs[at] = Math.floor(docField / fieldCount);
      postingTf[at] = tfs[i] as number;
    }
    return new CompactIndex({
      fieldCount,
      docIds: Float64Array.from(this.#docIds),
      fieldLengths: this.#fieldLengths.data.slice(0, this.#fieldLengths.length),
      vocabulary: Vocabulary.fromSorted(order.map((id) => this.#terms[id] as string)),
      postingsStart,
      postingDocs,
      postingTf,
      languages: [...this.#languages].sort(),
    });
  }
}

export function buildCompactIndex(docs: Iterable<IndexDoc>, onAdded?: (done: number) => void): CompactIndex {
  const builder = new CompactBuilder();
  for (const doc of docs) {
    builder.add(doc);
    onAdded?.(builder.docCount);
  }
  return builder.build();
}

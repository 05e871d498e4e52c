/**
 * The binary image of a CompactIndex: the saved file and what the worker hands the main thread are
 * the same bytes, so loading is one read into an ArrayBuffer and typed-array views over it (no JSON,
 * no per-term objects), and the hand-over is a transfer, not a copy.
 *
 * Layout (little-endian, every section 8-byte aligned):
 *   0  "CLIPIDX1"           magic
 *   8  u32 schema           INDEX_SCHEMA: fields, boosts, pipeline, layout
 *  12  u32 fieldCount
 *  16  f64 revision         the store revision the index covers
 *  24  u32 docCount   28 u32 vocabularySize   32 u32 codeUnits   36 u32 postings
 *  40  u32 languageUnits   44 reserved
 *  48  docIds f64[docCount] · fieldLengths u32[docCount·F] · vocabulary offsets u32[V+1] ·
 *      postingsStart u32[V·F+1] · postingDocs u32[P] · vocabulary units u16[U] · postingTf u16[P] ·
 *      languages u16[L] (the analysers used, "en,ko" as UTF-16)
 */
import { CompactIndex } from './compact-index.ts';
import { INDEX_FIELDS } from './lunr-index.ts';
import { Vocabulary } from './vocabulary.ts';

/** Bump when the fields, boosts, pipeline or layout change: older files are then rebuilt. */
// 4: French and Spanish fold accents, as their lunr-languages plugins do (issue 14).
export const INDEX_SCHEMA = 4;
const MAGIC = 'CLIPIDX1';
const HEADER_BYTES = 48;

export interface IndexFileHeader {
  schema: number;
  /** The store revision the saved index covers. */
  revision: number;
  docCount: number;
}

const align8 = (n: number): number => Math.ceil(n / 8) * 8;

interface Section {
  kind: 'f64' | 'u32' | 'u16';
  length: number;
}

function sectionsOf(docCount: number, vocabularySize: number, codeUnits: number, postings: number, fieldCount: number, languageUnits: number): Section[] {
  return [
    { kind: 'f64', length: docCount },
    { kind: 'u32', length: docCount * fieldCount },
    { kind: 'u32', length: vocabularySize + 1 },
    { kind: 'u32', length: vocabularySize * fieldCount + 1 },
    { kind: 'u32', length: postings },
    { kind: 'u16', length: codeUnits },
    { kind: 'u16', length: postings },
    { kind: 'u16', length: languageUnits },
  ];
}

const BYTES = { f64: 8, u32: 4, u16: 2 } as const;

function layout(sections: Section[]): { offsets: number[]; total: number } {
  const offsets: number[] = [];
  let at = HEADER_BYTES;
  for (const section of sections) {
    offsets.push(at);
    at = align8(at + section.length * BYTES[section.kind]);
  }
  return { offsets, total: at };
}

/**
 * The file image of `index` at `revision`. `shared`: in a SharedArrayBuffer, which the worker and
 * the main thread can both read without a copy (the worker reads the base again to merge into it).
 */
export function encodeIndex(index: CompactIndex, revision: number, shared = false): ArrayBufferLike {
  const languages = Uint16Array.from(index.languages.join(','), (c) => c.charCodeAt(0));
  const arrays = [index.docIds, index.fieldLengths, index.vocabulary.offsets, index.postingsStart, index.postingDocs, index.vocabulary.units, index.postingTf, languages];
  const sections = sectionsOf(index.docCount, index.vocabulary.size, index.vocabulary.units.length, index.postingDocs.length, index.fieldCount, languages.length);
  const { offsets, total } = layout(sections);
  const buffer = shared ? new SharedArrayBuffer(total) : new ArrayBuffer(total);
  const bytes = new Uint8Array(buffer);
  for (let i = 0; i < MAGIC.length; i += 1) bytes[i] = MAGIC.charCodeAt(i);
  const view = new DataView(buffer);
  view.setUint32(8, INDEX_SCHEMA, true);
  view.setUint32(12, index.fieldCount, true);
  view.setFloat64(16, revision, true);
  view.setUint32(24, index.docCount, true);
  view.setUint32(28, index.vocabulary.size, true);
  view.setUint32(32, index.vocabulary.units.length, true);
  view.setUint32(36, index.postingDocs.length, true);
  view.setUint32(40, languages.length, true);
  arrays.forEach((array, i) => bytes.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), offsets[i] as number));
  return buffer;
}

/** The header, or why these bytes are not a usable index image. */
export function readHeader(buffer: ArrayBufferLike): { ok: true; header: IndexFileHeader } | { ok: false; reason: string } {
  if (buffer.byteLength < HEADER_BYTES) return { ok: false, reason: 'is too short to be a Clipdesk index' };
  const bytes = new Uint8Array(buffer, 0, MAGIC.length);
  if (String.fromCharCode(...bytes) !== MAGIC) return { ok: false, reason: 'is not a Clipdesk index file' };
  const view = new DataView(buffer);
  const schema = view.getUint32(8, true);
  if (schema !== INDEX_SCHEMA) return { ok: false, reason: `has index schema ${schema}, expected ${INDEX_SCHEMA}` };
  if (view.getUint32(12, true) !== INDEX_FIELDS.length) return { ok: false, reason: 'has other fields than this version of Clipdesk' };
  return { ok: true, header: { schema, revision: view.getFloat64(16, true), docCount: view.getUint32(24, true) } };
}

/**
 * Views over an image (no copy). With `check`, every structural invariant a query relies on is
 * verified first (sizes, monotone offsets, document numbers in range), so a damaged file is
 * rebuilt instead of answering wrongly; the worker checks, the main thread then trusts it.
 */
export function decodeIndex(buffer: ArrayBufferLike, check: boolean): CompactIndex {
  const head = readHeader(buffer);
  if (!head.ok) throw new Error(head.reason);
  const view = new DataView(buffer);
  const fieldCount = INDEX_FIELDS.length;
  const docCount = view.getUint32(24, true);
  const vocabularySize = view.getUint32(28, true);
  const codeUnits = view.getUint32(32, true);
  const postings = view.getUint32(36, true);
  const languageUnits = view.getUint32(40, true);
  const sections = sectionsOf(docCount, vocabularySize, codeUnits, postings, fieldCount, languageUnits);
  const { offsets, total } = layout(sections);
  if (total !== buffer.byteLength) throw new Error(`is ${buffer.byteLength} bytes, its header says ${total}`);
  const at = (i: number): number => offsets[i] as number;
  const len = (i: number): number => (sections[i] as Section).length;
  const docIds = new Float64Array(buffer, at(0), len(0));
  const fieldLengths = new Uint32Array(buffer, at(1), len(1));
  const vocabularyOffsets = new Uint32Array(buffer, at(2), len(2));
  const postingsStart = new Uint32Array(buffer, at(3), len(3));
  const postingDocs = new Uint32Array(buffer, at(4), len(4));
  const units = new Uint16Array(buffer, at(5), len(5));
  const postingTf = new Uint16Array(buffer, at(6), len(6));
  const languageText = String.fromCharCode(...new Uint16Array(buffer, at(7), len(7)));
  const languages = languageText === '' ? [] : languageText.split(',');
  if (check) {
    if (!isMonotone(vocabularyOffsets, codeUnits)) throw new Error('has a damaged vocabulary');
    if (!isMonotone(postingsStart, postings)) throw new Error('has damaged posting lists');
    for (let p = 0; p < postings; p += 1) if ((postingDocs[p] as number) >= docCount) throw new Error(`posting ${p} names a document that is not there`);
  }
  return new CompactIndex({ fieldCount, docIds, fieldLengths, vocabulary: new Vocabulary(units, vocabularyOffsets), postingsStart, postingDocs, postingTf, languages, image: buffer });
}

function isMonotone(offsets: Uint32Array, last: number): boolean {
  if (offsets[0] !== 0 || offsets[offsets.length - 1] !== last) return false;
  for (let i = 1; i < offsets.length; i += 1) if ((offsets[i] as number) < (offsets[i - 1] as number)) return false;
  return true;
}

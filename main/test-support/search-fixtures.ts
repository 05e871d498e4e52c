/**
 * Test support: a small in-memory stand-in for the store's side of the search contract (documents
 * and a revision that moves with every change), and temp index folders that clean up after
 * themselves. Only the search index tests use it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { IndexProgress } from '../../preload/api/index.ts';
import type { IndexDoc } from '../archive/search/lunr-index.ts';
import { readHeader } from '../archive/search/index-format.ts';
import type { IndexFileHeader } from '../archive/search/index-format.ts';
import type { IndexChange } from '../archive/search/search-index.ts';

export function makeDoc(id: number, fields: Partial<Omit<IndexDoc, 'id'>> = {}): IndexDoc {
  return { id, title: '', authors: '', source: '', tags: '', captions: '', body: '', bio: '', ...fields };
}

/** The documents a store would hand over, with a count of how often a full load was asked for. */
export class DocSource {
  readonly docs = new Map<number, IndexDoc>();
  revision = 1;
  loads = 0;

  constructor(docs: IndexDoc[] = []) {
    for (const doc of docs) this.docs.set(doc.id, doc);
  }

  /** Set to make loadDocs fail as a broken store would. */
  failure: Error | null = null;

  readonly loadDocs = (): IndexDoc[] => {
    if (this.failure) throw this.failure;
    this.loads += 1;
    return [...this.docs.values()];
  };

  /** Changes the documents as a store commit would, and returns the change to hand to update(). */
  change(upsert: IndexDoc[], remove: number[] = []): IndexChange {
    for (const doc of upsert) this.docs.set(doc.id, doc);
    for (const id of remove) this.docs.delete(id);
    this.revision += 1;
    return { upsert, remove, revision: this.revision };
  }
}

/** Records every progress report, for asserting what a caller was told. */
export class ProgressLog {
  readonly reports: IndexProgress[] = [];
  readonly onProgress = (p: IndexProgress): void => {
    this.reports.push(p);
  };

  states(): string[] {
    return this.reports.map((p) => p.state);
  }
}

export interface TempDir {
  root: string;
  indexDir: string;
  remove: () => void;
}

export function makeTempDir(): TempDir {
  const root = mkdtempSync(path.join(os.tmpdir(), 'clipdesk-search-'));
  return { root, indexDir: path.join(root, 'index'), remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Five clippings with known words, enough to tell rankings and filters apart. */
export function sampleDocs(): IndexDoc[] {
  return [
    makeDoc(1, {
      title: 'North Korean envoy visits Moscow',
      authors: 'Brian Padden',
      source: 'Voice of America',
      tags: 'dprk-russia diplomacy',
      captions: 'Lavrov welcomes Choe Ryong Hae during their meeting in Moscow',
      body: 'Frank Jannuzi said the meetings reduce diplomatic isolation. Trade with Russia may grow.',
      bio: 'Brian Padden is a VOA correspondent in Seoul.',
    }),
    makeDoc(2, { title: 'Jannuzi on Korea policy', source: 'Mansfield Foundation', body: 'An interview about policy in Asia.' }),
    makeDoc(3, { title: 'Harvest report', source: 'Farm Weekly', body: 'Wheat prices rose while barley fell. Farmers held meetings.' }),
    makeDoc(4, { title: 'Tokyo summit', tags: 'japan', body: 'Leaders met in Tokyo to discuss trade and security.' }),
    makeDoc(5, { title: 'Seoul weather', source: 'Korea Herald', body: 'Heavy snow fell on Seoul overnight.' }),
  ];
}

/** The header of a saved index.bin, as the tests check it. */
export function readSavedHeader(file: string): IndexFileHeader {
  const bytes = readFileSync(file);
  const outcome = readHeader(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  if (!outcome.ok) throw new Error(`${file} ${outcome.reason}`);
  return outcome.header;
}

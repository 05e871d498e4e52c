/**
 * The bench's SQLite FTS5 process (node:sqlite): the same documents and fields in an FTS5 table
 * with the porter stemmer, ranked by bm25 with Clipdesk's field weights. Each query counts all
 * matches, takes the top 20 and their snippets (FTS5's own snippet()), as the search box needs.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { DATABASE_FILE } from '../../main/archive/store/store.ts';
import { FIELD_BOOSTS } from '../../main/archive/search/index.ts';
import { readArchiveDocs } from '../../main/archive/search/worker-docs.ts';
import { emit, engineArgs, peakRssMB, round, rssMB, sinceProcessStartS, timeQueries } from './measure.ts';
import { PAGE } from './page.ts';
import type { BenchQuery } from './queries.ts';

const args = engineArgs(process.argv.slice(2));
const file = path.join(args.archive, 'bench-fts5.sqlite');
const queries = (JSON.parse(readFileSync(args.queriesFile, 'utf8')) as BenchQuery[]).map((q) => q.fts5);
const FIELDS = ['title', 'authors', 'source', 'tags', 'captions', 'body', 'bio'] as const;
const WEIGHTS = FIELDS.map((field) => FIELD_BOOSTS[field]).join(', ');

if (args.phase === 'build') {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
  const start = performance.now();
  const docs = readArchiveDocs(path.join(args.archive, DATABASE_FILE));
  const db = new DatabaseSync(file);
  db.exec(`CREATE VIRTUAL TABLE docs USING fts5(${FIELDS.join(', ')}, tokenize = 'porter unicode61')`);
  const insert = db.prepare(`INSERT INTO docs (rowid, ${FIELDS.join(', ')}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  db.exec('BEGIN');
  for (const doc of docs) insert.run(doc.id, doc.title, doc.authors, doc.source, doc.tags, doc.captions, doc.body, doc.bio);
  db.exec('COMMIT');
  db.close();
  emit({ buildS: round((performance.now() - start) / 1000), buildPeakRssMB: peakRssMB() });
} else {
  const db = new DatabaseSync(file, { readOnly: true });
  const count = db.prepare('SELECT count(*) AS n FROM docs WHERE docs MATCH ?');
  const page = db.prepare(`SELECT rowid, snippet(docs, -1, '[', ']', '…', 30) AS snippet FROM docs WHERE docs MATCH ? ORDER BY bm25(docs, ${WEIGHTS}) LIMIT ${PAGE}`);
  // A query FTS5 cannot read throws: it is counted as an error, not timed as an empty answer.
  const run = (query: string): number => {
    const total = (count.get(query) as { n: number }).n;
    let chars = 0;
    for (const row of page.all(query) as Array<{ snippet: string }>) chars += row.snippet.length;
    return chars >= 0 ? total : 0;
  };
  run(queries.find((q) => q !== null) ?? 'news');
  const coldStartS = sinceProcessStartS();
  const timing = await timeQueries(queries, run);
  const rss = rssMB();
  db.close();
  emit({ ...timing, coldStartS: round(coldStartS), rssMB: rss });
}

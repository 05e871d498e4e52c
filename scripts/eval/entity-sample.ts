/**
 * `node scripts/eval/entity-sample.ts`: the people, places and organisations the parser names on
 * a fixed sample of development pages (copied text of the first 12 held-out article-bodies pages),
 * scored against the hand marks in truth/entity-marks.tsv (y: a real name of that kind, named in
 * the article; n: not). Prints precision per kind and any entity not yet marked (mark it, then
 * run again). `--list` prints the sample as TSV rows to mark.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { corpusRoot, listDevPages } from './dev-sets.ts';
import { scorePage } from './scoring.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
if (!existsSync(corpusRoot(repoRoot))) {
  console.log('Skipping: the development sets are absent.');
  process.exit(0);
}
const SAMPLE_PAGES = 12;
const pages = listDevPages(repoRoot).filter((p) => p.set === 'article-bodies' && p.split === 'held-out').slice(0, SAMPLE_PAGES);
const found: [string, string, string][] = [];
for (const page of pages) {
  const { entities } = scorePage(page, 'text').parsed;
  for (const kind of ['people', 'places', 'organizations'] as const) for (const name of entities?.[kind] ?? []) found.push([page.name, kind, name]);
}
if (process.argv.includes('--list')) {
  for (const row of found) console.log(row.join('\t'));
  process.exit(0);
}
const marksFile = path.join(import.meta.dirname, 'truth', 'entity-marks.tsv');
const marks = new Map(readFileSync(marksFile, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t')).map(([page, kind, name, mark]) => [`${page}\t${kind}\t${name}`, mark]));
const unmarked = found.filter((row) => !marks.has(row.join('\t')));
for (const kind of ['people', 'places', 'organizations']) {
  const rows = found.filter((r) => r[1] === kind && marks.has(r.join('\t')));
  const right = rows.filter((r) => marks.get(r.join('\t')) === 'y').length;
  console.log(`${kind}: ${right}/${rows.length} right, precision ${rows.length ? (right / rows.length).toFixed(2) : 'n/a'}`);
}
const all = found.filter((r) => marks.has(r.join('\t')));
console.log(`all: ${all.filter((r) => marks.get(r.join('\t')) === 'y').length}/${all.length}, precision ${(all.filter((r) => marks.get(r.join('\t')) === 'y').length / all.length).toFixed(2)}; ${unmarked.length} not marked yet`);
for (const row of unmarked) console.log(`unmarked\t${row.join('\t')}`);

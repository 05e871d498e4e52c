/**
 * `npm run eval:extract`: both clipping parsers over both development sets in ../shared/corpus
 * (outside the repository: test data only), reported per set, per part of the split (tuning,
 * held-out) and per format (saved page, copied text): headline, byline, source, URL and date
 * match rates, body shingle F1 with its precision and recall (the article-extraction benchmark's
 * method), and chrome lines leaked.
 *   --set=web-pages|article-bodies   one set
 *   --only=html|text                 one parser
 *   --pages                          one row per page of the tuning part (what was tuned on)
 *   --pages=all                      ...and of the held-out part too (for naming ceilings, not tuning)
 *   --ceilings                       the copied-text fields each page's copy does not hold at all
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseTextClipping } from '../main/archive/ingest/index.ts';
import { corpusRoot, listDevPages, type DevPage } from './eval/dev-sets.ts';
import { scorePage, type Format, type PageScore } from './eval/scoring.ts';
import { pageF1 } from './eval/shingles.ts';
import { formatSummaries, summarise } from './eval/summary.ts';

const repoRoot = path.resolve(import.meta.dirname, '..');
const arg = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const onlySet = arg('set');
const onlyFormat = arg('only') as Format | undefined;
const formats: Format[] = onlyFormat ? [onlyFormat] : ['html', 'text'];
const showPages = process.argv.includes('--pages') ? 'tuning' : arg('pages') === 'all' ? 'all' : null;

const sample = parseTextClipping(readFileSync(path.join(repoRoot, 'assets/sample-voa-choe-ryong-hae-russia.txt'), 'utf8'));
console.log(`Sample (text): title "${sample.title}"; authors ${JSON.stringify(sample.authors)}; source ${sample.source}; ${sample.body.length} body paragraphs; bio ${sample.authorBio ? 'found' : 'missing'}.`);

if (!existsSync(corpusRoot(repoRoot))) {
  console.log(`Skipping the development sets: ${corpusRoot(repoRoot)} is absent (it lives next to the repository, not in it).`);
  process.exit(0);
}

const started = Date.now();
const pages = listDevPages(repoRoot).filter((p) => !onlySet || p.set === onlySet);
const scores: PageScore[] = pages.flatMap((page) => formats.map((format) => scorePage(page, format)));
console.log(`\n${pages.length} pages scored in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);

type Group = { label: string; keep: (p: DevPage) => boolean };
const groups: Group[] = [];
for (const set of ['web-pages', 'article-bodies'] as const) {
  if (onlySet && onlySet !== set) continue;
  const subsets = set === 'web-pages' ? [['news', (p: DevPage) => p.news], ['all', () => true]] as const : [['', () => true]] as const;
  for (const [subset, keep] of subsets) {
    for (const split of ['tuning', 'held-out'] as const) {
      groups.push({ label: `${set}${subset ? ` ${subset}` : ''} ${split}`, keep: (p) => p.set === set && p.split === split && keep(p) });
    }
  }
}
for (const format of formats) {
  console.log(formatSummaries(groups.map((g) => summarise(g.label, scores.filter((s) => s.format === format && g.keep(s.page))))));
  console.log('');
}

if (process.argv.includes('--ceilings')) {
  console.log('Copied-text fields the copy does not hold at all (the ceilings above), page by page:\n');
  for (const s of scores.filter((x) => x.format === 'text' && x.unreachable.length > 0)) {
    console.log(`- ${s.page.set}/${s.page.name} (${s.page.split}): ${s.unreachable.join(', ')}`);
  }
  console.log('');
}

if (showPages) {
  const mark = (v: boolean | null): string => (v === null ? '' : v ? 'ok' : 'MISS');
  console.log('| set | page | split | format | headline | byline | source | URL | date | F1 | leaked | headline found | authors found | source found |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const s of scores) {
    if (showPages === 'tuning' && s.page.split !== 'tuning') continue;
    console.log(`| ${s.page.set} | ${s.page.name} | ${s.page.split} | ${s.format} | ${mark(s.title)} | ${mark(s.byline)} | ${mark(s.source)} | ${mark(s.url)} | ${mark(s.date)} | ${pageF1(s.body).toFixed(3)} | ${s.chromeLeaked} | ${s.parsed.title.slice(0, 70)} | ${s.parsed.authors.join('; ')} | ${s.parsed.source ?? ''} |`);
  }
}

/**
 * `npm run eval:extract`: runs both clipping parsers over every page of the saved-page corpus
 * (../shared/corpus/web-pages, outside the repo: test data only) and over the bundled sample, and
 * prints how well they do (title, byline, body token F1, chrome leaked), for all pages and for
 * news pages. `--pages` also prints one row per page; `--only=html` or `--only=text` runs one parser.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { corpusDirectory, evaluatePage, formatSummaries, listPages, summarise, type PageScore } from '../main/archive/ingest/evaluation.ts';
import { parseTextClipping } from '../main/archive/ingest/index.ts';

const repoRoot = path.resolve(import.meta.dirname, '..');
const corpus = corpusDirectory(repoRoot);
const showPages = process.argv.includes('--pages');
const onlyFormat = /^--only=(html|text)$/.exec(process.argv.find((arg) => arg.startsWith('--only=')) ?? '')?.[1] as 'html' | 'text' | undefined;
const formats: ('html' | 'text')[] = onlyFormat ? [onlyFormat] : ['html', 'text'];

const sample = parseTextClipping(readFileSync(path.join(repoRoot, 'assets/sample-voa-choe-ryong-hae-russia.txt'), 'utf8'));
console.log(`Sample (assets/sample-voa-choe-ryong-hae-russia.txt, text): title "${sample.title}"; authors ${JSON.stringify(sample.authors)}; source ${sample.source}; ${sample.images.length} image(s); ${sample.body.length} body paragraphs; bio ${sample.authorBio ? 'found' : 'missing'}.`);

if (!existsSync(corpus)) {
  console.log(`Skipping the corpus: ${corpus} is absent (it lives outside the repository, next to it, as ../shared/corpus/web-pages).`);
  process.exit(0);
}

const started = Date.now();
const scores: PageScore[] = listPages(corpus).flatMap((page) => evaluatePage(corpus, page, formats));
const news = scores.filter((s) => s.news);
console.log(`\nCorpus: ${corpus} (${scores.length / formats.length} pages, ${news.length / formats.length} news), ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
console.log(formatSummaries([
  ...formats.map((format) => summarise(scores, 'all', format)),
  ...formats.map((format) => summarise(news, 'news', format)),
]));

if (showPages) {
  console.log('\n| page | news | format | title | byline | F1 | leaked | title found | authors found |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const s of scores) {
    const byline = s.bylineMatch === null ? '' : s.bylineMatch ? 'ok' : 'MISS';
    console.log(`| ${s.page} | ${s.news ? 'y' : ''} | ${s.format} | ${s.titleMatch ? 'ok' : 'MISS'} | ${byline} | ${s.bodyF1.toFixed(3)} | ${s.chromeLeaked} | ${s.title.slice(0, 60)} | ${s.authors.join('; ')} |`);
  }
}

import { listDevPages } from './eval/dev-sets.ts';
import { scorePage } from './eval/scoring.ts';
import { bodyContainment } from '../main/archive/same-article/similarity.ts';
const pages = listDevPages(process.cwd()).filter((p) => p.split === 'tuning' && (p.news || p.set === 'article-bodies'));
const html = pages.map((p) => scorePage(p, 'html').parsed);
const text = pages.map((p) => scorePage(p, 'text').parsed);
const same = pages.map((p, i) => [bodyContainment(html[i]!.body, text[i]!.body), p.name] as const).sort((a, b) => a[0] - b[0]);
console.log('same article, lowest:', same.slice(0, 8).map(([s, n]) => `${n} ${s.toFixed(3)}`).join(', '));
let worst = 0; let pair = '';
for (let i = 0; i < pages.length; i++) for (let j = 0; j < pages.length; j++) if (i !== j) {
  for (const [a, b] of [[html[i]!, html[j]!], [html[i]!, text[j]!], [text[i]!, text[j]!]]) {
    const s = bodyContainment(a.body, b.body);
    if (s > worst) { worst = s; pair = `${pages[i]!.name} ~ ${pages[j]!.name}`; }
  }
}
console.log('different articles, highest:', worst.toFixed(3), pair, 'pages', pages.length);

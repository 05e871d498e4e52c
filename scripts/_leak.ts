import { listDevPages } from './eval/dev-sets.ts';
import { scorePage } from './eval/scoring.ts';
import { pageF1, precisionOf, recallOf } from './eval/shingles.ts';
const fmt = (process.argv[2] ?? 'html') as 'html' | 'text';
const rows = listDevPages(process.cwd()).filter((p) => p.set === 'article-bodies' && p.split === 'tuning').map((p) => scorePage(p, fmt));
rows.sort((a, b) => pageF1(a.body) - pageF1(b.body));
for (const s of rows.slice(0, Number(process.argv[3] ?? 25))) {
  const truth = s.page.truth.body.replace(/\s+/g, ' ');
  const extra = s.parsed.body.filter((p) => !truth.includes(p.replace(/\s+/g, ' ').slice(0, 60)));
  const missing = s.page.truth.body.split(/\n+/).filter((t) => t.trim() && !s.parsed.body.join(' ').replace(/\s+/g, ' ').includes(t.trim().replace(/\s+/g, ' ').slice(0, 50)));
  console.log(`== ${s.page.name} F1 ${pageF1(s.body).toFixed(3)} P ${precisionOf(s.body)?.toFixed(3)} R ${recallOf(s.body)?.toFixed(3)} ${s.parsed.title.slice(0, 60)}`);
  for (const e of extra.slice(0, 8)) console.log(`   + ${e.slice(0, 120)}`);
  if (extra.length > 8) console.log(`   + ... ${extra.length - 8} more`);
  for (const m of missing.slice(0, 4)) console.log(`   - ${m.slice(0, 120)}`);
  if (missing.length > 4) console.log(`   - ... ${missing.length - 4} more`);
}

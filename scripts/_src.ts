import { readFileSync } from 'node:fs';
import path from 'node:path';
import { listDevPages } from './eval/dev-sets.ts';
for (const p of listDevPages(process.cwd())) {
  if (p.split !== 'tuning' || !p.news || p.truth.sources.length === 0) continue;
  const lines = readFileSync(path.join(p.folder, 'clip.txt'), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
  const hits = lines.map((l, i) => [i, l] as const).filter(([, l]) => p.truth.sources.some((s) => l.toLowerCase().includes(s.toLowerCase())));
  console.log(`== ${p.name} [${p.truth.sources.join(' | ')}] ${lines.length} lines`);
  for (const [i, l] of hits.slice(0, 4)) console.log(`   ${i}: ${l.slice(0, 110)}`);
  if (hits.length > 4) console.log(`   ... ${hits.length - 4} more; last ${hits.at(-1)![0]}: ${hits.at(-1)![1].slice(0, 100)}`);
}

import { readFileSync } from 'node:fs';
import { parseClippingFile } from '../main/archive/ingest/index.ts';
for (const f of process.argv.slice(2)) {
  try {
    const p = parseClippingFile(f, readFileSync(f));
    console.log(f, JSON.stringify({ title: p.title, subtitle: p.subtitle, authors: p.authors, source: p.source, url: p.url, publishedAt: p.publishedAt, updatedAt: p.updatedAt, body0: p.body[0]?.slice(0, 60), bodyN: p.body.length, body: p.body.map((b) => b.slice(0, 30)), entities: p.entities }, null, 0));
  } catch (e) { console.log(f, 'ERROR', (e as Error).message); }
}

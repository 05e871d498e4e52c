import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { listDevPages } from './eval/dev-sets.ts';
import { bodyParagraphs } from '../main/archive/ingest/html-body.ts';
import { withoutBodyChrome } from '../main/archive/ingest/body-chrome.ts';
const fmt = process.argv[2] ?? 'html';
for (const p of listDevPages(process.cwd()).filter((p) => p.set === (process.argv[3] ?? 'article-bodies') && p.split === 'tuning')) {
  let paras: string[]; const links = new Set<string>();
  if (fmt === 'html') {
    const doc = new JSDOM(readFileSync(path.join(p.folder, 'source.html'), 'utf8').replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, ''), { virtualConsole: new VirtualConsole() }).window.document;
    const a = new Readability(doc, { keepClasses: true }).parse();
    const c = new JSDOM(`<body>${a?.content ?? ''}</body>`, { virtualConsole: new VirtualConsole() }).window.document.body;
    paras = bodyParagraphs(c, undefined, links);
  } else paras = readFileSync(path.join(p.folder, 'clip.txt'), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
  const kept = new Set(withoutBodyChrome(paras, links));
  const truth = p.truth.body.replace(/\s+/g, ' ');
  for (const x of paras) if (!kept.has(x) && truth.includes(x.replace(/\s+/g, ' ').slice(0, 80))) console.log(`${p.name}: ${links.has(x) ? '[link] ' : ''}${x.slice(0, 140)}`);
}

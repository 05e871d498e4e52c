/**
 * News pages with photos for tests, made on the spot: the page's HTML (a lead photo and one in
 * the article, with captions and credits, plus a cookie banner, a share bar and related links
 * that must stay out of the body), the same page saved as MHTML ("Save as single file"), and saved
 * "complete" (the .html and its `_files` folder).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeHarbourPhoto } from './photos.ts';

export interface PagePhoto {
  /** The address the page uses for it (absolute, or relative for a page saved complete). */
  src: string;
  caption: string;
  credit: string;
  data: Uint8Array;
}

export interface NewsPage {
  title: string;
  url: string;
  html: string;
  photos: PagePhoto[];
}

const PARAGRAPHS = [
  'The harbour authority approved the new breakwater on Monday after a decade of argument, clearing the way for work to start in the spring.',
  'Engineers say the wall will shelter the inner basin from the winter storms that have sunk three fishing boats since 2019.',
  'Fishermen who had campaigned for the project gathered on the quay to hear the vote read out, and some of them cheered.',
  'The cost, put at 48 million euros, will be shared between the port, the region and a European fund for coastal towns.',
  'Opponents worry about the seagrass meadows beyond the harbour mouth, which shelter young fish and a rare seahorse.',
  'The authority promised to move the meadows before building starts, a method tried with success in two Spanish ports.',
];

/** A page about the harbour with two photos; `base` is where the photos' addresses point. */
export async function newsPage(options: { base?: string; seed?: number; title?: string; paragraphs?: readonly string[] } = {}): Promise<NewsPage> {
  const base = options.base ?? 'https://news.example.org/media/';
  const seed = options.seed ?? 1;
  const title = options.title ?? 'Harbour wall approved after ten years of argument';
  const p = options.paragraphs ?? PARAGRAPHS;
  // Another title is another article, at its own address.
  const url = `https://news.example.org/2024/05/${options.title ? title.toLowerCase().replace(/[^a-z0-9]+/g, '-') : 'harbour-wall'}`;
  const photos: PagePhoto[] = [
    { src: `${base}harbour-dawn.jpg`, caption: 'Fishing boats in the inner basin at dawn on Monday.', credit: 'Photo: Ana Costa/Example News', data: await makeHarbourPhoto(seed, 960, 640) },
    { src: `${base}quay-vote.jpg`, caption: 'Fishermen on the quay hear the vote read out.', credit: 'Photo: Ben Ode', data: await makeHarbourPhoto(seed + 100, 800, 533) },
  ];
  const [lead, second] = photos as [PagePhoto, PagePhoto];
  const figure = (p: PagePhoto) => `<figure><img src="${p.src}" alt="" width="800"><figcaption>${p.caption} <span class="credit">${p.credit}</span></figcaption></figure>`;
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title} | Example News</title>
<meta property="og:title" content="${title}"><meta property="og:site_name" content="Example News">
<meta name="author" content="Ana Costa"><meta property="article:published_time" content="2024-05-06T09:30:00Z">
<link rel="canonical" href="${url}"></head>
<body>
<div class="cookie-banner" id="cookie-consent"><p>We use cookies to improve your experience. Accept all cookies or manage your preferences.</p><button>Accept</button></div>
<header class="site-header"><a href="/">Example News</a><nav><a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
<main><article>
<h1>${title}</h1>
<p class="byline">By Ana Costa</p>
${figure(lead)}
<p>${p[0]}</p><p>${p[1]}</p><p>${p[2]}</p>
${figure(second)}
<p>${p[3]}</p><p>${p[4]}</p><p>${p[5]}</p>
<div class="share-bar social-share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email this article</a></div>
</article>
<aside class="related-links"><h2>Related</h2><ul><li><a href="/a">Ferry strike ends after four days of talks</a></li><li><a href="/b">Storm damage at the marina costs millions</a></li></ul></aside>
</main>
<div class="paywall-overlay"><p>Subscribe now to keep reading unlimited articles for one euro a week.</p></div>
<footer><p>© Example News 2024</p></footer>
</body></html>`;
  return { title, url, html, photos };
}

/** A second story, for tests that need two different articles from the same site. */
export const FERRY_PARAGRAPHS = [
  'The ferry crews ended their strike on Thursday night after four days of talks with the operator at the regional labour office.',
  'Sailings to the islands resume on Friday morning, with extra crossings added to clear the backlog of lorries at the port.',
  'The union said the deal raises pay by six per cent over two years and limits night shifts to three in a row.',
  'Island shops had begun to run short of fresh food, and two schools closed because teachers could not cross.',
  'The operator said the strike cost it about two million euros and that no jobs would be cut as a result.',
  'Both sides agreed to meet again in March to talk about the new ships the company plans to buy.',
];

/** The paragraphs of the page's article, for checking the body. */
export const NEWS_PARAGRAPHS = PARAGRAPHS;

const wrap = (base64: string): string => base64.replace(/.{1,76}/g, '$&\r\n');

/** The page as Chromium's "Save as single file" writes it: the HTML, then each photo as a base64 part. */
export function mhtmlOf(page: NewsPage): Uint8Array {
  const boundary = '----MultipartBoundary--clipdeskTestBoundary----';
  const parts = [
    `--${boundary}\r\nContent-Type: text/html\r\nContent-ID: <frame-0@mhtml.blink>\r\nContent-Transfer-Encoding: base64\r\nContent-Location: ${page.url}\r\n\r\n${wrap(Buffer.from(page.html).toString('base64'))}`,
    ...page.photos.map((p, i) => `--${boundary}\r\nContent-Type: image/jpeg\r\nContent-Transfer-Encoding: base64\r\nContent-Location: ${p.src}\r\nContent-ID: <photo-${i}@mhtml.blink>\r\n\r\n${wrap(Buffer.from(p.data).toString('base64'))}`),
  ];
  const head = `From: <Saved by Blink>\r\nSnapshot-Content-Location: ${page.url}\r\nSubject: ${page.title}\r\nDate: Mon, 6 May 2024 10:00:00 -0000\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="${boundary}"\r\n\r\n\r\n`;
  return new TextEncoder().encode(`${head}${parts.join('\r\n')}\r\n--${boundary}--\r\n`);
}

/** The page saved "complete" into `dir`: `<name>.html` and `<name>_files/` with the photos; returns the .html path. */
export async function writeSavedCompletePage(dir: string, name = 'Harbour wall approved', seed = 1): Promise<{ file: string; page: NewsPage }> {
  const folder = `${name}_files`;
  const page = await newsPage({ base: `./${encodeURIComponent(folder).replace(/%20/g, '%20')}/`, seed });
  mkdirSync(path.join(dir, folder), { recursive: true });
  for (const photo of page.photos) writeFileSync(path.join(dir, folder, decodeURIComponent(photo.src.split('/').at(-1)!)), photo.data);
  const file = path.join(dir, `${name}.html`);
  writeFileSync(file, `<!-- saved from url=(0047)${page.url} -->\n${page.html}`);
  return { file, page };
}

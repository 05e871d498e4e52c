import type { Clipping, ClippingImage } from '../../../preload/api/index.ts';
import { printCss } from './print-css.ts';
import {
  byline,
  citationParts,
  escapeHtml,
  formatDate,
  isWebUrl,
  paragraphs,
} from './print-text.ts';
import type { PrintOptions } from './print-options.ts';

/** Turns one run of clipping text into HTML: escaping, and for dossiers, marking matched words. */
export type TextRenderer = (text: string) => string;

export interface ArticleOptions {
  /** escapeHtml when not given. */
  renderText?: TextRenderer;
  /** The bio's heading as a real heading (h2). A dossier turns it off so its bookmarks list only clippings. */
  bioHeading?: boolean;
  /** Printed above the title (a dossier's "Clipping 3 of 12"). */
  kicker?: string;
  /** The article's id attribute, a target for the dossier's table of contents. */
  anchor?: string;
}

// No script may run and nothing may load: the document is printed offline from untrusted text.
// The engines also disable JavaScript and block the network; this is the second lock.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src 'none'";

/** An ISO 639 code for `<html lang>`, which drives hyphenation and CJK glyph choice; 'und' when unknown. */
function langAttribute(language: string | null): string {
  return language && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(language) ? language : 'und';
}

function metaBlock(clipping: Clipping): string {
  const by = byline(clipping.authors);
  const details: string[] = [];
  if (clipping.source?.trim()) details.push(`<span class="source">${escapeHtml(clipping.source.trim())}</span>`);
  const published = formatDate(clipping.publishedAt);
  if (published) {
    const datetime = clipping.publishedAt ? ` datetime="${escapeHtml(clipping.publishedAt.trim())}"` : '';
    details.push(`<time class="published"${datetime}>${escapeHtml(published)}</time>`);
  }
  if (!by && details.length === 0) return '';
  const lines = [
    by ? `<p class="byline">${escapeHtml(by)}</p>` : '',
    details.length ? `<p class="details">${details.join('<span class="sep">·</span>')}</p>` : '',
  ];
  return `<div class="meta">${lines.join('')}</div>`;
}

// Only images already inside the document may print: the archive service can hand over stored
// image bytes as data: URLs. Web addresses are never fetched (the print page has no network).
const PRINTABLE_IMAGE = /^data:image\/(?:png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\s]+$/;

function figure(image: ClippingImage, renderText: TextRenderer): string {
  const caption = image.caption.trim();
  const credit = image.credit?.trim();
  const src = image.src && PRINTABLE_IMAGE.test(image.src) ? image.src.replace(/\s+/g, '') : null;
  if (!caption && !credit && !src) return '';
  const img = src ? `<img src="${escapeHtml(src)}" alt="${escapeHtml(caption)}">` : '';
  const creditHtml = credit ? `${caption ? ' ' : ''}<span class="credit">${escapeHtml(credit)}</span>` : '';
  const captionHtml = caption || credit ? `<figcaption>${renderText(caption)}${creditHtml}</figcaption>` : '';
  return `<figure${src ? ' class="photo"' : ''}>${img}${captionHtml}</figure>`;
}

function bioSection(clipping: Clipping, renderText: TextRenderer, realHeading: boolean): string {
  const bio = clipping.authorBio;
  if (!bio) return '';
  const text = paragraphs(bio.text);
  if (!bio.name.trim() && text.length === 0) return '';
  const [open, close] = realHeading ? ['<h2>', '</h2>'] : ['<p class="bio-heading">', '</p>'];
  const name = `${open}<span class="label">About the author</span>${escapeHtml(bio.name.trim())}${close}`;
  return `<section class="bio">${name}${text.map((p) => `<p>${renderText(p)}</p>`).join('')}</section>`;
}

function tagsBlock(tags: readonly string[]): string {
  const clean = tags.map((t) => t.trim()).filter((t) => t !== '');
  if (clean.length === 0) return '';
  return `<p class="tags"><span class="label">Tags:</span>${clean.map((t) => `<span class="tag">${escapeHtml(t)}</span>`).join(' ')}</p>`;
}

/** The person's own note on the clipping, paragraph by paragraph, marked as theirs. */
function noteBlock(note: string | undefined): string {
  const text = paragraphs(note ?? '');
  if (text.length === 0) return '';
  return `<section class="note"><p class="note-heading"><span class="label">Note</span></p>${text.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</section>`;
}

function citationBlock(clipping: Clipping): string {
  const { text, url, clipped } = citationParts(clipping);
  const urlHtml = url
    ? isWebUrl(url)
      ? ` <a class="url" href="${escapeHtml(url)}">${escapeHtml(url)}</a>`
      : ` <span class="url">${escapeHtml(url)}</span>`
    : '';
  return (
    `<footer class="citation"><p><span class="label">Source:</span> ${escapeHtml(text)}${urlHtml}</p>` +
    `<p>${escapeHtml(clipped)}</p></footer>`
  );
}

/** A photo with a place in the body prints there (the lead photo, or one before the first paragraph, heads the article). */
function placedInBody(image: ClippingImage, paragraphs: number): boolean {
  return !image.lead && typeof image.position === 'number' && image.position > 0 && image.position <= paragraphs;
}

function bodyWithFigures(clipping: Clipping, renderText: TextRenderer): string {
  const out: string[] = [];
  clipping.body.forEach((text, i) => {
    for (const image of clipping.images) if (placedInBody(image, clipping.body.length) && image.position === i) out.push(figure(image, renderText));
    if (text.trim() !== '') out.push(`<p>${renderText(text.trim())}</p>`);
  });
  for (const image of clipping.images) if (placedInBody(image, clipping.body.length) && image.position === clipping.body.length) out.push(figure(image, renderText));
  return out.join('\n');
}

/** One clipping as an <article>: header, figures, body, bio, tags, the person's note and citation. */
export function articleHtml(clipping: Clipping, options: ArticleOptions = {}): string {
  const renderText = options.renderText ?? escapeHtml;
  const title = clipping.title.replace(/\s+/g, ' ').trim() || `Clipping ${clipping.id}`;
  const subtitle = clipping.subtitle?.trim();
  return [
    options.anchor ? `<article id="${escapeHtml(options.anchor)}">` : '<article>',
    '<header>',
    options.kicker ? `<p class="kicker">${escapeHtml(options.kicker)}</p>` : '',
    `<h1>${renderText(title)}</h1>`,
    subtitle ? `<p class="subtitle">${renderText(subtitle)}</p>` : '',
    metaBlock(clipping),
    '</header>',
    clipping.images.filter((image) => !placedInBody(image, clipping.body.length)).map((image) => figure(image, renderText)).join(''),
    `<div class="body">${bodyWithFigures(clipping, renderText)}</div>`,
    bioSection(clipping, renderText, options.bioHeading ?? true),
    tagsBlock(clipping.tags),
    noteBlock(clipping.note),
    citationBlock(clipping),
    '</article>',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

/** What a printed document says about itself; Chromium writes <title> into the PDF, the rest is set afterwards (pdf-info.ts). */
export interface DocumentHead {
  title: string;
  /** ISO 639 code of the text, for hyphenation and CJK glyphs. */
  language: string | null;
  author?: string;
  keywords?: readonly string[];
  css: string;
}

/** A complete, self-contained HTML document around `body`: inline CSS, no scripts, nothing remote. */
export function htmlDocument(head: DocumentHead, body: string): string {
  const keywords = head.keywords?.filter((k) => k.trim() !== '') ?? [];
  return [
    '<!DOCTYPE html>',
    `<html lang="${langAttribute(head.language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    `<title>${escapeHtml(head.title)}</title>`,
    head.author ? `<meta name="author" content="${escapeHtml(head.author)}">` : '',
    keywords.length ? `<meta name="keywords" content="${escapeHtml(keywords.join(', '))}">` : '',
    `<style>${head.css}</style>`,
    '</head>',
    '<body>',
    body,
    '</body>',
    '</html>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

/** A complete, self-contained HTML document (inline CSS, no scripts, no remote resources) to print one clipping. */
export function buildPrintHtml(clipping: Clipping, options: PrintOptions): string {
  const head: DocumentHead = {
    title: clipping.title.trim() || `Clipping ${clipping.id}`,
    language: clipping.language,
    author: clipping.authors.join(', '),
    keywords: clipping.tags,
    css: printCss(options),
  };
  return htmlDocument(head, articleHtml(clipping));
}

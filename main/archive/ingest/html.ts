/**
 * A saved web page to a clipping: Readability finds the article; the page's own metadata gives
 * title, byline, site, date, language and lead image. The HTML is only read here, never kept as
 * HTML. Never throws: a page jsdom or Readability cannot handle falls back to its text.
 */
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { ClippingImage, ParsedClipping } from '../../../preload/api/index.ts';
import { mergeAuthors, splitByline } from './authors.ts';
import { normaliseIsoDate } from './dates.ts';
import { withoutBodyChrome } from './body-chrome.ts';
import { bodyParagraphs, figures, markedPullQuotes } from './html-body.ts';
import { collectBioBoxes, findDek, pickAuthorBio } from './html-parts.ts';
import { detectLanguage, normaliseLanguageTag } from './language.ts';
import { isBylineLine } from './lines.ts';
import { readMetadata } from './metadata.ts';
import { pagePublication } from './publication.ts';
import { parseTextClipping } from './text.ts';
import { understand } from './understanding.ts';
import { articleImages, placeImages } from './images/article-images.ts';
import { removePageOverlays } from './page-overlays.ts';

export function parseHtmlClipping(html: string, url?: string): ParsedClipping {
  const source = typeof html === 'string' ? html : '';
  const pageUrl = usableUrl(url);
  try {
    return parseWithReadability(source, pageUrl);
  } catch {
    return { ...parseTextClipping(roughText(source)), url: pageUrl && /^https?:/i.test(pageUrl) ? pageUrl : null };
  }
}

function parseWithReadability(html: string, pageUrl: string | null): ParsedClipping {
  const dom = new JSDOM(withoutScripts(html), { url: pageUrl ?? undefined, virtualConsole: new VirtualConsole() });
  const doc = dom.window.document;
  const meta = readMetadata(doc);
  // The article's own address (canonical link, og:url) before the address it was saved from.
  const articleUrl = meta.canonicalUrl ?? (pageUrl && /^https?:/i.test(pageUrl) ? pageUrl : null);
  removePageOverlays(doc);
  const leadFigures = figures(doc, doc);
  const dek = findDek(doc, meta.title ?? '');
  const bioBoxes = collectBioBoxes(doc); // before Readability rewrites the document
  const firstHeading = clean(doc.querySelector('h1')?.textContent);
  const pullQuotes = markedPullQuotes(doc);
  const article = new Readability(doc, { keepClasses: true }).parse();

  const container = new JSDOM('<!doctype html><body></body>', { virtualConsole: new VirtualConsole() }).window.document;
  const content = container.createElement('div');
  content.innerHTML = article?.content ?? '';
  const headingTexts = new Set<string>();
  const links = new Set<string>();
  let body = withoutBodyChrome(bodyParagraphs(content, headingTexts, links), links);
  let images: ClippingImage[] = articleImages(content, doc);
  if (images.length === 0) images = leadFigures.slice(0, 1);
  let fallback: ParsedClipping | null = null;
  if (body.length === 0) {
    // Readability found no article: read the page's text the way a copied page is read.
    fallback = parseTextClipping(pageText(html, pageUrl));
    body = fallback.body;
  }

  const authors = mergeAuthors(splitByline(article?.byline), meta.authors, fallback?.authors ?? []);
  body = withoutBylineParagraph(body, authors);
  const authorBio = pickAuthorBio(bioBoxes, authors);
  dom.window.close();
  if (authorBio) body = body.filter((paragraph) => !authorBio.text.includes(paragraph));
  const subtitle = dek ?? descriptionAsDek(meta.description, body);
  // The dek is shown as the subtitle; Readability often leaves it at the top of the article too.
  if (subtitle) body = body.filter((paragraph, i) => i > 2 || paragraph !== subtitle);
  const title = clean(article?.title) ?? meta.title ?? firstHeading ?? fallback?.title ?? '';
  // The headline is the title, not the first paragraph (Readability sometimes keeps the h1, or a
  // breadcrumb ending in it, or the displayed headline where the title is the tab's).
  body = body.filter((paragraph, i) => i > 1 || !repeatsHeadline(paragraph, [title, firstHeading ?? '']));
  return placeImages(understand({
    title,
    subtitle,
    authors,
    source: pagePublication({ siteName: clean(article?.siteName) ?? meta.siteName, publisher: meta.publisher, url: articleUrl }),
    url: articleUrl,
    publishedAt: normaliseIsoDate(article?.publishedTime) ?? meta.publishedAt,
    language: normaliseLanguageTag(article?.lang) ?? meta.language ?? detectLanguage(body.join('\n')),
    images: withLeadImage(images, meta.imageUrl),
    body,
    authorBio,
  }, { repeatsArePullQuotes: false, headingTexts: fallback ? new Set(fallback.headings?.map((i) => fallback.body[i] ?? '')) : headingTexts, pullQuotes: pullQuotes.filter((q) => q.marked).map((q) => q.text), echoedQuotes: pullQuotes.filter((q) => !q.marked).map((q) => q.text), updatedAt: meta.updatedAt }));
}

/** A paragraph that is a headline, or a short line ending in one ("HomeLatest NewsThe headline"). */
function repeatsHeadline(paragraph: string, headlines: string[]): boolean {
  return headlines.some((headline) => headline !== '' && (paragraph === headline
    || (paragraph.endsWith(headline) && paragraph.split(/\s+/).length <= headline.split(/\s+/).length + 6)));
}

/**
 * The page's description stands in for a dek when it is a finished sentence of its own, not
 * the opening of the first paragraph cut short (which is what most descriptions are).
 */
function descriptionAsDek(description: string | null, body: string[]): string | null {
  const text = clean(description);
  if (!text || /(?:\.\.\.|…)$/.test(text) || text.split(/\s+/).length > 60) return null;
  const opening = (body[0] ?? '').slice(0, 60).toLowerCase();
  return opening && text.toLowerCase().startsWith(opening.slice(0, Math.min(40, opening.length))) ? null : text;
}

/** The og:image is the lead image: attach it to the first figure, or stand alone without caption. */
function withLeadImage(images: ClippingImage[], imageUrl: string | null): ClippingImage[] {
  if (!imageUrl) return images;
  const [first, ...rest] = images;
  if (!first) return [{ caption: '', credit: null, src: imageUrl }];
  return [{ ...first, src: first.src ?? imageUrl }, ...rest];
}

/**
 * Readability leaves a "By X" line in the article when it took the byline from metadata; it is
 * the byline, not the story, so a leading paragraph naming exactly the authors goes.
 */
function withoutBylineParagraph(body: string[], authors: string[]): string[] {
  if (authors.length === 0) return body;
  const wanted = authors.map((a) => a.toLowerCase()).sort().join('|');
  return body.filter((paragraph, i) => i > 2 || !isBylineLine(paragraph) || splitByline(paragraph).map((a) => a.toLowerCase()).sort().join('|') !== wanted);
}

function clean(value: string | null | undefined): string | null {
  const text = (value ?? '').replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

function usableUrl(url: string | undefined): string | null {
  if (typeof url !== 'string' || url.trim() === '') return null;
  try {
    const parsed = new URL(url.trim());
    return /^(?:https?|file):$/.test(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}

/** The page's text with a line per block, like a browser's copy (for the no-article fallback). */
function pageText(html: string, pageUrl: string | null): string {
  const dom = new JSDOM(withoutScripts(html), { url: pageUrl ?? undefined, virtualConsole: new VirtualConsole() });
  const body = dom.window.document.body;
  const text = body ? bodyParagraphs(body).join('\n') : '';
  dom.window.close();
  return text;
}

/**
 * Scripts and styles are never article text; dropping them before jsdom parses the page saves
 * much of the work on big pages. JSON-LD stays: it carries metadata.
 */
function withoutScripts(html: string): string {
  return html
    .replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '');
}

/** Last resort when the DOM itself failed: tags stripped, entities for the common cases. */
function roughText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<\/(p|div|h\d|li|tr|br)\s*>|<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');
}

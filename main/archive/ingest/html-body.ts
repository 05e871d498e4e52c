/**
 * Readability's article HTML to paragraph texts and figures. Block elements (p, headings, list
 * items, blockquotes, figures, table cells) each end a paragraph; inline text joins the
 * paragraph it sits in; whitespace is normalised. Figure captions become images, not body text.
 */
import type { ClippingImage } from '../../../preload/api/index.ts';
import { splitCredit } from './lines.ts';
import { absoluteUrl } from './metadata.ts';

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'SECTION', 'ARTICLE', 'UL', 'OL',
  'DL', 'DT', 'DD', 'TABLE', 'TR', 'TD', 'TH', 'CAPTION', 'HEADER', 'FOOTER', 'ASIDE', 'ADDRESS', 'HR', 'MAIN',
  'NAV', 'DETAILS', 'SUMMARY', 'FIGURE',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'IFRAME']);

const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** A paragraph whose text is this much link text is a link (a teaser, a related story), not prose. */
const LINK_ONLY_SHARE = 0.9;

/**
 * The paragraphs; the texts of those that are headings are added to `headings` when given, and
 * those made (almost) wholly of link text to `links`.
 */
export function bodyParagraphs(root: Element, headings?: Set<string>, links?: Set<string>): string[] {
  const paragraphs: string[] = [];
  let current = '';
  let linkChars = 0;
  let inLink = 0;
  const flush = (heading = false): void => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text !== '') {
      paragraphs.push(text);
      if (heading) headings?.add(text);
      if (linkChars >= LINK_ONLY_SHARE * text.replace(/\s+/g, '').length) links?.add(text);
    }
    current = '';
    linkChars = 0;
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      current += value;
      if (inLink > 0) linkChars += value.replace(/\s+/g, '').length;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (SKIPPED_TAGS.has(el.tagName.toUpperCase()) || el.tagName === 'FIGCAPTION') return;
    if (el.tagName === 'BR') {
      current += ' ';
      return;
    }
    const block = BLOCK_TAGS.has(el.tagName.toUpperCase());
    const link = el.tagName === 'A' && el.hasAttribute('href');
    if (block) flush();
    if (link) inLink++;
    for (const child of el.childNodes) walk(child);
    if (link) inLink--;
    if (block) flush(HEADING_TAGS.has(el.tagName.toUpperCase()));
  };
  walk(root);
  flush();
  return paragraphs;
}

/** Each figure with a caption, in order: caption, credit (from the caption or a credit element), src. */
export function figures(root: ParentNode, doc: Document): ClippingImage[] {
  const images: ClippingImage[] = [];
  const seen = new Set<string>();
  for (const figure of root.querySelectorAll('figure')) {
    const captionEl = figure.querySelector('figcaption');
    if (!captionEl) continue;
    const creditEl = captionEl.querySelector('[class*="credit" i], [class*="byline" i], [class*="copyright" i]');
    const creditText = normalise(creditEl?.textContent ?? '');
    const fullCaption = normalise(captionEl.textContent ?? '');
    const withoutCredit = (creditText && fullCaption.endsWith(creditText) ? fullCaption.slice(0, -creditText.length) : fullCaption).replace(/\s*[-–—|]\s*$/, '').trim();
    const split = splitCredit(withoutCredit);
    const credit = creditText ? creditText.replace(/^(?:(?:credit|photo|photograph|image|foto|bild)\s*(?:by|:)?|by)\s+/i, '') : split.credit;
    if (split.caption === '' && !credit) continue;
    if (seen.has(split.caption)) continue;
    seen.add(split.caption);
    const img = figure.querySelector('img');
    const src = img?.getAttribute('src') ?? img?.getAttribute('data-src') ?? null;
    images.push({ caption: split.caption, credit: credit || null, src: src && !src.startsWith('data:') ? absoluteUrl(src, doc) : null });
  }
  return images;
}

/**
 * Pull quotes the page marks as such (a class naming "pull"), or an aside repeating a sentence
 * of the article. Read from the page before Readability, which drops most of them.
 */
export function markedPullQuotes(doc: Document): { text: string; marked: boolean }[] {
  const found: { text: string; marked: boolean }[] = [];
  const bodyText = normalise(doc.body?.textContent ?? '');
  for (const el of doc.querySelectorAll('[class*="pull" i], aside')) {
    const className = el.getAttribute('class') ?? '';
    // "pull-left"/"pull-right" are layout classes, not pull quotes.
    const marked = /pull[-_]?quote|pullout|pull-out/i.test(className) || (el.tagName === 'BLOCKQUOTE' && /pull/i.test(className));
    if (!marked && el.tagName !== 'ASIDE') continue;
    const text = normalise(el.textContent ?? '');
    const words = text.split(' ').length;
    if (words < 4 || words > 80 || text.length < 25) continue;
    // An aside repeating a sentence of the page is a pull quote; a repeated menu or link list is not.
    const sentence = /^["“]?\p{Lu}/u.test(text) && /[.!?…]["”]?$/.test(text) && words <= 45;
    const repeated = !marked && sentence && bodyText.split(text).length > 2;
    if ((marked || repeated) && !found.some((f) => f.text === text)) found.push({ text, marked });
  }
  return found.slice(0, 10);
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

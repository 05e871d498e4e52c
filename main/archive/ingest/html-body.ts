/**
 * Readability's article HTML to paragraph texts and figures. Block elements (p, headings, list
 * items, blockquotes, figures, table cells) each end a paragraph; inline text joins the
 * paragraph it sits in; whitespace is normalised. Figure captions become images, not body text.
 */
import type { ClippingImage } from '../../../preload/api.ts';
import { splitCredit } from './lines.ts';
import { absoluteUrl } from './metadata.ts';

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'SECTION', 'ARTICLE', 'UL', 'OL',
  'DL', 'DT', 'DD', 'TABLE', 'TR', 'TD', 'TH', 'CAPTION', 'HEADER', 'FOOTER', 'ASIDE', 'ADDRESS', 'HR', 'MAIN',
  'NAV', 'DETAILS', 'SUMMARY', 'FIGURE',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'IFRAME']);

export function bodyParagraphs(root: Element): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text !== '') paragraphs.push(text);
    current = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
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
    if (block) flush();
    for (const child of el.childNodes) walk(child);
    if (block) flush();
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

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Parts of a saved page that Readability does not return on their own: the dek (standfirst)
 * under the headline and the author bio box. Found by the words pages use in class names for
 * them (dek, standfirst, subtitle, author-bio, ...), never by any one site's markup.
 */
import type { AuthorBio } from '../../../preload/api/index.ts';
import { dateInText } from './dates.ts';
import { splitCredit } from './lines.ts';

const DEK_CLASS = /(?:^|[-_])(?:dek|deck|standfirst|subtitle|sub-?headline|strapline|summary|lede|intro|teaser-text)$/i;
const BIO_CLASS = /(?:^|[-_])(?:author-?bio|author-?box|author-?info|about-?(?:the-)?author|author-?card|author-?details|bio|biography|contributor-?bio)$/i;
const OFF_ARTICLE = 'nav, footer, aside, form, [class*="rail" i], [class*="sidebar" i], [class*="widget" i], [class*="game" i], [class*="popular" i], [class*="related" i], [class*="promo" i], [class*="modal" i], [class*="newsletter" i], [class*="recommend" i]';

/**
 * Every element under root, in document order, by walking children (jsdom's live collections
 * and selector engine are slow on big pages).
 */
function elementsUnder(root: Element): Element[] {
  const found: Element[] = [];
  const stack: Element[] = [];
  for (let child = root.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  while (stack.length > 0) {
    const el = stack.pop() as Element;
    found.push(el);
    for (let child = el.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  }
  return found;
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function classMatches(el: Element, pattern: RegExp): boolean {
  return [...el.classList].some((token) => pattern.test(token));
}

/** The page's headline element: the h1 (or h2) whose text is the title, else the first h1. */
function headlineElement(doc: Document, title: string): Element | null {
  const wanted = clean(title).toLowerCase();
  const headings = [...doc.querySelectorAll('h1, h2')];
  const matching = headings.find((h) => {
    const text = clean(h.textContent).toLowerCase();
    return text.length > 0 && wanted.length > 0 && (wanted.includes(text) || text.includes(wanted));
  });
  return matching ?? doc.querySelector('h1');
}

function isDekCandidate(el: Element, headline: Element | null, title: string): string | null {
  if (!(classMatches(el, DEK_CLASS) || el.getAttribute('itemprop') === 'description') || el.closest(OFF_ARTICLE)) return null;
  if (el.tagName === 'META' || el.closest('figure, figcaption') || el === headline) return null;
  if (headline && !(headline.compareDocumentPosition(el) & 4)) return null; // must follow the headline
  const text = clean(el.textContent);
  if (splitCredit(text).credit) return null; // a photo caption, not a dek
  const count = words(text);
  return count >= 5 && count <= 70 && text !== clean(title) ? text : null;
}

/** The dek: an element classed as one, following the headline within its header block (a few levels up). */
export function findDek(doc: Document, title: string): string | null {
  const headline = headlineElement(doc, title);
  if (!headline) return null;
  const scopes: Element[] = [];
  for (let scope = headline.parentElement; scope && scopes.length < 4; scope = scope.parentElement) scopes.push(scope);
  const widest = scopes.at(-1);
  if (!widest) return null;
  const candidates = elementsUnder(widest).filter((el) => isDekCandidate(el, headline, title) !== null);
  // The nearest to the headline's own block wins.
  for (const scope of scopes) {
    const found = candidates.find((el) => scope.contains(el));
    if (found) return isDekCandidate(found, headline, title);
  }
  return null;
}

/** A box classed as an author bio, read before Readability rewrites the page. */
export interface BioBox {
  text: string;
  paragraphs: string[];
}

export function collectBioBoxes(doc: Document): BioBox[] {
  const boxes: BioBox[] = [];
  for (const el of doc.body ? elementsUnder(doc.body) : []) {
    if (!classMatches(el, BIO_CLASS) || el.closest('nav, form')) continue;
    const text = clean(el.textContent);
    if (words(text) < 8) continue;
    const paragraphs = [...el.querySelectorAll('p')].map((p) => clean(p.textContent)).filter((p) => words(p) >= 5);
    boxes.push({ text, paragraphs });
  }
  return boxes;
}

/**
 * The author box for one of the article's authors: a box naming that person with some text
 * about them. Its paragraphs become the bio, joined by blank lines.
 */
export function pickAuthorBio(boxes: BioBox[], authors: string[]): AuthorBio | null {
  for (const box of boxes) {
    const { text, paragraphs } = box;
    const author = authors.find((name) => text.toLowerCase().includes(name.toLowerCase()) || text.includes(name.split(' ').at(-1) ?? name));
    if (!author) continue;
    const bodyText = paragraphs.length > 0 ? paragraphs : [text.startsWith(author) || !text.includes(author) ? text : text.slice(text.indexOf(author))];
    const joined = bodyText.filter((p) => clean(p) !== author).join('\n\n');
    // A bio says something about the person in sentences; a byline box ("X, Jan 18, 2017, @x") does not.
    if (words(joined) >= 8 && /[.!?]/.test(joined) && !dateInText(joined)) return { name: author, text: joined };
  }
  return null;
}

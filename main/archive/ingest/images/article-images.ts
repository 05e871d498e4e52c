/**
 * The images of an article, in reading order, as Readability left them in the article's HTML:
 * each with its caption and credit (from its figure), the addresses its bytes may be found
 * under (src, the lazy-loading attributes, every srcset candidate, data: URIs included), and the
 * text of the paragraph that follows it, from which its place in the final body is found once the
 * parser has finished dropping bylines, deks and pull quotes (placeImages).
 */
import type { ClippingImage, ParsedClipping } from '../../../../preload/api/index.ts';
import { bodyParagraphs, figures } from '../html-body.ts';
import { absoluteUrl } from '../metadata.ts';

/** An image while the page is parsed: what the parser found, plus how to find its bytes and place it. */
export interface FoundImage extends ClippingImage {
  refs?: string[];
  anchor?: string | null;
}

/** Images kept from one article at most: a photo gallery does not need more. */
const MAX_ARTICLE_IMAGES = 40;

const refsByClipping = new WeakMap<ParsedClipping, string[][]>();

/** Where each image of a parsed clipping may be found, in `images` order (empty lists when unknown). */
export function imageRefsOf(parsed: ParsedClipping): string[][] {
  return refsByClipping.get(parsed) ?? parsed.images.map((image) => (image.src ? [image.src] : []));
}

/**
 * Gives a clipping parsed on another thread (a parse worker: the structured clone leaves the
 * WeakMap behind) the image addresses its parse found.
 */
export function keepImageRefs(parsed: ParsedClipping, refs: string[][]): ParsedClipping {
  refsByClipping.set(parsed, refs);
  return parsed;
}

/** Every address an <img> names for itself, best first: src, lazy-loading attributes, srcset (largest first). */
function addressesOf(img: Element, doc: Document): string[] {
  const out: string[] = [];
  const add = (value: string | null | undefined): void => {
    const text = value?.trim();
    if (!text) return;
    const address = text.startsWith('data:') ? text : absoluteUrl(text, doc);
    if (address && !out.includes(address)) out.push(address);
  };
  add(img.getAttribute('src'));
  for (const name of ['data-src', 'data-original', 'data-lazy-src', 'data-url']) add(img.getAttribute(name));
  const sets = [img.getAttribute('srcset'), img.getAttribute('data-srcset'), ...[...(img.parentElement?.tagName === 'PICTURE' ? img.parentElement.querySelectorAll('source') : [])].map((s) => s.getAttribute('srcset'))];
  for (const set of sets) {
    const candidates = (set ?? '')
      .split(/,\s+(?=\S)/)
      .map((entry) => entry.trim().split(/\s+/))
      .map(([url, size]) => ({ url, size: Number.parseFloat(size ?? '1') || 1 }))
      .sort((a, b) => b.size - a.size);
    for (const candidate of candidates) add(candidate.url);
  }
  return out.filter((address) => !address.startsWith('data:') || /^data:image\//i.test(address));
}

/** The caption and credit of the figure an image stands in, read the way figures() reads them. */
function captionOf(img: Element, doc: Document): Pick<ClippingImage, 'caption' | 'credit'> {
  const figure = img.closest('figure');
  if (!figure) return { caption: '', credit: null };
  const holder = doc.createElement('div');
  holder.append(figure.cloneNode(true));
  const [found] = figures(holder, doc);
  return found ? { caption: found.caption, credit: found.credit } : { caption: '', credit: null };
}

/** The article's images with captions, addresses and the paragraph each stands before. */
export function articleImages(content: Element, doc: Document): FoundImage[] {
  const images = [...content.querySelectorAll('img')].slice(0, MAX_ARTICLE_IMAGES);
  if (images.length === 0) return [];
  // Each image (or its figure) becomes a marker paragraph, so the paragraph after it is known.
  const copy = content.cloneNode(true) as Element;
  [...copy.querySelectorAll('img')].slice(0, MAX_ARTICLE_IMAGES).forEach((img, i) => {
    const marker = doc.createElement('p');
    marker.textContent = `\u2063img${i}\u2063`;
    const figure = img.closest('figure');
    if (figure && !figure.querySelector('[data-clipdesk-marked]')) {
      figure.setAttribute('data-clipdesk-marked', '');
      figure.before(marker);
    } else if (!figure) {
      img.replaceWith(marker);
    }
  });
  const flow = bodyParagraphs(copy);
  const anchorAfter = (i: number): string | null => {
    const at = flow.indexOf(`\u2063img${i}\u2063`);
    return at < 0 ? null : (flow.slice(at + 1).find((p) => !p.startsWith('\u2063img')) ?? null);
  };
  const found: FoundImage[] = [];
  images.forEach((img, i) => {
    const refs = addressesOf(img, doc);
    const { caption, credit } = captionOf(img, doc);
    if (refs.length === 0 && !caption && !credit) return;
    const web = refs.find((r) => /^https?:/i.test(r)) ?? null;
    found.push({ caption, credit, src: web, refs, anchor: anchorAfter(i) });
  });
  // Two images in one figure share its caption: it is shown once, under the first.
  return found.map((image, i) => (i > 0 && image.caption && found[i - 1]?.caption === image.caption ? { ...image, caption: '', credit: null } : image));
}

/**
 * The last step of parsing a page: each image's place in the final body (the paragraph it stood
 * before), its addresses kept aside for the importer (imageRefsOf), and the clipping's images
 * left as the contract describes them.
 */
export function placeImages(parsed: ParsedClipping): ParsedClipping {
  const found = parsed.images as FoundImage[];
  const refs = found.map((image) => image.refs ?? (image.src ? [image.src] : []));
  const images: ClippingImage[] = found.map(({ refs: _refs, anchor, ...image }) => {
    if (anchor === undefined) return image;
    const at = anchor === null ? -1 : parsed.body.findIndex((p) => p === anchor || p.startsWith(anchor.slice(0, 80)));
    return { ...image, position: anchor === null ? parsed.body.length : at >= 0 ? at : null };
  });
  const result = { ...parsed, images };
  refsByClipping.set(result, refs);
  return result;
}

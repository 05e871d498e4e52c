/**
 * The photos of a parsed clipping, made ready to store: each image part's bytes looked up in
 * what was imported with it, verified and re-encoded (image-codec.ts), and the lead image chosen.
 * An image that cannot be kept is reported with its reason and the clipping is kept without it.
 */
import type { ParsedClipping } from '../../../preload/api/index.ts';
import { imageRefsOf } from '../ingest/images/article-images.ts';
import type { ImageResolver } from '../ingest/images/page-resources.ts';
import type { ClippingImageInput } from '../store/images.ts';
import { ImageRejected, normaliseImage, type ImageCodecOptions, type NormalisedImage } from './image-codec.ts';

export interface GatheredImages {
  /** The clipping, without the images that turned out to be nothing (no photo kept, no caption). */
  parsed: ParsedClipping;
  /** One entry per image part of the clipping, in `parsed.images` order. */
  inputs: ClippingImageInput[];
  /** Photos kept. */
  kept: number;
  /** Why each image found was not kept ("photo 2 (a.jpg): its bytes are not …"). */
  skipped: string[];
}

/** A lead image is a photo, not a logo: at least this wide and this tall, when there is one. */
const LEAD_MIN_WIDTH = 300;
const LEAD_MIN_HEIGHT = 150;

function shortName(ref: string): string {
  if (/^data:/i.test(ref)) return 'an image inside the page';
  const name = ref.split(/[?#]/)[0]?.split('/').filter(Boolean).at(-1) ?? ref;
  return name.length > 60 ? `${name.slice(0, 57)}…` : name;
}

/**
 * `known` are photos the clipping has already, by the address they were found under: a re-parse
 * keeps those it cannot read again from the original (a page's folder is not part of it).
 */
export async function gatherImages(parsed: ParsedClipping, resolve: ImageResolver, options: ImageCodecOptions = {}, known: ReadonlyMap<string, number> = new Map()): Promise<GatheredImages> {
  const refs = imageRefsOf(parsed);
  const stored: (NormalisedImage | null)[] = [];
  const found: (string | null)[] = [];
  const kept: (number | null)[] = [];
  const skipped: string[] = [];
  for (const [i, image] of parsed.images.entries()) {
    const candidates = refs[i] ?? [];
    const hit = candidates.length > 0 ? resolve(candidates) : null;
    const ref = hit && !/^data:/i.test(hit.ref) ? hit.ref : null;
    found.push(ref);
    kept.push(hit ? null : (candidates.map((c) => known.get(c)).find((id) => id !== undefined) ?? null));
    if (!hit) {
      stored.push(null);
      continue;
    }
    try {
      stored.push(await normaliseImage(hit.bytes, options));
    } catch (error) {
      if (!(error instanceof ImageRejected)) throw error;
      stored.push(null);
      // Icons and spacers are not photos: leaving them out needs no word.
      if (!/icon or a spacer/.test(error.message)) skipped.push(`image ${i + 1} (${shortName(candidates[0] ?? image.src ?? '')}): ${error.message}`);
    }
  }
  // An image part is worth keeping for its photo or for its words; the first stays for its address (the page's lead image).
  const keep = parsed.images.map((image, i) => i === 0 || stored[i] !== null || kept[i] !== null || image.caption !== '' || image.credit !== null);
  const images = parsed.images.filter((_, i) => keep[i]);
  const photos = stored.filter((_, i) => keep[i]);
  const previous = kept.filter((_, i) => keep[i]);
  const refsKept = found.filter((_, i) => keep[i]);
  const photo = (s: NormalisedImage | null): boolean => s !== null && s.width >= LEAD_MIN_WIDTH && s.height >= LEAD_MIN_HEIGHT;
  const any = photos.findIndex((s, i) => s !== null || previous[i] !== null);
  const leadAt = photos.findIndex(photo) >= 0 ? photos.findIndex(photo) : any;
  return {
    parsed: images.length === parsed.images.length ? parsed : { ...parsed, images },
    inputs: images.map((image, i) => ({ image: photos[i] ?? null, imageId: previous[i] ?? null, ref: refsKept[i] ?? null, position: image.position ?? null, lead: i === leadAt })),
    kept: photos.filter((s, i) => s !== null || previous[i] !== null).length,
    skipped,
  };
}

/**
 * What "keep the better one" and "merge" make of two clippings of one article. The better is the
 * richer: more of the article's text, and more of its parts (byline, source, address, date,
 * standfirst, photos, author bio). A merge starts from the richer and takes, part by part, what
 * only the other has or has more of: the longer body (with the headings, pull quotes and quotes
 * found in it), the photos it adds, and any field the richer left empty.
 */
import type { Clipping, ParsedClipping } from '../../../preload/api/index.ts';

function words(body: readonly string[]): number {
  return body.join(' ').split(/\s+/).filter(Boolean).length;
}

/** A count of what a clipping holds: its words, and a fixed worth for each part it has. */
function richness(clipping: ParsedClipping): number {
  let score = words(clipping.body);
  if (clipping.authors.length > 0) score += 40;
  for (const part of [clipping.source, clipping.url, clipping.publishedAt, clipping.subtitle]) if (part) score += 20;
  score += 10 * clipping.images.length;
  if (clipping.authorBio) score += 30;
  return score;
}

/** The richer of two clippings first. */
export function byRichness(a: Clipping, b: Clipping): [Clipping, Clipping] {
  return richness(b) > richness(a) ? [b, a] : [a, b];
}

export function mergedParts(richer: Clipping, other: Clipping): ParsedClipping {
  const bodyFrom = words(other.body) > words(richer.body) ? other : richer;
  const captions = new Set(richer.images.map((image) => image.caption));
  return {
    title: richer.title || other.title,
    subtitle: richer.subtitle ?? other.subtitle,
    authors: richer.authors.length > 0 ? richer.authors : other.authors,
    source: richer.source ?? other.source,
    url: richer.url ?? other.url,
    publishedAt: richer.publishedAt ?? other.publishedAt,
    updatedAt: richer.updatedAt ?? other.updatedAt ?? null,
    dateConfidence: richer.publishedAt ? (richer.dateConfidence ?? null) : (other.dateConfidence ?? null),
    language: richer.language ?? other.language,
    images: [...richer.images, ...other.images.filter((image) => !captions.has(image.caption))],
    body: bodyFrom.body,
    headings: bodyFrom.headings ?? [],
    pullQuotes: bodyFrom.pullQuotes ?? [],
    quotes: bodyFrom.quotes ?? [],
    entities: bodyFrom.entities ?? { people: [], places: [], organizations: [] },
    authorBio: richer.authorBio ?? other.authorBio,
  };
}

/** Both notes, the kept clipping's first; one when they are the same or one is empty. */
export function joinedNotes(kept: string, other: string): string {
  const a = kept.trim();
  const b = other.trim();
  if (!a || a === b) return b || a;
  if (!b) return a;
  return `${a}\n\n${b}`;
}

/**
 * Wire copies: the same agency story as another outlet runs it, with the small edits real
 * syndication makes: a retouched headline, a trimmed ending, a changed word, another date line.
 */
import type { GeneratedClipping } from './generated-clipping.ts';
import type { Random } from './random.ts';

const HEADLINE_SUFFIXES = [' - report', ': officials', ' (update)', ''];

export function editWireCopy(random: Random, original: GeneratedClipping, source: string, wire: string): GeneratedClipping {
  let title = original.title;
  if (random.chance(0.3)) title = title + random.pick(HEADLINE_SUFFIXES);
  else if (random.chance(0.2)) title = title.replace(/\b(as|after|over|in)\b/, (w) => (w === 'as' ? 'while' : w === 'after' ? 'following' : w));
  const body = original.body.slice();
  if (body.length > 4 && random.chance(0.6)) body.length -= random.int(1, 2);
  const edited = random.int(1, Math.max(1, body.length - 1));
  if (body[edited]) body[edited] = body[edited]!.replace(/\b(the|a)\b/, (w) => (w === 'the' ? 'this' : 'one'));
  const published = Date.parse(original.publishedAt!) + (random.chance(0.4) ? 86_400_000 : 0);
  return {
    ...original,
    title,
    source,
    authors: random.chance(0.6) ? [wire] : original.authors,
    url: null,
    publishedAt: new Date(published).toISOString().slice(0, 10),
    body,
    images: original.images.slice(0, 1),
    authorBio: null,
    tags: original.tags.slice(),
  };
}

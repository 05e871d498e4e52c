/**
 * A generated clipping as the plain text a person would have copied from the page: this is the
 * "original" stored with it, and what end-to-end tests import through the app.
 */
import type { ParsedClipping } from '../../preload/api/index.ts';

function byline(authors: readonly string[]): string {
  if (authors.length === 0) return '';
  if (authors.length === 1) return `By ${authors[0]}`;
  return `By ${authors.slice(0, -1).join(', ')} and ${authors[authors.length - 1]}`;
}

export function clippingText(clipping: ParsedClipping): string {
  const lines: string[] = [clipping.title];
  if (clipping.subtitle) lines.push(clipping.subtitle);
  lines.push('');
  const by = byline(clipping.authors);
  if (by) lines.push(by);
  if (clipping.source) lines.push(clipping.source);
  if (clipping.publishedAt) lines.push(clipping.publishedAt);
  lines.push('');
  const [first, ...rest] = clipping.body;
  if (first !== undefined) lines.push(first, '');
  for (const image of clipping.images) lines.push(image.credit ? `${image.caption} (${image.credit})` : image.caption, '');
  for (const paragraph of rest) lines.push(paragraph, '');
  if (clipping.authorBio) lines.push(clipping.authorBio.text, '');
  if (clipping.url) lines.push(clipping.url);
  return `${lines.join('\n').trimEnd()}\n`;
}

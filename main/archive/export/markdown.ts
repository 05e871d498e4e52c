import type { Clipping } from '../../../preload/api/index.ts';
import { citationParts, formatDate, joinNames, paragraphs } from './print-text.ts';

/**
 * Clippings as Markdown, so nothing is locked in: YAML front matter with the fields a static site
 * generator or a notes app reads (title, authors, source, url, publishedAt, tags, language), then the
 * text. Clipping text is untrusted and may look like markup: it is escaped so that it reads as the
 * same words in any Markdown renderer, and raw HTML in it never becomes HTML.
 */

/** A YAML scalar: JSON's double-quoted strings are valid YAML and escape everything that needs it. */
function yamlString(text: string): string {
  return JSON.stringify(text);
}

function yamlList(items: readonly string[]): string {
  return items.length ? `[${items.map(yamlString).join(', ')}]` : '[]';
}

function frontMatter(fields: [string, string][]): string {
  return ['---', ...fields.map(([k, v]) => `${k}: ${v}`), '---'].join('\n');
}

/** Escapes Markdown syntax in a run of plain text: inline markers anywhere, block markers at the start. */
export function escapeMarkdown(text: string): string {
  const inline = text.replace(/\s+/g, ' ').trim().replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`);
  // A line that starts like a heading, quote, list item, rule or numbered item would become one.
  return inline.replace(/^(#{1,6}(?=\s|$)|[>+=-]|(\d+)([.)]))/, (match, _all, digits?: string, mark?: string) =>
    digits !== undefined && mark !== undefined ? `${digits}\\${mark}` : `\\${match}`,
  );
}

function clippingFrontMatter(c: Clipping): string {
  const fields: [string, string][] = [
    ['title', yamlString(c.title)],
    ['authors', yamlList(c.authors)],
    ['source', c.source ? yamlString(c.source) : 'null'],
    ['url', c.url ? yamlString(c.url) : 'null'],
    ['publishedAt', c.publishedAt ? yamlString(c.publishedAt) : 'null'],
    ['tags', yamlList(c.tags)],
    ['language', c.language ? yamlString(c.language) : 'null'],
    ['importedAt', yamlString(c.importedAt)],
    ['clipdeskId', String(c.id)],
  ];
  return frontMatter(fields);
}

/** The clipping's text under a heading of the given level. */
function clippingBody(c: Clipping, level: number): string {
  const h = '#'.repeat(level);
  const out: string[] = [`${h} ${escapeMarkdown(c.title.trim() || `Clipping ${c.id}`)}`];
  if (c.subtitle?.trim()) out.push(`*${escapeMarkdown(c.subtitle)}*`);
  const meta = [joinNames(c.authors) ? `By ${joinNames(c.authors)}` : '', c.source?.trim() ?? '', formatDate(c.publishedAt) ?? '']
    .filter(Boolean)
    .map(escapeMarkdown);
  if (meta.length) out.push(meta.join(' · '));
  for (const image of c.images) {
    const caption = [image.caption.trim(), image.credit?.trim() ? `(${image.credit.trim()})` : ''].filter(Boolean).join(' ');
    if (caption) out.push(`> *${escapeMarkdown(caption)}*`);
  }
  out.push(...c.body.map((p) => p.trim()).filter((p) => p !== '').map(escapeMarkdown));
  if (c.authorBio) {
    out.push(`${h}# About the author${c.authorBio.name.trim() ? `: ${escapeMarkdown(c.authorBio.name)}` : ''}`);
    out.push(...paragraphs(c.authorBio.text).map(escapeMarkdown));
  }
  if (c.tags.length) out.push(`Tags: ${c.tags.map(escapeMarkdown).join(', ')}`);
  const { text, url, clipped } = citationParts(c);
  // The URL as an autolink only when it is a plain web address; otherwise as escaped text.
  const link = url ? (/^https?:\/\/[^\s<>]+$/i.test(url) ? ` <${url}>` : ` ${escapeMarkdown(url)}`) : '';
  out.push(`Source: ${escapeMarkdown(text)}${link}  \n${escapeMarkdown(clipped)}`);
  return out.join('\n\n');
}

/** One clipping as a Markdown file: front matter, then the text. */
export function clippingMarkdown(c: Clipping): string {
  return `${clippingFrontMatter(c)}\n\n${clippingBody(c, 1)}\n`;
}

/** Many clippings in one Markdown file: front matter for the collection, a list of contents, each clipping under its own heading. */
export function collectionMarkdown(title: string, clippings: readonly Clipping[], exportedAt: string): string {
  const head = frontMatter([
    ['title', yamlString(title)],
    ['exportedAt', yamlString(exportedAt)],
    ['count', String(clippings.length)],
    ['tags', yamlList([...new Set(clippings.flatMap((c) => c.tags))])],
  ]);
  const contents = clippings.map((c, i) => `${i + 1}. ${escapeMarkdown(c.title.trim() || `Clipping ${c.id}`)}`).join('\n');
  const parts = clippings.map((c) => clippingBody(c, 2));
  return `${head}\n\n# ${escapeMarkdown(title)}\n\n${contents}\n\n---\n\n${parts.join('\n\n---\n\n')}\n`;
}

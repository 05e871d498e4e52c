/**
 * What a saved page says about itself in its head: Open Graph and article meta tags, JSON-LD,
 * the lang attribute, <time datetime>. Read before Readability runs (it rewrites the document).
 * Only stated values: a field the page does not give stays null or empty.
 */
import { splitByline } from './authors.ts';
import { normaliseIsoDate } from './dates.ts';
import { normaliseLanguageTag } from './language.ts';

export interface PageMetadata {
  title: string | null;
  authors: string[];
  siteName: string | null;
  publishedAt: string | null;
  updatedAt: string | null;
  language: string | null;
  imageUrl: string | null;
  description: string | null;
  /** The article's own address: canonical link, og:url, JSON-LD url (http or https only). */
  canonicalUrl: string | null;
  /** The publisher named in JSON-LD (og:site_name is `siteName`). */
  publisher: string | null;
}

type JsonObject = Record<string, unknown>;

export function readMetadata(doc: Document): PageMetadata {
  // One pass over the meta tags (selector queries per key are slow on big pages in jsdom).
  const metaByKey = new Map<string, string>();
  for (const el of doc.querySelectorAll('meta')) {
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attribute of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attribute)?.trim().toLowerCase();
      if (key && !metaByKey.has(key)) metaByKey.set(key, content);
    }
  }
  const meta = (...keys: string[]): string | null => {
    for (const key of keys) {
      const value = metaByKey.get(key.toLowerCase());
      if (value) return value;
    }
    return null;
  };
  const articles = jsonLdArticles(doc);
  const ld = (pick: (article: JsonObject) => unknown): string | null => {
    for (const article of articles) {
      const value = pick(article);
      if (typeof value === 'string' && value.trim() !== '') return value.trim();
    }
    return null;
  };

  const metaAuthors = [meta('author'), meta('article:author'), meta('parsely-author'), meta('dc.creator'), meta('sailthru.author')]
    .filter((value): value is string => value !== null && !/^https?:\/\//i.test(value));
  const ldAuthors = articles.flatMap((article) => namesOf(article['author']));
  const timeEl = doc.querySelector('article time[datetime], time[datetime]');

  return {
    title: meta('og:title', 'twitter:title') ?? ld((a) => a['headline']) ?? (doc.title.trim() || null),
    authors: ldAuthors.length > 0 ? dedupe(ldAuthors.flatMap((name) => splitByline(name))) : splitByline(metaAuthors[0] ?? null),
    siteName: meta('og:site_name', 'application-name') ?? ld((a) => nameOf(a['publisher'])),
    publisher: ld((a) => nameOf(a['publisher'])),
    canonicalUrl: webAddress(doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'), doc)
      ?? webAddress(meta('og:url', 'twitter:url'), doc)
      ?? webAddress(ld((a) => a['url'] ?? nameOrId(a['mainEntityOfPage'])), doc),
    publishedAt: normaliseIsoDate(
      meta('article:published_time', 'og:article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'dc.date.issued')
        ?? ld((a) => a['datePublished'])
        ?? timeEl?.getAttribute('datetime')
        ?? null,
    ),
    updatedAt: normaliseIsoDate(meta('article:modified_time', 'og:updated_time', 'dateModified', 'last-modified') ?? ld((a) => a['dateModified'])),
    language: normaliseLanguageTag(doc.documentElement.getAttribute('lang') ?? meta('content-language', 'og:locale', 'language')),
    imageUrl: absoluteUrl(meta('og:image', 'og:image:url', 'twitter:image', 'twitter:image:src') ?? ld((a) => imageOf(a['image'])), doc),
    description: meta('og:description', 'description', 'twitter:description'),
  };
}

/** JSON-LD objects that describe an article (NewsArticle, BlogPosting, ...), @graph flattened. */
function jsonLdArticles(doc: Document): JsonObject[] {
  const found: JsonObject[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 4 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    const object = value as JsonObject;
    const type = [object['@type']].flat().map(String).join(' ');
    if (/Article|BlogPosting|Report|NewsArticle|WebPage|Posting/.test(type)) found.push(object);
    if (object['@graph']) visit(object['@graph'], depth + 1);
  };
  for (const script of doc.querySelectorAll('script')) {
    if ((script.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // A page's broken JSON-LD is its own problem: use the other metadata.
    }
  }
  // Articles before generic WebPage objects.
  return found.sort((a, b) => Number(/WebPage/.test(String(a['@type']))) - Number(/WebPage/.test(String(b['@type']))));
}

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return nameOf(value[0]);
  if (value && typeof value === 'object' && typeof (value as JsonObject)['name'] === 'string') return (value as JsonObject)['name'] as string;
  return null;
}

function namesOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(namesOf);
  const name = nameOf(value);
  return name && !/^https?:\/\//i.test(name) ? [name.trim()] : [];
}

function imageOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return imageOf(value[0]);
  if (value && typeof value === 'object') {
    const url = (value as JsonObject)['url'];
    return typeof url === 'string' ? url : null;
  }
  return null;
}

function nameOrId(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && typeof (value as JsonObject)['@id'] === 'string') return (value as JsonObject)['@id'] as string;
  return null;
}

/**
 * An http(s) address as the page gives it, made absolute ("//host/path" takes https); a relative
 * one with no base to resolve it against, or any other scheme, is no article address.
 */
function webAddress(value: string | null | undefined, doc: Document): string | null {
  const text = (value ?? '').trim();
  if (text === '') return null;
  try {
    const base = /^https?:/i.test(doc.baseURI) ? doc.baseURI : 'https://invalid.invalid/';
    const url = new URL(text.startsWith('//') ? `https:${text}` : text, base);
    return /^https?:$/.test(url.protocol) && url.hostname !== 'invalid.invalid' ? url.href : null;
  } catch {
    return null;
  }
}

export function absoluteUrl(value: string | null | undefined, doc: Document): string | null {
  if (!value) return null;
  try {
    return new URL(value.trim(), doc.baseURI).href;
  } catch {
    return value.trim() || null;
  }
}

function dedupe(names: string[]): string[] {
  return [...new Map(names.map((name) => [name.toLowerCase(), name])).values()];
}

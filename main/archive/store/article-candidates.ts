/**
 * Clippings that may be the same article as one being imported: the same address (http or https,
 * with or without "www." and a final slash), the same opening words (the near-duplicate key), or
 * the same headline. Each lookup is indexed; the caller compares bodies to decide.
 */
import type { DatabaseSync } from 'node:sqlite';

const MAX_CANDIDATES = 20;

/** The forms one web address is stored in by different pages and copies. */
export function addressVariants(url: string | null): string[] {
  if (!url) return [];
  const match = /^https?:\/\/(?:www\.)?([^#]+?)\/?(?:#.*)?$/i.exec(url.trim());
  if (!match?.[1]) return [url];
  const rest = match[1];
  return ['http://', 'https://'].flatMap((scheme) => ['', 'www.'].flatMap((www) => [`${scheme}${www}${rest}`, `${scheme}${www}${rest}/`]));
}

export function sameArticleCandidates(db: DatabaseSync, article: { url: string | null; nearKey: string; title: string }): number[] {
  const ids = new Set<number>();
  const variants = addressVariants(article.url);
  if (variants.length > 0) {
    const rows = db.prepare(`SELECT id FROM clippings WHERE url IN (${variants.map(() => '?').join(',')}) AND trashed_at IS NULL LIMIT ${MAX_CANDIDATES}`).all(...variants) as { id: number }[];
    for (const row of rows) ids.add(row.id);
  }
  if (article.nearKey !== '') {
    const rows = db.prepare(`SELECT id FROM clippings WHERE near_key = ? AND trashed_at IS NULL ORDER BY id DESC LIMIT ${MAX_CANDIDATES}`).all(article.nearKey) as { id: number }[];
    for (const row of rows) ids.add(row.id);
  }
  if (article.title.trim() !== '') {
    const rows = db.prepare(`SELECT id FROM clippings WHERE title = ? COLLATE NOCASE AND trashed_at IS NULL ORDER BY id DESC LIMIT ${MAX_CANDIDATES}`).all(article.title.trim()) as { id: number }[];
    for (const row of rows) ids.add(row.id);
  }
  return [...ids].slice(0, MAX_CANDIDATES * 3);
}

/**
 * What the search index is given of each clipping: its text by field (title, authors, source,
 * tags, photo captions, body with the note, bio) and its language. Read in one query per batch.
 */
import type { DatabaseSync } from 'node:sqlite';

/** The text of one clipping, by field, as the search index takes it. */
export interface ClippingText {
  id: number;
  title: string;
  authors: string;
  source: string;
  tags: string;
  captions: string;
  body: string;
  bio: string;
  /** ISO 639-1 code from the parser, so the index picks the language's pipeline. */
  language: string | null;
}

/**
 * The searchable text of the given clippings, or of all of them; never of trashed ones (the
 * index drops them). The person's note is searched with the body, after it. A tag path's parts
 * are words of their own ("korea/north" is indexed as "korea north"), so free text finds parents.
 */
export function searchTexts(db: DatabaseSync, ids?: number[]): ClippingText[] {
  const filter = ids ? `WHERE c.trashed_at IS NULL AND c.id IN (SELECT value FROM json_each(?))` : 'WHERE c.trashed_at IS NULL';
  const params = ids ? [JSON.stringify(ids)] : [];
  const rows = db
    .prepare(
      `SELECT c.id, c.title, coalesce(c.subtitle, '') AS subtitle, coalesce(c.source, '') AS source,
        (SELECT group_concat(name, ', ') FROM (SELECT name FROM authors a WHERE a.clipping_id = c.id ORDER BY seq)) AS authors,
        (SELECT group_concat(replace(name, '/', ' '), ' ') FROM tags t JOIN clipping_tags ct ON ct.tag_id = t.id WHERE ct.clipping_id = c.id) AS tags,
        (SELECT group_concat(text || coalesce(' ' || label, ''), '\n') FROM (SELECT text, label FROM parts p WHERE p.clipping_id = c.id AND kind = 'image' ORDER BY seq)) AS captions,
        (SELECT group_concat(text, '\n\n') FROM (SELECT text FROM parts p WHERE p.clipping_id = c.id AND kind = 'paragraph' ORDER BY seq)) AS body,
        (SELECT group_concat(coalesce(label, '') || '\n' || text, '\n') FROM parts p WHERE p.clipping_id = c.id AND kind = 'bio') AS bio,
        c.note, c.language
       FROM clippings c ${filter} ORDER BY c.id`,
    )
    .all(...params) as Record<string, string | number | null>[];
  return rows.map((r) => ({
    id: Number(r.id),
    title: [r.title, r.subtitle].filter(Boolean).join('\n'),
    authors: String(r.authors ?? ''),
    source: String(r.source ?? ''),
    tags: String(r.tags ?? ''),
    captions: String(r.captions ?? ''),
    body: [r.body, r.note].filter(Boolean).join('\n\n'),
    bio: String(r.bio ?? ''),
    language: r.language === null ? null : String(r.language),
  }));
}

import type { DatabaseSync } from 'node:sqlite';
import type { Clipping, ClippingImage, ClippingSummary } from '../../../preload/api/index.ts';
import { correctionsOf } from './corrections.ts';
import { readDetails } from './details.ts';
import { LEAD_IMAGE_SQL, clippingImageRows, leadImageOf } from './images.ts';

export interface ClippingRow {
  id: number;
  title: string;
  subtitle: string | null;
  source: string | null;
  url: string | null;
  published_at: string | null;
  language: string | null;
  imported_at: string;
  original_name: string;
  sha256: string;
  size: number;
  media_type: string;
  note: string;
  trashed_at: string | null;
}

interface PartRow {
  kind: 'paragraph' | 'image' | 'bio';
  text: string;
  label: string | null;
  extra: string | null;
}

const LEAD_CHARS = 240;

function tagsOf(db: DatabaseSync, id: number): string[] {
  const rows = db
    .prepare(
      'SELECT t.name FROM tags t JOIN clipping_tags ct ON ct.tag_id = t.id WHERE ct.clipping_id = ? ORDER BY t.name COLLATE NOCASE',
    )
    .all(id) as { name: string }[];
  return rows.map((r) => r.name);
}

function authorsOf(db: DatabaseSync, id: number): string[] {
  const rows = db.prepare('SELECT name FROM authors WHERE clipping_id = ? ORDER BY seq').all(id) as { name: string }[];
  return rows.map((r) => r.name);
}

export function readClipping(db: DatabaseSync, row: ClippingRow): Clipping {
  const parts = db
    .prepare('SELECT kind, text, label, extra FROM parts WHERE clipping_id = ? ORDER BY seq')
    .all(row.id) as unknown as PartRow[];
  const images: ClippingImage[] = [];
  const body: string[] = [];
  let authorBio: Clipping['authorBio'] = null;
  const photos = clippingImageRows(db, row.id);
  for (const part of parts) {
    if (part.kind === 'image') {
      const photo = photos.get(images.length);
      images.push({ caption: part.text, credit: part.label, src: part.extra, stored: photo?.stored ?? null, position: photo?.position ?? null, lead: photo?.is_lead === 1 });
    } else if (part.kind === 'paragraph') body.push(part.text);
    else authorBio = { name: part.label ?? '', text: part.text };
  }
  const corrections = correctionsOf(db, row.id);
  const details = readDetails(db, row.id, row.published_at);
  // A date the person typed is stated, whatever the parser thought of its own.
  if (corrections.some((c) => c.field === 'publishedAt')) details.dateConfidence = row.published_at ? 'stated' : null;
  return {
    ...details,
    id: row.id,
    title: row.title,
    subtitle: row.subtitle,
    authors: authorsOf(db, row.id),
    source: row.source,
    url: row.url,
    publishedAt: row.published_at,
    language: row.language,
    images,
    body,
    authorBio,
    tags: tagsOf(db, row.id),
    importedAt: row.imported_at,
    original: { name: row.original_name, sha256: row.sha256, size: row.size, mediaType: row.media_type },
    note: row.note ?? '',
    trashedAt: row.trashed_at ?? null,
    corrections,
  };
}

function lead(text: string | null): string {
  if (!text) return '';
  if (text.length <= LEAD_CHARS) return text;
  const cut = text.lastIndexOf(' ', LEAD_CHARS);
  return `${text.slice(0, cut > LEAD_CHARS / 2 ? cut : LEAD_CHARS)}…`;
}

/** Summaries of the given clippings, keyed by id (missing ids are absent). */
export function readSummaries(db: DatabaseSync, ids: number[]): Map<number, ClippingSummary> {
  const out = new Map<number, ClippingSummary>();
  if (ids.length === 0) return out;
  const rows = db
    .prepare(
      `SELECT c.id, c.title, c.source, c.published_at, c.imported_at, c.language,
        (SELECT json_group_array(name) FROM (SELECT name FROM authors a WHERE a.clipping_id = c.id ORDER BY seq)) AS authors,
        (SELECT json_group_array(name) FROM (SELECT t.name FROM tags t JOIN clipping_tags ct ON ct.tag_id = t.id
           WHERE ct.clipping_id = c.id ORDER BY t.name COLLATE NOCASE)) AS tags,
        (SELECT text FROM parts p WHERE p.clipping_id = c.id AND p.kind = 'paragraph' ORDER BY seq LIMIT 1) AS first_paragraph,
        ${LEAD_IMAGE_SQL} AS lead_image
       FROM clippings c WHERE c.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids)) as Record<string, string | number | null>[];
  for (const r of rows) {
    const id = Number(r.id);
    out.set(id, {
      id,
      title: String(r.title),
      authors: JSON.parse(String(r.authors)) as string[],
      source: r.source === null ? null : String(r.source),
      publishedAt: r.published_at === null ? null : String(r.published_at),
      importedAt: String(r.imported_at),
      language: r.language === null ? null : String(r.language),
      tags: JSON.parse(String(r.tags)) as string[],
      lead: lead(r.first_paragraph === null ? null : String(r.first_paragraph)),
      leadImage: leadImageOf(r.lead_image),
    });
  }
  return out;
}

/**
 * What the parser understood of a clipping beyond its fields (issue 3): update date, how sure
 * the date is, pull quotes, subheadings, quotations, named entities. One row a clipping, JSON
 * columns read whole: nothing queries inside them (search reads the body itself).
 */
import type { DatabaseSync } from 'node:sqlite';
import type { NamedEntities, ParsedClipping, Quotation } from '../../../preload/api/index.ts';

export interface ClippingDetails {
  updatedAt: string | null;
  dateConfidence: 'stated' | 'inferred' | null;
  pullQuotes: string[];
  headings: number[];
  quotes: Quotation[];
  entities: NamedEntities;
}

const NO_ENTITIES: NamedEntities = { people: [], places: [], organizations: [] };

export function writeDetails(db: DatabaseSync, id: number, parsed: ParsedClipping): void {
  db.prepare(
    `INSERT INTO clipping_details (clipping_id, updated_at, date_confidence, pull_quotes, headings, quotes, entities)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(clipping_id) DO UPDATE SET updated_at = excluded.updated_at, date_confidence = excluded.date_confidence,
       pull_quotes = excluded.pull_quotes, headings = excluded.headings, quotes = excluded.quotes, entities = excluded.entities`,
  ).run(
    id,
    parsed.updatedAt ?? null,
    parsed.publishedAt ? (parsed.dateConfidence ?? 'stated') : null,
    JSON.stringify(parsed.pullQuotes ?? []),
    JSON.stringify(parsed.headings ?? []),
    JSON.stringify(parsed.quotes ?? []),
    JSON.stringify(parsed.entities ?? NO_ENTITIES),
  );
}

/** The details of a clipping; empty ones for clippings stored before issue 3 or made in bulk. */
export function readDetails(db: DatabaseSync, id: number, publishedAt: string | null): ClippingDetails {
  const row = db.prepare('SELECT * FROM clipping_details WHERE clipping_id = ?').get(id) as Record<string, string | null> | undefined;
  if (!row) {
    return { updatedAt: null, dateConfidence: publishedAt ? 'stated' : null, pullQuotes: [], headings: [], quotes: [], entities: { ...NO_ENTITIES } };
  }
  return {
    updatedAt: row.updated_at ?? null,
    dateConfidence: (row.date_confidence as ClippingDetails['dateConfidence']) ?? (publishedAt ? 'stated' : null),
    pullQuotes: parsed(row.pull_quotes, []),
    headings: parsed(row.headings, []),
    quotes: parsed(row.quotes, []),
    entities: { ...NO_ENTITIES, ...parsed(row.entities, {}) },
  };
}

function parsed<T>(json: string | null | undefined, fallback: T): T {
  try {
    return json ? (JSON.parse(json) as T) : fallback;
  } catch {
    return fallback;
  }
}

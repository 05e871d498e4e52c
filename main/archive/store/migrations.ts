import type { DatabaseSync } from 'node:sqlite';

/**
 * Schema migrations, in order. The schema version lives in `PRAGMA user_version`: migration N
 * brings the database from version N-1 to N. Never edit a released migration; add a new one.
 */
const MIGRATIONS: readonly string[] = [
  // 1: clippings, their parts, authors, tags, the original files, and a store revision.
  `
  CREATE TABLE originals (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    size INTEGER NOT NULL,
    media_type TEXT NOT NULL,
    data BLOB NOT NULL
  );
  CREATE TABLE clippings (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    subtitle TEXT,
    source TEXT,
    url TEXT,
    published_at TEXT,
    language TEXT,
    imported_at TEXT NOT NULL,
    original_id INTEGER NOT NULL REFERENCES originals(id)
  );
  CREATE INDEX clippings_imported ON clippings(imported_at);
  CREATE INDEX clippings_published ON clippings(published_at);
  -- The clipping's parts in reading order: body paragraphs, images (text = caption,
  -- label = credit, extra = src) and the author bio (label = name).
  CREATE TABLE parts (
    clipping_id INTEGER NOT NULL REFERENCES clippings(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('paragraph', 'image', 'bio')),
    text TEXT NOT NULL,
    label TEXT,
    extra TEXT,
    PRIMARY KEY (clipping_id, seq)
  );
  CREATE TABLE authors (
    clipping_id INTEGER NOT NULL REFERENCES clippings(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (clipping_id, seq)
  );
  CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
  );
  CREATE TABLE clipping_tags (
    clipping_id INTEGER NOT NULL REFERENCES clippings(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (clipping_id, tag_id)
  );
  CREATE INDEX clipping_tags_tag ON clipping_tags(tag_id);
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  INSERT INTO meta (key, value) VALUES ('revision', '0');
  `,
  // 2: search (issue 4): a near-duplicate key per clipping (the same wire story under several
  // outlets; '' when the body is too short to tell, computed by near-duplicates.ts), and indexes
  // for the query language's source: filter.
  `
  ALTER TABLE clippings ADD COLUMN near_key TEXT;
  CREATE INDEX clippings_near_key ON clippings(near_key) WHERE near_key <> '';
  CREATE INDEX clippings_source ON clippings(source COLLATE NOCASE);
  `,
  // 3: organising a large archive (issue 5): Trash, notes, tag colours, saved searches, and the
  // indexes that keep a sorted, filtered page of 100,000 clippings fast.
  `
  ALTER TABLE clippings ADD COLUMN trashed_at TEXT;
  ALTER TABLE clippings ADD COLUMN note TEXT NOT NULL DEFAULT '';
  ALTER TABLE tags ADD COLUMN color TEXT;
  CREATE TABLE saved_searches (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    view TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE INDEX clippings_trashed ON clippings(trashed_at) WHERE trashed_at IS NOT NULL;
  CREATE INDEX clippings_published_order ON clippings(published_at IS NULL, published_at DESC, id DESC);
  CREATE INDEX clippings_title_order ON clippings(title COLLATE NOCASE, id);
  CREATE INDEX clippings_source_order ON clippings(source IS NULL, source COLLATE NOCASE, id DESC);
  CREATE INDEX clippings_language ON clippings(language);
  CREATE INDEX authors_name ON authors(name COLLATE NOCASE);
  `,
  // 4: the list's order indexes only over clippings outside the Trash (every list query says
  // trashed_at IS NULL), so a deep page is an index scan without a row lookup each; the import
  // order index they replace would otherwise win the planner's choice. A covering index of each
  // tag's clippings for the tag tree's counts.
  `
  DROP INDEX IF EXISTS clippings_published_order;
  DROP INDEX IF EXISTS clippings_title_order;
  DROP INDEX IF EXISTS clippings_source_order;
  DROP INDEX IF EXISTS clippings_imported;
  CREATE INDEX IF NOT EXISTS clippings_live_imported ON clippings(imported_at DESC, id DESC) WHERE trashed_at IS NULL;
  CREATE INDEX IF NOT EXISTS clippings_live_published ON clippings(published_at IS NULL, published_at DESC, id DESC) WHERE trashed_at IS NULL;
  CREATE INDEX IF NOT EXISTS clippings_live_title ON clippings(title COLLATE NOCASE, id) WHERE trashed_at IS NULL;
  CREATE INDEX IF NOT EXISTS clippings_live_source ON clippings(source IS NULL, source COLLATE NOCASE, id DESC) WHERE trashed_at IS NULL;
  CREATE INDEX IF NOT EXISTS clipping_tags_tag_clipping ON clipping_tags(tag_id, clipping_id);
  DROP INDEX IF EXISTS clipping_tags_tag;
  `,
  // 5: clipping understanding (issue 3): what the parser found beyond the fields (JSON, read
  // whole with the clipping), and the person's corrections, which override the parser and
  // outlive re-parsing. A correction keeps the parser's value (original, JSON) for "restore".
  `
  CREATE TABLE clipping_details (
    clipping_id INTEGER PRIMARY KEY REFERENCES clippings(id) ON DELETE CASCADE,
    updated_at TEXT,
    date_confidence TEXT CHECK (date_confidence IN ('stated', 'inferred')),
    pull_quotes TEXT NOT NULL DEFAULT '[]',
    headings TEXT NOT NULL DEFAULT '[]',
    quotes TEXT NOT NULL DEFAULT '[]',
    entities TEXT NOT NULL DEFAULT '{"people":[],"places":[],"organizations":[]}'
  );
  CREATE TABLE corrections (
    clipping_id INTEGER NOT NULL REFERENCES clippings(id) ON DELETE CASCADE,
    field TEXT NOT NULL CHECK (field IN ('title', 'authors', 'publishedAt', 'source')),
    value TEXT NOT NULL,
    original TEXT NOT NULL,
    corrected_at TEXT NOT NULL,
    PRIMARY KEY (clipping_id, field)
  );
  `,
  // 6: the library's language filter compares without case (list-set.ts reads a language's
  // clippings off an index); the binary index of migration 3 stays for search's filter.
  `
  CREATE INDEX IF NOT EXISTS clippings_language_nocase ON clippings(language COLLATE NOCASE);
  `,
  // 7: the facet table (facets.ts) learns that a clipping's source, language, date or
  // near-duplicate key changed in place (a correction, a re-parse) from a counter the change
  // moves, instead of a checksum read over every clipping (0.2 s at 100,000 after every change).
  `
  INSERT OR IGNORE INTO meta (key, value) VALUES ('facet_columns', '0');
  CREATE TRIGGER IF NOT EXISTS clippings_facet_columns AFTER UPDATE OF source, language, published_at, near_key ON clippings
  BEGIN
    UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'facet_columns';
  END;
  `,
  // 8: one article, one clipping (issue 12): an import looks for a clipping with the same
  // article address, so the address is indexed.
  `
  CREATE INDEX IF NOT EXISTS clippings_url ON clippings(url) WHERE url IS NOT NULL;
  `,
  // 9: photos and browser capture (issue 15). Each image once, by the SHA-256 of the bytes stored
  // (re-encoded at import, see media/image-codec.ts), with its thumbnail made once; the bytes are
  // BLOBs in tables of their own, chosen by measurement (BENCHMARKS.md, "Photos: BLOBs or files"). A clipping's image parts (caption, credit, src) get
  // their photo, their place in the body and the lead mark in clipping_images, one row a part.
  `
  CREATE TABLE images (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    media_type TEXT NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png', 'image/webp')),
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    size INTEGER NOT NULL,
    thumb_media_type TEXT NOT NULL,
    thumb_width INTEGER NOT NULL,
    thumb_height INTEGER NOT NULL
  );
  -- The bytes apart from the facts about them: the list reads small, dense rows of images.
  CREATE TABLE image_data (
    image_id INTEGER PRIMARY KEY REFERENCES images(id) ON DELETE CASCADE,
    data BLOB NOT NULL
  );
  CREATE TABLE image_thumbnails (
    image_id INTEGER PRIMARY KEY REFERENCES images(id) ON DELETE CASCADE,
    data BLOB NOT NULL
  );
  CREATE TABLE clipping_images (
    clipping_id INTEGER NOT NULL REFERENCES clippings(id) ON DELETE CASCADE,
    part_seq INTEGER NOT NULL,
    image_id INTEGER REFERENCES images(id),
    position INTEGER,
    is_lead INTEGER NOT NULL DEFAULT 0 CHECK (is_lead IN (0, 1)),
    -- The address the bytes were found under (not for data: URIs, which the original holds):
    -- a re-parse of a page whose photos lay beside it finds them again by it.
    ref TEXT,
    PRIMARY KEY (clipping_id, part_seq)
  );
  CREATE INDEX clipping_images_image ON clipping_images(image_id) WHERE image_id IS NOT NULL;
  -- Browsers paired for capture (capture/pairing.ts): the key's SHA-256 only, and the extension
  -- origin that paired, which every capture must come from.
  CREATE TABLE capture_pairings (
    id INTEGER PRIMARY KEY,
    key_hash TEXT NOT NULL UNIQUE,
    origin TEXT NOT NULL,
    label TEXT NOT NULL,
    created_at TEXT NOT NULL,
    last_used_at TEXT
  );
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export class SchemaTooNewError extends Error {
  readonly found: number;
  constructor(file: string, found: number) {
    super(
      `The archive "${file}" was written by a newer version of Clipdesk (schema ${found}; this version knows up to ${SCHEMA_VERSION}). ` +
        'Update Clipdesk to open it; nothing was changed.',
    );
    this.name = 'SchemaTooNewError';
    this.found = found;
  }
}

/** Brings the database up to SCHEMA_VERSION, each step in its own transaction. */
export function migrate(db: DatabaseSync, file: string): void {
  const row = db.prepare('PRAGMA user_version').get() as { user_version: number };
  const current = row.user_version;
  if (current > SCHEMA_VERSION) throw new SchemaTooNewError(file, current);
  for (let version = current; version < SCHEMA_VERSION; version++) {
    db.exec('BEGIN IMMEDIATE');
    try {
      db.exec(MIGRATIONS[version]!);
      db.exec(`PRAGMA user_version = ${version + 1}`);
      db.exec('COMMIT');
    } catch (error) {
      // Already rolled back by SQLite after a full disk or I/O error; keep the real cause.
      if (db.isTransaction) db.exec('ROLLBACK');
      throw error;
    }
  }
}

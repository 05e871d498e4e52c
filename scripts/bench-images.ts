/**
 * `node scripts/bench-images.ts`: where should photos live, SQLite BLOBs in archive.sqlite or
 * files under the archive folder? Both are measured on a copy of a generated archive of 100,000
 * clippings, each given a lead photo (about 160 KB, re-encoded by the real codec) and a thumbnail
 * (7 KB), as an import writes them:
 *
 *   node scripts/bench-images.ts [--archive DIR] [--count 100000] [--sample 2000] [--work DIR] [--modes blob,file]
 *
 * --archive is a generated archive (default: the one bench:library caches); it is copied, never
 * changed. Writes per clipping are timed one transaction each (synchronous = FULL, and for files an
 * fsync of the file and its folder, as a safe writer must) on a sample; the rest is loaded in
 * batches. Then: reading photos at random, a list page of 100 thumbnails, opening the store, the
 * list's first page, a full verification pass (what a restore checks), an online backup, deleting
 * 10,000 (emptying the Trash) and the space taken. Prints a Markdown table.
 */
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, cpSync, fsyncSync, mkdirSync, openSync, readFileSync, rmSync, statSync, unlinkSync, writeSync, readdirSync } from 'node:fs';
import { backup, DatabaseSync } from 'node:sqlite';
import os from 'node:os';
import path from 'node:path';
import { normaliseImage } from '../main/archive/media/image-codec.ts';
import { configureConnection } from '../main/archive/store/create-archive.ts';
import { ArchiveStore } from '../main/archive/store/store.ts';
import { makePhoto } from '../main/test-support/photos.ts';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i]!.replace(/^--/, ''), process.argv[i + 1] ?? '');
const SOURCE = path.resolve(args.get('archive') ?? path.join(os.tmpdir(), 'clipdesk-bench-library', '100000-seed1'));
const COUNT = Number(args.get('count') ?? 100_000);
const SAMPLE = Number(args.get('sample') ?? 2000);
const WORK = path.resolve(args.get('work') ?? path.join(os.tmpdir(), 'clipdesk-bench-images'));
const DISTINCT = 64;

type Mode = 'blob' | 'file';
const pct = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
const ms = (x: number): string => x.toFixed(2);
const time = <T>(work: () => T): [number, T] => {
  const start = performance.now();
  const result = work();
  return [performance.now() - start, result];
};
const du = (dir: string): number => readdirSync(dir, { withFileTypes: true, recursive: true }).reduce((n, e) => n + (e.isFile() ? statSync(path.join(e.parentPath, e.name)).size : 0), 0);

/** Unique bytes per clipping: a photo's bytes with a different tail (JPEG readers stop at EOI). */
function unique(base: Uint8Array, i: number, pad = 0): Uint8Array {
  const tail = Buffer.alloc(8 + pad);
  tail.writeBigUInt64BE(BigInt(i));
  return Buffer.concat([base, tail]);
}

function writeDurably(file: string, data: Uint8Array, sync: boolean): void {
  const tmp = `${file}.tmp`;
  const fd = openSync(tmp, 'w');
  writeSync(fd, data);
  if (sync) fsyncSync(fd);
  closeSync(fd);
  cpSync(tmp, file);
  unlinkSync(tmp);
  if (sync) {
    const dirFd = openSync(path.dirname(file), 'r');
    fsyncSync(dirFd);
    closeSync(dirFd);
  }
}

async function run(mode: Mode, photos: { data: Uint8Array; thumb: Uint8Array }[]): Promise<Record<string, string>> {
  const dir = path.join(WORK, mode);
  rmSync(dir, { recursive: true, force: true });
  cpSync(SOURCE, dir, { recursive: true });
  const store = ArchiveStore.open(dir); // migrates to the current schema (images tables)
  store.close();
  const db = new DatabaseSync(path.join(dir, 'archive.sqlite'));
  configureConnection(db);
  const ids = (db.prepare('SELECT id FROM clippings ORDER BY id LIMIT ?').all(COUNT) as { id: number }[]).map((r) => r.id);
  const assets = path.join(dir, 'assets');
  const insertMeta = db.prepare("INSERT INTO images (sha256, media_type, width, height, size, thumb_media_type, thumb_width, thumb_height) VALUES (?, 'image/jpeg', 1200, 800, ?, 'image/webp', 240, 160)");
  const insertData = db.prepare('INSERT INTO image_data (image_id, data) VALUES (?, ?)');
  const insertThumb = db.prepare('INSERT INTO image_thumbnails (image_id, data) VALUES (?, ?)');
  const link = db.prepare('INSERT INTO clipping_images (clipping_id, part_seq, image_id, position, is_lead) VALUES (?, 0, ?, 0, 1)');
  const writeOne = (clippingId: number, i: number, sync: boolean): void => {
    const p = photos[i % photos.length]!;
    const data = unique(p.data, i);
    const thumb = unique(p.thumb, i);
    const sha = createHash('sha256').update(data).digest('hex');
    // Files keep the same rows (metadata, for the list's join) with the bytes outside.
    if (mode === 'file') {
      const sub = path.join(assets, sha.slice(0, 2));
      mkdirSync(sub, { recursive: true });
      writeDurably(path.join(sub, `${sha}.jpg`), data, sync);
      writeDurably(path.join(sub, `${sha}.thumb.webp`), thumb, sync);
    }
    const id = Number(insertMeta.run(sha, data.byteLength).lastInsertRowid);
    if (mode === 'blob') {
      insertData.run(id, data);
      insertThumb.run(id, thumb);
    }
    link.run(clippingId, id);
  };
  const perClipping: number[] = [];
  const started = performance.now();
  for (let i = 0; i < ids.length; ) {
    const single = i < SAMPLE;
    const batch = single ? 1 : 1000;
    const t0 = performance.now();
    db.exec('BEGIN IMMEDIATE');
    for (const id of ids.slice(i, i + batch)) writeOne(id, i++, single);
    db.exec('COMMIT');
    if (single) perClipping.push(performance.now() - t0);
  }
  const loadS = (performance.now() - started) / 1000;
  db.exec('PRAGMA wal_checkpoint(TRUNCATE)');

  // Reads: photos at random, then pages of 100 thumbnails (the list).
  const photoIds = (db.prepare('SELECT image_id FROM clipping_images WHERE is_lead = 1').all() as { image_id: number }[]).map((r) => r.image_id);
  const blobRead = db.prepare('SELECT data FROM image_data WHERE image_id = ?');
  const thumbRead = db.prepare('SELECT data FROM image_thumbnails WHERE image_id = ?');
  const fileRow = db.prepare('SELECT sha256 FROM images WHERE id = ?');
  const readPhoto = (id: number, thumb: boolean): number => {
    if (mode === 'blob') return ((thumb ? thumbRead : blobRead).get(id) as { data: Uint8Array }).data.byteLength;
    const sha = (fileRow.get(id) as { sha256: string }).sha256;
    return readFileSync(path.join(assets, sha.slice(0, 2), thumb ? `${sha}.thumb.webp` : `${sha}.jpg`)).byteLength;
  };
  const randomReads = Array.from({ length: 500 }, () => time(() => readPhoto(photoIds[Math.floor(Math.random() * photoIds.length)]!, false))[0]);
  const thumbPages = Array.from({ length: 30 }, () => {
    const from = Math.floor(Math.random() * (photoIds.length - 100));
    return time(() => photoIds.slice(from, from + 100).forEach((id) => readPhoto(id, true)))[0];
  });
  // Verification (a restore re-hashes every photo).
  const [verifyMs] = time(() => {
    if (mode === 'blob') for (const r of db.prepare('SELECT data FROM image_data').iterate() as Iterable<{ data: Uint8Array }>) createHash('sha256').update(r.data).digest('hex');
    else for (const r of db.prepare('SELECT sha256 FROM images').iterate() as Iterable<{ sha256: string }>) createHash('sha256').update(readFileSync(path.join(assets, r.sha256.slice(0, 2), `${r.sha256}.jpg`))).digest('hex');
  });
  db.close();

  // The store as the app opens it, and the list's first page with its lead thumbnails.
  const [openMs, store2] = time(() => ArchiveStore.open(dir));
  // The same 15 pages twice: first as scrolling reaches them (cold), then again (warm).
  const listPass = (): number[] => Array.from({ length: 15 }, (_, i) => time(() => store2.list({ sort: 'imported', offset: i * 100, limit: 100 }))[0]);
  const listTimes = listPass();
  const listWarm = listPass();
  // The same pages without the lead-thumbnail lookup, on the same file: what the photos add to a page.
  const bare = store2.read((d) => d.prepare("SELECT c.id, (SELECT text FROM parts p WHERE p.clipping_id = c.id AND p.kind = 'paragraph' ORDER BY seq LIMIT 1) AS lead FROM clippings c WHERE c.trashed_at IS NULL ORDER BY imported_at DESC, id DESC LIMIT 100 OFFSET ?"));
  const withLead = store2.read((d) => d.prepare("SELECT c.id, (SELECT text FROM parts p WHERE p.clipping_id = c.id AND p.kind = 'paragraph' ORDER BY seq LIMIT 1) AS lead, (SELECT json_object('id', i.id, 'width', i.thumb_width, 'height', i.thumb_height) FROM clipping_images ci JOIN images i ON i.id = ci.image_id WHERE ci.clipping_id = c.id AND ci.is_lead = 1 LIMIT 1) AS thumb FROM clippings c WHERE c.trashed_at IS NULL ORDER BY imported_at DESC, id DESC LIMIT 100 OFFSET ?"));
  const pagesBare = Array.from({ length: 15 }, (_, i) => time(() => bare.all(50_000 + i * 100))[0]);
  const pagesLead = Array.from({ length: 15 }, (_, i) => time(() => withLead.all(60_000 + i * 100))[0]);
  store2.close();

  // Online backup: SQLite's backup of the database, plus a copy of the folder for files.
  const backupDir = path.join(WORK, `${mode}-backup`);
  rmSync(backupDir, { recursive: true, force: true });
  mkdirSync(backupDir, { recursive: true });
  const source = new DatabaseSync(path.join(dir, 'archive.sqlite'));
  const backupStart = performance.now();
  await backup(source, path.join(backupDir, 'archive.sqlite'));
  if (mode === 'file') cpSync(assets, path.join(backupDir, 'assets'), { recursive: true });
  const backupS = (performance.now() - backupStart) / 1000;
  source.close();
  rmSync(backupDir, { recursive: true, force: true });

  const dbBytes = statSync(path.join(dir, 'archive.sqlite')).size;
  const assetBytes = mode === 'file' ? du(assets) : 0;
  // Emptying the Trash of 10,000 clippings' photos.
  const db3 = new DatabaseSync(path.join(dir, 'archive.sqlite'));
  configureConnection(db3);
  const victims = photoIds.slice(0, 10_000);
  const [deleteMs] = time(() => {
    db3.exec('BEGIN IMMEDIATE');
    db3.prepare('DELETE FROM clipping_images WHERE image_id IN (SELECT value FROM json_each(?))').run(JSON.stringify(victims));
    const shas = db3.prepare('DELETE FROM images WHERE id IN (SELECT value FROM json_each(?)) RETURNING sha256').all(JSON.stringify(victims)) as { sha256: string }[];
    if (mode === 'file') {
      db3.exec('COMMIT');
      for (const { sha256 } of shas) for (const name of [`${sha256}.jpg`, `${sha256}.thumb.webp`]) unlinkSync(path.join(assets, sha256.slice(0, 2), name));
      return;
    }
    db3.exec('COMMIT');
  });
  db3.close();
  rmSync(dir, { recursive: true, force: true });
  return {
    mode,
    'write one clipping p50 ms': ms(pct(perClipping, 0.5)),
    'p95 ms': ms(pct(perClipping, 0.95)),
    [`load ${ids.length.toLocaleString('en')} s`]: loadS.toFixed(1),
    'random photo read p50 ms': ms(pct(randomReads, 0.5)),
    'p95 ms ': ms(pct(randomReads, 0.95)),
    '100 thumbnails p50 ms': ms(pct(thumbPages, 0.5)),
    'open store ms': ms(openMs),
    'list page p50 ms': ms(pct(listTimes, 0.5)),
    'warm ms': ms(pct(listWarm, 0.5)),
    'page SQL without / with thumbnail ms': `${ms(pct(pagesBare, 0.5))} / ${ms(pct(pagesLead, 0.5))}`,
    'verify all s': (verifyMs / 1000).toFixed(1),
    'online backup s': backupS.toFixed(1),
    'delete 10,000 ms': ms(deleteMs),
    'archive.sqlite GB': (dbBytes / 1e9).toFixed(2),
    'assets GB': (assetBytes / 1e9).toFixed(2),
  };
}

const photos: { data: Uint8Array; thumb: Uint8Array }[] = [];
for (let i = 0; i < DISTINCT; i++) {
  const image = await normaliseImage(await makePhoto(1000 + i, 1200, 800));
  // Real thumbnails of real photos are 5 to 8 KB; the generated ones compress to under 1 KB.
  photos.push({ data: image.data, thumb: Buffer.concat([image.thumbnail.data, randomBytes(Math.max(0, 7000 - image.thumbnail.data.byteLength))]) });
}
console.log(`${COUNT.toLocaleString('en')} clippings from ${SOURCE}; photos ${Math.round(photos.reduce((n, p) => n + p.data.byteLength, 0) / photos.length / 1024)} KB, thumbnails 7 KB; load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
const rows = [];
for (const mode of (args.get('modes') ?? 'blob,file').split(',') as Mode[]) {
  rows.push(await run(mode, photos));
  console.log(JSON.stringify(rows.at(-1)));
}
const keys = Object.keys(rows[0]!);
console.log(`| ${keys.join(' | ')} |\n|${keys.map(() => ' --- ').join('|')}|\n${rows.map((r) => `| ${keys.map((k) => r[k]).join(' | ')} |`).join('\n')}`);
console.log(`load at end ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);

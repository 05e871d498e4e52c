/**
 * kill -9 in the middle of writing: a real child process (crash-child.ts) imports clippings one
 * by one, renames and bulk-moves tags, or rebuilds the index, and is killed with SIGKILL at
 * random points, many times. After each kill the archive must hold every clipping the child
 * reported, whole, nothing half-written; after the last, the index must catch up by itself.
 * The seed is printed, and CRASH_SEED replays a run.
 */
import { spawn } from 'node:child_process';
import lunr from 'lunr';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openArchive, INDEX_FOLDER } from '../archive.ts';
import { createChromiumPdfEngine } from '../../chromium/pdf-engine.ts';
import { SAMPLE_FILE } from '../location.ts';
import { ArchiveStore } from '../store/store.ts';
import { generateClippings } from '../../generate/index.ts';
import { checkDatabase } from './archive-check.ts';
import { crashClippingFile, crashMarker } from './crash-clippings.ts';
import { parseClippingFile } from '../ingest/index.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const CHILD = path.join(here, 'crash-child.ts');
const seed = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000);
console.log(`crash.test.ts: CRASH_SEED=${seed}`);

/** mulberry32: a small seeded PRNG, so a failing run can be replayed. */
function random(start: number): () => number {
  let a = start >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(seed);
/**
 * Kills during import; tag changes take half as many, index rebuilds 2 in 5. CRASH_ROUNDS raises it
 * for a longer run. Each round costs a child's start (a few seconds: the service loads jsdom,
 * Playwright and the index worker), which is what bounds the loop.
 */
const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 10);
/** About how long the child takes to rebuild the index of the 2,000-clipping archive below. */
const REBUILD_MS = 2500;
const TIME_LIMIT = 300_000;

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'clipdesk-crash-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

interface Round {
  lines: string[];
  killed: boolean;
  stderr: string;
}

/** Runs the child and kills it `delayMs` after it printed `clockFrom` (OPENING: modules loaded; READY: archive open). */
function runAndKill(args: string[], delayMs: number, clockFrom: 'OPENING' | 'READY'): Promise<Round> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: string[] = [];
    let stderr = '';
    let buffer = '';
    let timer: NodeJS.Timeout | null = null;
    const kill = (): void => void child.kill('SIGKILL');
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffer += chunk;
      const parts = buffer.split('\n');
      buffer = parts.pop()!;
      for (const line of parts) {
        lines.push(line);
        if (line === clockFrom && timer === null) timer = setTimeout(kill, delayMs);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const guard = setTimeout(kill, 20_000);
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      clearTimeout(guard);
      if (timer) clearTimeout(timer);
      resolve({ lines, killed: signal === 'SIGKILL', stderr });
    });
  });
}

/** Opens the database as the app would (recovering the WAL) and checks it whole. */
function checkWhole(dir: string): { db: DatabaseSync; problems: string[] } {
  const db = new DatabaseSync(path.join(dir, 'archive.sqlite'));
  return { db, problems: checkDatabase(db).problems };
}

async function reopenAndSearch(dir: string, word: string): Promise<number[]> {
  const pdfEngine = createChromiumPdfEngine();
  const archive = await openArchive(dir, { pdfEngine, host: 'browser', sampleFile: SAMPLE_FILE });
  try {
    await archive.whenIndexIdle();
    const found = await archive.search({ text: word, group: false, limit: 1000 });
    if (!found.ok) throw new Error(found.error.message);
    return found.value.hits.map((h) => h.id);
  } finally {
    await archive.close();
    await pdfEngine.close();
  }
}

describe('kill -9 at random points loses nothing', () => {
  it('(the harness) each clipping\'s marker word stays its own through Lunr\'s stemmer', () => {
    const stems = new Set(Array.from({ length: 5000 }, (_, n) => lunr.stemmer(new lunr.Token(crashMarker(n), {})).toString()));
    expect(stems.size).toBe(5000);
  });


  it('during an import: every clipping reported imported is there, whole; the index catches up', async () => {
    const dir = tempDir();
    const reported = new Map<number, { n: number; paragraphs: number }>();
    let next = 1;
    const unreported = new Set<number>();
    let killedMidWrite = 0;
    for (let round = 0; round < ROUNDS; round++) {
      // One round in five is killed while the archive opens (recovering from the last kill).
      const early = rand() < 0.2;
      const result = await runAndKill(['import', dir, String(next)], rand() * (early ? 300 : 1500), early ? 'OPENING' : 'READY');
      expect(result.killed, result.stderr).toBe(true);
      for (const line of result.lines.filter((l) => l.startsWith('IMPORTED '))) {
        const [, id, n, paragraphs] = line.split(' ').map(Number);
        reported.set(id!, { n: n!, paragraphs: paragraphs! });
        next = Math.max(next, n! + 1);
      }
      const { db, problems } = checkWhole(dir);
      try {
        expect(problems, `round ${round}`).toEqual([]);
        for (const [id, { paragraphs }] of reported) {
          const row = db.prepare("SELECT count(*) AS n FROM parts WHERE clipping_id = ? AND kind = 'paragraph'").get(id) as { n: number };
          expect(row.n, `clipping ${id} after round ${round}`).toBe(paragraphs);
        }
        // A clipping committed but not yet reported (killed between the two) is whole too, and the next round goes on after it.
        const stored = (db.prepare('SELECT id FROM clippings').all() as { id: number }[]).map((r) => r.id);
        const fresh = stored.filter((id) => !reported.has(id) && !unreported.has(id));
        if (fresh.length > 0) killedMidWrite++;
        fresh.forEach((id) => unreported.add(id));
        next = Math.max(next, Math.max(0, ...stored) + 1);
      } finally {
        db.close();
      }
    }
    // Enough imports got through to mean something (the rate depends on the machine's load).
    expect(reported.size).toBeGreaterThanOrEqual(ROUNDS / 2);
    const last = [...reported.values()].sort((a, b) => b.n - a.n)[0]!;
    const lastId = [...reported].find(([, v]) => v.n === last.n)![0];
    expect(await reopenAndSearch(dir, crashMarker(last.n))).toEqual([lastId]);
    console.log(`import: ${reported.size} clippings reported over ${ROUNDS} kills; ${killedMidWrite} kill(s) between commit and report`);
  }, TIME_LIMIT);

  it('during tag renames and bulk tagging: each change is all or nothing; the index catches up', async () => {
    const dir = tempDir();
    const store = ArchiveStore.open(dir);
    const ids: number[] = [];
    // English clippings: the tag search at the end asks the index, not how it treats other languages.
    for (let n = 1; n <= 150; n++) {
      const file = crashClippingFile(n);
      ids.push(store.insert(parseClippingFile(file.name, file.data), { name: file.name, sha256: `sha-${n}`, mediaType: 'text/plain', data: file.data }, new Date().toISOString(), ['alpha', 'round-0']));
    }
    store.close();
    let lastReported: { tag: string; round: number } = { tag: 'alpha', round: 0 };
    let maxRound = 0;
    for (let round = 0; round < Math.ceil(ROUNDS / 2); round++) {
      const result = await runAndKill(['tags', dir], rand() * 1500, 'READY');
      expect(result.killed, result.stderr).toBe(true);
      const tagged = result.lines.filter((l) => l.startsWith('TAGGED ')).at(-1);
      if (tagged) lastReported = { tag: tagged.split(' ')[1]!, round: Number(tagged.split(' ')[2]) };
      const db = new DatabaseSync(path.join(dir, 'archive.sqlite'));
      try {
        expect(checkDatabase(db, false).problems).toEqual([]);
        const rows = db
          .prepare('SELECT t.name, count(*) AS n FROM clipping_tags ct JOIN tags t ON t.id = ct.tag_id GROUP BY t.name ORDER BY t.name')
          .all() as { name: string; n: number }[];
        // Every clipping carries one name tag and one round tag, and all carry the same ones.
        expect(rows.map((r) => r.n)).toEqual([ids.length, ids.length]);
        const [name, roundTag] = rows.map((r) => r.name);
        expect(['alpha', 'beta']).toContain(name);
        const stored = Number(/^round-(\d+)$/.exec(roundTag!)?.[1]);
        // What was reported is there; at most the one change after it was committed unreported.
        expect(stored - lastReported.round).toBeGreaterThanOrEqual(0);
        expect(stored - lastReported.round).toBeLessThanOrEqual(1);
        // One round on: the bulk move after the last report, under the reported name. Same round:
        // the reported name, or the rename after it (committed, unreported).
        if (stored === lastReported.round + 1) expect(name).toBe(lastReported.tag);
        lastReported = { tag: name!, round: stored };
        maxRound = Math.max(maxRound, stored);
      } finally {
        db.close();
      }
    }
    const hits = await reopenAndSearch(dir, `tags:${lastReported.tag}`);
    expect(hits.length).toBe(ids.length);
    console.log(`tags: ${maxRound} bulk moves committed over the kills; last name ${lastReported.tag}`);
  }, TIME_LIMIT);

  it('during an index rebuild: the next start rebuilds or loads a sound index, and search works', async () => {
    const dir = tempDir();
    const store = ArchiveStore.open(dir);
    let k = 0;
    for (const clipping of generateClippings(2000, 11)) store.insert(clipping, { name: `g${k}.txt`, sha256: `sha-${k}`, mediaType: 'text/plain', data: new Uint8Array([k++ % 256]) }, new Date().toISOString());
    const probe = store.texts([1])[0]!;
    store.close();
    let opened = 0;
    const rounds = Math.ceil(ROUNDS / 2.5);
    for (let round = 0; round < rounds; round++) {
      rmSync(path.join(dir, INDEX_FOLDER), { recursive: true, force: true });
      const result = await runAndKill(['open', dir], rand() * REBUILD_MS, 'OPENING');
      if (!result.killed) opened++;
    }
    // Whatever the kills left in index/ (nothing, a temp file, a whole file), the next start copes.
    const word = probe.title.split(/\s+/).find((w) => w.length > 6) ?? probe.title.split(/\s+/)[0]!;
    const hits = await reopenAndSearch(dir, `title:${word.toLowerCase().replace(/[^a-z]/g, '')}`);
    expect(hits).toContain(1);
    expect(readdirSync(path.join(dir, INDEX_FOLDER)).filter((f) => f.includes('tmp'))).toEqual([]);
    console.log(`rebuild: ${rounds - opened} of ${rounds} rebuilds killed mid-way`);
  }, TIME_LIMIT);
});

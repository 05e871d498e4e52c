/**
 * Child process of crash.test.ts: opens a real archive and writes to it in a loop, printing a
 * line after each write has been committed, until it is killed (SIGKILL) by the test. The test
 * then checks that everything printed is on disk, whole.
 *
 *   node crash-child.ts import  DIR START  imports clipping START, START+1, ... one file each:
 *                                          "IMPORTED <id> <n> <paragraphs>"
 *   node crash-child.ts tags    DIR        renames the tag every clipping carries (alpha <-> beta)
 *                                          and moves a bulk tag on (round-k): "TAGGED <tag> <k>"
 *   node crash-child.ts open    DIR        opens the archive (rebuilding its index) and closes it:
 *                                          "OPENED"
 * Every mode prints OPENING once its modules are loaded and READY once the archive is open.
 */
import { openArchive } from '../archive.ts';
import { createChromiumPdfEngine } from '../../chromium/pdf-engine.ts';
import { SAMPLE_FILE } from '../location.ts';
import { crashClippingFile } from './crash-clippings.ts';

const [mode, dir, startText] = process.argv.slice(2);
if (!mode || !dir) throw new Error('usage: crash-child.ts import|tags|open DIR [START]');

const say = (line: string): void => {
  // Synchronous, so a line is out before the next write starts (a kill may cut between the two).
  process.stdout.write(`${line}\n`);
};

// The parsing modules load on first use in the app; here before the clock starts, so the kills
// fall among writes rather than during module loading.
await import('../importing.ts');
// Everything is loaded: the test may start its clock for a kill during the open (index rebuild).
say('OPENING');
const pdfEngine = createChromiumPdfEngine();
const archive = await openArchive(dir, { pdfEngine, host: 'browser', sampleFile: SAMPLE_FILE });
say('READY');

if (mode === 'open') {
  await archive.whenIndexIdle();
  await archive.close();
  say('OPENED');
  process.exit(0);
}

if (mode === 'import') {
  for (let n = Number(startText ?? '1'); ; n++) {
    const file = crashClippingFile(n);
    const result = await archive.importFiles([file]);
    if (!result.ok) throw new Error(result.error.message);
    const outcome = result.value.outcomes[0]!;
    if (outcome.status !== 'imported' || outcome.id === null) throw new Error(`${file.name}: ${outcome.status} ${outcome.message}`);
    const stored = await archive.get(outcome.id);
    if (!stored.ok) throw new Error(stored.error.message);
    say(`IMPORTED ${outcome.id} ${n} ${stored.value.body.length}`);
  }
}

if (mode === 'tags') {
  const ids = await archive.listIds({});
  if (!ids.ok) throw new Error(ids.error.message);
  const tags = await archive.listTags();
  if (!tags.ok) throw new Error(tags.error.message);
  let name = tags.value.some((t) => t.tag === 'beta') ? 'beta' : 'alpha';
  let round = Math.max(0, ...tags.value.map((t) => /^round-(\d+)$/.exec(t.tag)?.[1]).filter(Boolean).map(Number));
  for (;;) {
    const next = name === 'alpha' ? 'beta' : 'alpha';
    const renamed = await archive.renameTag(name, next);
    if (!renamed.ok) throw new Error(renamed.error.message);
    name = next;
    say(`TAGGED ${name} ${round}`);
    const moved = await archive.bulkTag(ids.value, [`round-${round + 1}`], [`round-${round}`]);
    if (!moved.ok) throw new Error(moved.error.message);
    round++;
    say(`TAGGED ${name} ${round}`);
  }
}

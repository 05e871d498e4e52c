/**
 * `clipdesk generate --count N [--seed S] --archive DIR`: fills an archive with generated
 * clippings for benchmarks and tests. It writes the store only; the search index is built when
 * the archive is next opened, so this command does not open the whole archive service.
 */
import path from 'node:path';
import { DEFAULT_SEED, generateArchive } from '../generate/index.ts';
import { defaultArchiveDir } from '../archive/location.ts';
import { UsageError, optionValue, type CliArgs } from './args.ts';

export async function generateCommand(args: CliArgs): Promise<{ json: unknown; text: string }> {
  const countText = optionValue(args, 'count');
  if (countText === undefined) throw new UsageError('Say how many clippings to generate: --count N.');
  const count = Number(countText);
  if (!Number.isInteger(count) || count < 1) throw new UsageError(`--count must be a whole number above 0, not "${countText}".`);
  const seedText = optionValue(args, 'seed');
  const seed = seedText === undefined ? DEFAULT_SEED : Number(seedText);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new UsageError(`--seed must be a whole number from 0 to 4294967295, not "${seedText}".`);
  const dir = args.archive ? path.resolve(args.archive) : defaultArchiveDir();
  const started = performance.now();
  const tty = process.stderr.isTTY === true;
  await generateArchive(dir, {
    count,
    seed,
    onProgress: (done) => {
      if (tty) process.stderr.write(`\rgenerated ${done} of ${count}`);
    },
  });
  if (tty) process.stderr.write('\n');
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  return {
    json: { archive: dir, count, seed, seconds },
    text: `Generated ${count} clippings (seed ${seed}) into ${dir} in ${seconds} s. The search index is built when the archive is next opened.`,
  };
}

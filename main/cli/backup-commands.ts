/**
 * `clipdesk backup --out FILE` and `clipdesk restore FILE` (issue 7): the archive as one SQLite
 * file, and back. Neither opens the archive service: a backup reads the database with SQLite's
 * online backup (safe while another Clipdesk runs), and a restore must not run while one does.
 */
import path from 'node:path';
import { BackupError, backupArchive, restoreArchive } from '../archive/safety/backup.ts';
import { PathError } from '../archive/safety/paths.ts';
import { UsageError, optionValue, type CliArgs } from './args.ts';
import { CommandError } from './command-error.ts';

type Output = { json: unknown; text: string };

async function readable<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof BackupError || error instanceof PathError) throw new CommandError(error.message);
    throw error;
  }
}

export async function backupCommand(args: CliArgs, archiveDir: string): Promise<Output> {
  const out = optionValue(args, 'out');
  if (!out || args.operands.length > 0) throw new UsageError('Usage: clipdesk backup --out FILE');
  const summary = await readable(() => backupArchive(archiveDir, path.resolve(out)));
  const mb = (summary.bytes / 1024 / 1024).toFixed(1);
  return { json: summary, text: `Backed up ${summary.clippings} clippings to ${summary.file} (${mb} MB).` };
}

export async function restoreCommand(args: CliArgs, archiveDir: string): Promise<Output> {
  if (args.operands.length !== 1) throw new UsageError('Usage: clipdesk restore FILE (close every other Clipdesk first)');
  const file = path.resolve(args.operands[0]!);
  const summary = await readable(() => restoreArchive(archiveDir, file));
  const kept = summary.previous ? ` The archive it replaced is kept as ${summary.previous}.` : '';
  return { json: { file, ...summary }, text: `Restored ${summary.clippings} clippings from ${file}.${kept}` };
}

/**
 * The export commands of `clipdesk`: a dossier PDF (`export-pdf --dossier`), Markdown (`export-md`)
 * and JSON (`export-json`). Thin: they read the arguments, call the archive service and write files.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DossierRequest, DossierSelection, ExportedFile, ExportProgress } from '../../preload/api/index.ts';
import type { Archive } from '../archive/archive.ts';
import { UsageError, optionValue, positiveInt, type CliArgs } from './args.ts';
import { value } from './command-error.ts';

export interface CommandOutput {
  json: unknown;
  text: string;
}

function ids(args: CliArgs): number[] {
  return args.operands.map((o) => positiveInt(o, 'The clipping ID', 0));
}

function requiredOut(args: CliArgs, usage: string): string {
  const out = optionValue(args, 'out');
  if (!out) throw new UsageError(`Say where to write: ${usage}`);
  return path.resolve(out);
}

async function write(files: { target: string; file: ExportedFile }[]): Promise<CommandOutput> {
  for (const { target, file } of files) await writeFile(target, file.data);
  const written = files.map(({ target, file }) => ({ file: target, bytes: file.data.byteLength }));
  return { json: { written }, text: written.map((w) => `wrote ${w.file}`).join('\n') };
}

function oneOf<T extends string>(text: string | undefined, allowed: readonly T[], what: string, fallback: T): T {
  if (text === undefined) return fallback;
  if ((allowed as readonly string[]).includes(text)) return text as T;
  throw new UsageError(`${what} is ${allowed.map((a) => `"${a}"`).join(' or ')}, not "${text}".`);
}

const DOSSIER_USAGE = 'clipdesk export-pdf --dossier --title T [--query Q | --tag T | ID...] --out FILE';

/** Progress on stderr, on one line rewritten in place, only when a person watches the terminal. */
function progressPrinter(): ((p: ExportProgress) => void) | null {
  if (!process.stderr.isTTY) return null;
  const words: Record<ExportProgress['phase'], string> = {
    gathering: 'reading clippings',
    layout: 'laying out pages',
    numbering: 'numbering pages',
    printing: 'printing',
    done: 'done',
  };
  return (p) => {
    const count = p.total > 1 ? ` ${p.done}/${p.total}` : '';
    process.stderr.write(`\r\x1b[K${words[p.phase]}${count}${p.phase === 'done' ? '\n' : ''}`);
  };
}

/** `export-pdf --dossier`: many clippings in one PDF with a cover, contents and bookmarks. */
export async function exportDossierCommand(args: CliArgs, archive: Archive): Promise<CommandOutput> {
  const title = optionValue(args, 'title')?.trim();
  if (!title) throw new UsageError(`A dossier needs a title: ${DOSSIER_USAGE}`);
  const out = requiredOut(args, DOSSIER_USAGE);
  const query = optionValue(args, 'query');
  const tag = optionValue(args, 'tag');
  const picked = ids(args);
  if ([query !== undefined, tag !== undefined, picked.length > 0].filter(Boolean).length !== 1) {
    throw new UsageError(`Choose the clippings one way: --query Q, --tag T, or IDs. ${DOSSIER_USAGE}`);
  }
  const selection: DossierSelection = query !== undefined ? { query } : tag !== undefined ? { tag } : { ids: picked };
  if (args.flags.has('highlight') && query === undefined) throw new UsageError('--highlight marks the words of --query; give --query.');
  const subtitle = optionValue(args, 'subtitle');
  const preparedBy = optionValue(args, 'prepared-by');
  const margins = optionValue(args, 'margins');
  const request: DossierRequest = {
    title,
    selection,
    order: oneOf(optionValue(args, 'order'), ['published', 'imported', 'selected'] as const, '--order', query !== undefined ? 'selected' : 'published'),
    paper: oneOf(optionValue(args, 'paper'), ['A4', 'Letter'] as const, '--paper', 'A4'),
    ...(subtitle ? { subtitle } : {}),
    ...(preparedBy ? { preparedBy } : {}),
    ...(margins ? { margins: oneOf(margins, ['normal', 'narrow', 'wide'] as const, '--margins', 'normal') } : {}),
    ...(args.flags.has('light-ink') ? { lightInk: true } : {}),
    ...(args.flags.has('highlight') && query !== undefined ? { highlightQuery: query } : {}),
  };
  const print = progressPrinter();
  const off = print ? archive.on('exportProgress', print) : null;
  try {
    const file = value(await archive.exportDossier(request));
    return await write([{ target: out, file }]);
  } finally {
    off?.();
  }
}

/** `export-md ID... --out PATH [--single [--title T]]`: a folder of .md files, or one file. */
export async function exportMarkdownCommand(args: CliArgs, archive: Archive): Promise<CommandOutput> {
  const usage = 'clipdesk export-md ID... --out FOLDER, or --single --out FILE';
  const picked = ids(args);
  if (!picked.length) throw new UsageError(`Give the clipping IDs to export: ${usage}`);
  const out = requiredOut(args, usage);
  const single = args.flags.has('single');
  const title = optionValue(args, 'title');
  const files = value(await archive.exportMarkdown(picked, { mode: single ? 'single' : 'files', ...(title ? { title } : {}) }));
  if (single) return write([{ target: out, file: files[0]! }]);
  await mkdir(out, { recursive: true });
  return write(files.map((file) => ({ target: path.join(out, file.fileName), file })));
}

/** `export-json ID... --out FILE`: the clippings as the contract defines them. */
export async function exportJsonCommand(args: CliArgs, archive: Archive): Promise<CommandOutput> {
  const usage = 'clipdesk export-json ID... --out FILE';
  const picked = ids(args);
  if (!picked.length) throw new UsageError(`Give the clipping IDs to export: ${usage}`);
  const out = requiredOut(args, usage);
  return write([{ target: out, file: value(await archive.exportJson(picked)) }]);
}

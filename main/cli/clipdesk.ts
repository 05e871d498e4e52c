import { writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { openArchive, type Archive } from '../archive/archive.ts';
import { createChromiumPdfEngine } from '../chromium/pdf-engine.ts';
// The error class alone: the parser (jsdom, compromise) is loaded only by the commands that parse.
import { IngestError } from '../archive/ingest/errors.ts';
import { SAMPLE_FILE, defaultArchiveDir } from '../archive/location.ts';
import { UsageError, optionValue, parseCliArgs, positiveInt, type CliArgs } from './args.ts';
import { formatClipping, formatHits, formatImport, formatSummary, formatTags } from './format.ts';
import { CommandError, value } from './command-error.ts';
import { exportDossierCommand, exportJsonCommand, exportMarkdownCommand } from './export-commands.ts';
import { generateCommand } from './generate-command.ts';
import { describeStorageError } from '../archive/safety/storage-errors.ts';
import { backupCommand, restoreCommand } from './backup-commands.ts';
import { exportImagesCommand } from './image-commands.ts';

const USAGE = `clipdesk: the Clipdesk archive from the terminal

Usage: clipdesk [--archive DIR] [--json] COMMAND ...
  import FILE|FOLDER... [--tag T]...   import clippings (.txt .html .htm .mhtml .mht)
         [--same-article keep-both|keep-better|merge]
                                       an article already kept (as a saved page or copy):
                                       keep both (the default), keep the better, or merge
  search QUERY [--limit N] [--tag T]   search (Lunr syntax: +must -not title:word word* word~1,
                                       plus "exact phrase" tag: source: author: lang: before: after:
                                       date:2019..2020 like:ID, and -excludes on any of them)
  show ID                              print one clipping
  list [--tag T] [--sort imported|published] [--limit N]
  tag ID +TAG -TAG...                  add (+ or bare) and remove (-) tags
  tags                                 tags with counts
  export-pdf ID... --out PATH [--paper A4|Letter]
                                       one ID: PATH is the PDF; several: PATH is a folder
  export-pdf --dossier --title T [--query Q [--highlight] | --tag T | ID...] --out FILE
             [--subtitle S] [--prepared-by NAME] [--order published|imported|selected]
             [--paper A4|Letter] [--margins normal|narrow|wide] [--light-ink]
                                       many clippings in one PDF: cover, contents, bookmarks
  export-md ID... --out FOLDER         one Markdown file per clipping (front matter + text)
  export-md ID... --single [--title T] --out FILE    all in one Markdown file
  export-json ID... --out FILE         the clippings as JSON
  export-images ID --out FOLDER        the clipping's photos as image files
  parse FILE                           parse only, store nothing
  backup --out FILE                    the whole archive as one file (safe while Clipdesk runs)
  restore FILE                         replace the archive with a checked backup (the old one is kept)
  generate --count N [--seed S]        fill the archive with generated clippings (benchmarks, tests)
The archive is --archive DIR, else $CLIPDESK_ARCHIVE, else ${defaultArchiveDir()}.
With --json every command prints exactly one JSON document on stdout.`;


function clippingId(text: string | undefined): number {
  if (text === undefined) throw new UsageError('Give the clipping ID (see `clipdesk list`).');
  return positiveInt(text, 'The clipping ID', 0);
}

type Output = { json: unknown; text: string; failed?: boolean };

async function run(args: CliArgs, archive: () => Promise<Archive>): Promise<Output> {
  const color = process.stdout.isTTY === true;
  const ops = args.operands;
  switch (args.command) {
    case 'import': {
      if (!ops.length) throw new UsageError('Name at least one file or folder to import.');
      const choice = optionValue(args, 'same-article') ?? 'keep-both';
      if (choice !== 'keep-both' && choice !== 'keep-better' && choice !== 'merge') throw new UsageError('--same-article is "keep-both", "keep-better" or "merge".');
      const opened = await archive();
      const report = await opened.importPaths(ops, args.options.get('tag') ?? []);
      // The same article already in the archive: the choice given applies to each (keep both without one).
      for (const outcome of report.outcomes) {
        if (!outcome.sameArticleAs || outcome.id === null || choice === 'keep-both') continue;
        const kept = value(await opened.resolveSameArticle(outcome.id, outcome.sameArticleAs.id, choice));
        outcome.message = choice === 'merge' ? `merged with clipping ${outcome.sameArticleAs.id} into clipping ${kept.id}; the other is in the Trash.` : `kept the better of it and clipping ${outcome.sameArticleAs.id}: clipping ${kept.id}; the other is in the Trash.`;
        outcome.id = kept.id;
      }
      return { json: report, text: formatImport(report), failed: report.outcomes.some((o) => o.status === 'failed') };
    }
    case 'search': {
      if (!ops.length) throw new UsageError('Give a query, e.g. clipdesk search "Jannuzi".');
      const tag = optionValue(args, 'tag');
      const results = value(await (await archive()).search({ text: ops.join(' '), limit: positiveInt(optionValue(args, 'limit'), '--limit', 20), ...(tag ? { tag } : {}) }));
      const note = results.note ? `Note: ${results.note}${results.interpretedAs ? ` (searched for: ${results.interpretedAs})` : ''}\n` : '';
      return { json: results, text: `${note}${formatHits(results.total, results.hits, color)}` };
    }
    case 'show': {
      const clipping = value(await (await archive()).get(clippingId(ops[0])));
      return { json: clipping, text: formatClipping(clipping) };
    }
    case 'list': {
      const tag = optionValue(args, 'tag');
      const sort = optionValue(args, 'sort') ?? 'imported';
      if (sort !== 'imported' && sort !== 'published') throw new UsageError('--sort is "imported" or "published".');
      const page = value(await (await archive()).list({ sort, limit: positiveInt(optionValue(args, 'limit'), '--limit', 100), ...(tag ? { tag } : {}) }));
      return { json: page, text: page.items.length ? page.items.map(formatSummary).join('\n') : 'No clippings.' };
    }
    case 'tag': {
      const id = clippingId(ops[0]);
      const a = await archive();
      const current = value(await a.get(id)).tags;
      const remove = new Set(ops.slice(1).filter((o) => o.startsWith('-')).map((o) => o.slice(1).toLocaleLowerCase()));
      const add = ops.slice(1).filter((o) => !o.startsWith('-')).map((o) => o.replace(/^\+/, ''));
      if (!add.length && !remove.size) throw new UsageError('Say which tags to add (+TAG) or remove (-TAG).');
      const next = [...current.filter((t) => !remove.has(t.toLocaleLowerCase())), ...add];
      const clipping = value(await a.setTags(id, next));
      return { json: clipping, text: `${clipping.id}: ${clipping.tags.join(', ') || '(no tags)'}` };
    }
    case 'tags': {
      const tags = value(await (await archive()).listTags());
      return { json: tags, text: formatTags(tags) };
    }
    case 'export-pdf':
      return args.flags.has('dossier') ? exportDossierCommand(args, await archive()) : exportPdf(args, await archive());
    case 'export-md':
      return exportMarkdownCommand(args, await archive());
    case 'export-json':
      return exportJsonCommand(args, await archive());
    case 'generate':
      return generateCommand(args);
    case 'backup':
      return backupCommand(args, archiveDir(args));
    case 'restore':
      return restoreCommand(args, archiveDir(args));
    case 'export-images':
      return exportImagesCommand(args, await archive());
    case 'parse': {
      if (ops.length !== 1) throw new UsageError('Give one file to parse.');
      const { parseClippingFile } = await import('../archive/ingest/index.ts');
      const parsed = parseClippingFile(path.basename(ops[0]!), new Uint8Array(readFileSync(ops[0]!)));
      return { json: parsed, text: formatClipping({ ...parsed, id: 0, tags: [], importedAt: '(not stored)', original: { name: path.basename(ops[0]!), sha256: '', size: 0, mediaType: '' } }) };
    }
    default:
      throw new UsageError(args.command ? `Unknown command "${args.command}".` : 'Give a command.');
  }
}

function archiveDir(args: CliArgs): string {
  return args.archive ? path.resolve(args.archive) : defaultArchiveDir();
}

async function exportPdf(args: CliArgs, archive: Archive): Promise<Output> {
  const ids = args.operands.map((o) => clippingId(o));
  const out = optionValue(args, 'out');
  if (!ids.length || !out) throw new UsageError('Usage: clipdesk export-pdf ID... --out PATH');
  const paper = optionValue(args, 'paper') ?? 'A4';
  if (paper !== 'A4' && paper !== 'Letter') throw new UsageError('--paper is "A4" or "Letter".');
  const written: { id: number; file: string }[] = [];
  for (const id of ids) {
    const file = value(await archive.exportPdf(id, { paper }));
    const target = ids.length === 1 ? path.resolve(out) : path.resolve(out, file.fileName);
    await writeFile(target, file.data);
    written.push({ id, file: target });
  }
  return { json: { written }, text: written.map((w) => `${w.id} → ${w.file}`).join('\n') };
}

async function main(argv: string[]): Promise<number> {
  let args: CliArgs | null = null;
  let opened: Archive | null = null;
  const pdfEngine = createChromiumPdfEngine();
  const archive = async () =>
    (opened ??= await openArchive(args?.archive ? path.resolve(args.archive) : defaultArchiveDir(), { pdfEngine, host: 'browser', sampleFile: SAMPLE_FILE }));
  try {
    args = parseCliArgs(argv);
    if (args.flags.has('help') || args.command === 'help' || args.command === null) {
      process.stdout.write(`${USAGE}\n`);
      return args.command === null && !args.flags.has('help') ? 2 : 0;
    }
    const output = await run(args, archive);
    process.stdout.write(`${args.json ? JSON.stringify(output.json, null, 2) : output.text}\n`);
    return output.failed ? 1 : 0;
  } catch (error) {
    const known = error instanceof UsageError || error instanceof CommandError || error instanceof IngestError;
    // A newer archive, another Clipdesk writing, a full disk, a damaged file: said plainly, no stack.
    const storage = known ? null : describeStorageError(error);
    const message = known ? error.message : (storage?.message ?? `unexpected error: ${(error as Error).stack ?? String(error)}`);
    process.stderr.write(`clipdesk: ${message}${error instanceof UsageError ? '\nRun `clipdesk --help` for usage.' : ''}\n`);
    if (args?.json) process.stdout.write(`${JSON.stringify({ ok: false, error: { message } })}\n`);
    return error instanceof UsageError ? 2 : 1;
  } finally {
    await (opened as Archive | null)?.close();
    await pdfEngine.close();
  }
}

process.exitCode = await main(process.argv.slice(2));

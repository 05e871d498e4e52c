/**
 * Paths cannot escape: an import reads only what was named (links inside a folder are not
 * followed), names from clippings never become paths outside the chosen folder, and an archive
 * carrying a link for its index folder cannot make Clipdesk write elsewhere.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { INDEX_FOLDER } from '../archive.ts';
import { crashClippingFile } from './crash-clippings.ts';
import { PathError, assertOutsideArchive, fileInside, safeFileName } from './paths.ts';
import { tempDirs, withArchive } from '../../test-support/temp-archive.ts';

const dirs = tempDirs('clipdesk-paths-');
const tempDir = dirs.make;
afterAll(dirs.removeAll);


const text = (n: number): string => new TextDecoder().decode(crashClippingFile(n).data);

describe('import reads only what was named', () => {
  it('a folder\'s links to files and folders outside it are not followed', async () => {
    const outside = tempDir();
    writeFileSync(path.join(outside, 'secret.txt'), text(1));
    mkdirSync(path.join(outside, 'private'));
    writeFileSync(path.join(outside, 'private', 'diary.txt'), text(2));
    const folder = tempDir();
    writeFileSync(path.join(folder, 'real.txt'), text(3));
    symlinkSync(path.join(outside, 'secret.txt'), path.join(folder, 'link-to-secret.txt'));
    symlinkSync(path.join(outside, 'private'), path.join(folder, 'link-to-private'));
    symlinkSync('/etc/passwd', path.join(folder, 'passwd.txt'));
    const report = await withArchive(tempDir(), (archive) => archive.importPaths([folder]));
    expect(report.outcomes.map((o) => [path.basename(o.name), o.status])).toEqual([['real.txt', 'imported']]);
  });
});

describe('names from clippings never become paths outside the chosen folder', () => {
  const hostile = ['../../../../tmp/clipdesk-escape.txt', '/etc/cron.d/evil.txt', 'C:\\Windows\\System32\\evil.txt', '..', '.bashrc', 'con.txt', 'a\u0000b.txt'];

  it('imports keep the name as a label only, and every export file name is a plain name', async () => {
    const dir = tempDir();
    await withArchive(dir, async (archive) => {
      const report = await archive.importFiles(hostile.map((name, i) => ({ name, data: crashClippingFile(10 + i).data })));
      expect(report.ok).toBe(true);
      const ids = report.ok ? report.value.outcomes.map((o) => o.id!) : [];
      expect(ids.every((id) => id > 0)).toBe(true);
      // Titles made of path tricks too.
      await archive.setNote(ids[0]!, '../../etc');
      const markdown = await archive.exportMarkdown(ids, { mode: 'files' });
      const json = await archive.exportJson(ids);
      const single = await archive.exportMarkdown(ids, { mode: 'single', title: '../../../etc/passwd' });
      const names = [...(markdown.ok ? markdown.value : []), ...(json.ok ? [json.value] : []), ...(single.ok ? single.value : [])].map((f) => f.fileName);
      expect(names.length).toBe(ids.length + 2);
      const chosen = tempDir();
      for (const name of names) {
        expect(name, name).not.toMatch(/[/\\]|^\.|^\s|\.\.[/\\]/);
        expect(name.includes(String.fromCharCode(0)), name).toBe(false);
        expect(path.dirname(fileInside(chosen, name))).toBe(chosen);
      }
    });
    expect(existsSync('/tmp/clipdesk-escape.txt')).toBe(false);
  });

  it('safeFileName and fileInside', () => {
    expect(safeFileName('../../etc/passwd')).toBe('etc passwd');
    expect(safeFileName('..')).toBe('clipping');
    expect(safeFileName('CON')).toBe('clipping');
    expect(safeFileName('a\u0000b<>:"|?*.txt')).toBe('a b .txt');
    expect(safeFileName('  .hidden. ')).toBe('hidden');
    expect(() => fileInside('/tmp/x', '../y')).toThrow(PathError);
    expect(() => fileInside('/tmp/x', 'a/b')).toThrow(PathError);
    expect(() => fileInside('/tmp/x', '/etc/passwd')).toThrow(PathError);
    expect(fileInside('/tmp/x', 'ok.md')).toBe('/tmp/x/ok.md');
    expect(() => assertOutsideArchive('/a/archive', '/a/archive/index/x', 'The backup')).toThrow(/inside the archive folder/);
    expect(() => assertOutsideArchive('/a/archive', '/a/archive-backup.sqlite', 'The backup')).not.toThrow();
  });
});

describe('an archive cannot send writes outside itself', () => {
  it('an index/ that is a link elsewhere is replaced by a real folder; the target is untouched', async () => {
    const dir = tempDir();
    await withArchive(dir, (archive) => archive.importFiles([crashClippingFile(1)]));
    const elsewhere = tempDir();
    writeFileSync(path.join(elsewhere, 'keep.txt'), 'mine');
    rmSync(path.join(dir, INDEX_FOLDER), { recursive: true });
    symlinkSync(elsewhere, path.join(dir, INDEX_FOLDER));
    const found = await withArchive(dir, async (archive) => {
      await archive.importFiles([crashClippingFile(2)]);
      await archive.whenIndexIdle();
      return archive.search({ text: 'envoys' });
    });
    expect(found.ok && found.value.total).toBe(2);
    expect(lstatSync(path.join(dir, INDEX_FOLDER)).isDirectory()).toBe(true);
    expect(readdirSync(elsewhere)).toEqual(['keep.txt']);
  });
});

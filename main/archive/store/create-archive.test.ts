import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkDatabase } from '../safety/archive-check.ts';
import { ArchiveStore, DATABASE_FILE } from './store.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'clipdesk-create-'));
  dirs.push(dir);
  return dir;
}

describe('creating an archive', () => {
  it('writes the schema to a draft and renames it into place, so archive.sqlite is never empty', () => {
    const dir = tempDir();
    const store = ArchiveStore.open(dir);
    store.close();
    expect(readdirSync(dir).filter((name) => name.includes('creating'))).toEqual([]);
    const { db } = ArchiveStore.openReadOnly(path.join(dir, DATABASE_FILE));
    try {
      expect(checkDatabase(db).problems).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('removes a draft left by a process that died while creating it, and keeps a live one', () => {
    const dir = tempDir();
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const deadDraft = path.join(dir, `${DATABASE_FILE}.creating-${dead.stdout}`);
    const liveDraft = path.join(dir, `${DATABASE_FILE}.creating-${process.ppid}`);
    writeFileSync(deadDraft, 'half a database');
    writeFileSync(`${deadDraft}-journal`, 'its journal');
    writeFileSync(liveDraft, 'another process at work');
    ArchiveStore.open(dir).close();
    expect(existsSync(deadDraft)).toBe(false);
    expect(existsSync(`${deadDraft}-journal`)).toBe(false);
    expect(existsSync(liveDraft)).toBe(true);
    expect(existsSync(path.join(dir, DATABASE_FILE))).toBe(true);
  });
});

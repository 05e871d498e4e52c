/** The CLI's prompt-free choice for an article already in the archive, through the real CLI. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../archive/location.ts';

const run = promisify(execFile);
const CLI = path.join(PROJECT_ROOT, 'bin', 'clipdesk.mjs');
const FIXTURES = path.join(PROJECT_ROOT, 'main/archive/ingest/first-read-fixtures');
let archive: string;

async function clipdesk(...args: string[]): Promise<{ stdout: string; stderr: string }> {
  return run(process.execPath, [CLI, '--archive', archive, ...args], { env: { ...process.env, NO_COLOR: '1' } });
}

beforeAll(() => {
  archive = mkdtempSync(path.join(tmpdir(), 'clipdesk-cli-same-'));
});
afterAll(() => {
  rmSync(archive, { recursive: true, force: true });
});

describe('clipdesk import --same-article', () => {
  it('keeps both by default and says so, and merges when asked', async () => {
    await clipdesk('import', path.join(FIXTURES, 'nyt-style-page.html'));
    const kept = await clipdesk('import', path.join(FIXTURES, 'nyt-style-copy.txt'));
    expect(kept.stdout).toMatch(/^same\s+nyt-style-copy\.txt → 2: .*same article as "Fishing Fleet Returns Early as Storm Nears" \(clipping 1\)/);
    const merged = JSON.parse((await clipdesk('--json', 'import', '--same-article', 'merge', path.join(FIXTURES, 'nyt-style-page.mhtml'))).stdout) as { outcomes: { id: number; message: string; sameArticleAs: { id: number } }[] };
    expect(merged.outcomes[0]!.sameArticleAs.id).toBe(1); // the saved page: the same address
    expect(merged.outcomes[0]!.message).toMatch(/^merged with clipping 1 into clipping \d+; the other is in the Trash\.$/);
    const list = JSON.parse((await clipdesk('--json', 'list')).stdout) as { total: number };
    expect(list.total).toBe(2);
  });

  it('refuses a choice it does not know', async () => {
    await expect(clipdesk('import', '--same-article', 'both', path.join(FIXTURES, 'nyt-style-copy.txt'))).rejects.toMatchObject({ stderr: expect.stringContaining('--same-article is "keep-both", "keep-better" or "merge".') });
  });
});

/** Backup and restore treat photos like the rest of a clipping (issue 15): kept whole, and verified before a restore. */
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import { mhtmlOf, newsPage } from '../../test-support/news-pages.ts';
import { okValue as value, tempDirs, withArchive } from '../../test-support/temp-archive.ts';
import { BackupError, backupArchive, restoreArchive } from './backup.ts';

const dirs = tempDirs('clipdesk-backup-photos-');
afterAll(() => dirs.removeAll());

async function archiveWithPhotos(): Promise<{ dir: string; bytes: string[] }> {
  const dir = dirs.make();
  const bytes = await withArchive(dir, async (archive) => {
    const [outcome] = value(await archive.importFiles([{ name: 'harbour.mhtml', data: mhtmlOf(await newsPage()) }])).outcomes;
    const clipping = value(await archive.get(outcome!.id!));
    return Promise.all(clipping.images.map(async (i) => Buffer.from(value(await archive.getImage(i.stored!.id)).data).toString('base64')));
  });
  return { dir, bytes };
}

describe('photos in backups', () => {
  it('restores every photo byte for byte', async () => {
    const { dir, bytes } = await archiveWithPhotos();
    const file = path.join(dirs.make(), 'backup.sqlite');
    await backupArchive(dir, file);
    const target = dirs.make();
    await restoreArchive(target, file);
    const restored = await withArchive(target, async (archive) => {
      const clipping = value(await archive.get(1));
      return Promise.all(clipping.images.map(async (i) => Buffer.from(value(await archive.getImage(i.stored!.id)).data).toString('base64')));
    });
    expect(restored).toEqual(bytes);
  });

  it.each([
    ['a photo whose bytes were altered', "UPDATE image_data SET data = CAST('tampered' AS BLOB) WHERE image_id = 1", /photo 1 does not match its recorded hash or size/],
    ['a photo without its thumbnail', 'DELETE FROM image_thumbnails WHERE image_id = 2', /photo 2 has lost its thumbnail/],
  ])('refuses %s before touching the archive', async (_what, spoil, reason) => {
    const { dir } = await archiveWithPhotos();
    const file = path.join(dirs.make(), 'spoiled.sqlite');
    await backupArchive(dir, file);
    const db = new DatabaseSync(file);
    db.exec(spoil);
    db.close();
    const error = await restoreArchive(dirs.make(), file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupError);
    expect((error as Error).message).toMatch(reason);
  });
});

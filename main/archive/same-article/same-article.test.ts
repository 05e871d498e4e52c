/**
 * One article, one clipping, on a real temp archive: the same made-up article as a saved page, a
 * web archive (MHTML) and a copied text is reported as the same article, and each choice (keep
 * both, keep the better, merge) does what it says, keeping the tags and notes of both. A wire
 * story run by another outlet is not the same article.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { okValue, openTempArchive, type TempArchive } from '../../test-support/temp-archive.ts';
import { bodyContainment } from './similarity.ts';
import { SAME_ARTICLE_THRESHOLD } from './recognise.ts';

const fixtures = path.resolve(import.meta.dirname, '../ingest/first-read-fixtures');
const file = (name: string) => ({ name, data: new Uint8Array(readFileSync(path.join(fixtures, name))) });

let t: TempArchive;
beforeEach(async () => {
  t = await openTempArchive();
});
afterEach(async () => {
  await t.dispose();
});

async function importOne(name: string) {
  return okValue(await t.archive.importFiles([file(name)])).outcomes[0]!;
}

describe('the same article imported in several forms', () => {
  it('reports a copy and a web archive of a saved page as the same article, not as new clippings', async () => {
    const page = await importOne('nyt-style-page.html');
    expect(page.sameArticleAs ?? null).toBeNull();
    const copy = await importOne('nyt-style-copy.txt');
    expect(copy).toMatchObject({ status: 'imported', sameArticleAs: { id: page.id, title: 'Fishing Fleet Returns Early as Storm Nears' } });
    expect(copy.message).toMatch(/same article/);
    const archived = await importOne('nyt-style-page.mhtml');
    expect(archived.sameArticleAs?.id).toBeDefined();
  });

  it('finds the same article among files dropped together (one batch of a many-file import)', async () => {
    const report = okValue(await t.archive.importFiles([file('nyt-style-page.html'), file('wire-copy-other-outlet.txt'), file('nyt-style-copy.txt')]));
    const [page, wire, copy] = report.outcomes;
    expect(page!.sameArticleAs ?? null).toBeNull();
    expect(wire!.sameArticleAs ?? null).toBeNull();
    expect(copy).toMatchObject({ status: 'imported', sameArticleAs: { id: page!.id } });
  });

  it('does not take a wire story run by another outlet for the same article', async () => {
    await importOne('nyt-style-page.html');
    const wire = await importOne('wire-copy-other-outlet.txt');
    expect(wire.sameArticleAs ?? null).toBeNull();
  });

  it('keep the better: the richer clipping stays with the tags and notes of both, the other goes to the Trash', async () => {
    const copy = await importOne('nyt-style-copy.txt');
    okValue(await t.archive.setTags(copy.id!, ['storms']));
    okValue(await t.archive.setNote(copy.id!, 'Ask Dahl for an interview.'));
    const page = await importOne('nyt-style-page.html');
    expect(page.sameArticleAs?.id).toBe(copy.id);
    okValue(await t.archive.setTags(page.id!, ['fishing']));
    const kept = okValue(await t.archive.resolveSameArticle(page.id!, copy.id!, 'keep-better'));
    expect(kept.id).toBe(page.id); // the saved page has the source and address the copy lacks
    const clipping = okValue(await t.archive.get(page.id!));
    expect(clipping.tags.sort()).toEqual(['fishing', 'storms']);
    expect(clipping.note).toBe('Ask Dahl for an interview.');
    expect(okValue(await t.archive.get(copy.id!)).trashedAt).toBeTruthy();
  });

  it('merge: the richer parts of each win', async () => {
    const page = await importOne('nyt-style-page.html');
    const copy = await importOne('nyt-style-copy.txt');
    okValue(await t.archive.setNote(page.id!, 'first note'));
    okValue(await t.archive.setNote(copy.id!, 'second note'));
    const kept = okValue(await t.archive.resolveSameArticle(copy.id!, page.id!, 'merge'));
    const merged = okValue(await t.archive.get(kept.id));
    expect(merged).toMatchObject({ source: 'The New York Times', url: 'https://www.nytimes.com/2017/01/13/world/europe/fishing-fleet-storm.html', authors: ['Anna Lindqvist'] });
    expect(merged.body).toHaveLength(4);
    expect(merged.note).toBe('first note\n\nsecond note');
    const other = kept.id === page.id ? copy.id! : page.id!;
    expect(okValue(await t.archive.get(other)).trashedAt).toBeTruthy();
  });

  it('keep both leaves both as they are', async () => {
    const page = await importOne('nyt-style-page.html');
    const copy = await importOne('nyt-style-copy.txt');
    expect(okValue(await t.archive.resolveSameArticle(copy.id!, page.id!, 'keep-both'))).toEqual({ id: copy.id });
    expect(okValue(await t.archive.get(page.id!)).trashedAt ?? null).toBeNull();
    expect(okValue(await t.archive.get(copy.id!)).trashedAt ?? null).toBeNull();
  });
});

describe('body containment', () => {
  it('is high for one article with chrome around it and low for different articles', () => {
    const article = ['The fishing fleet returned to harbour two days early on Friday as the storm neared the coast.', 'Harbour masters said sixty boats had come in since dawn.'];
    expect(bodyContainment(article, [...article, 'Most Popular', 'Ten Things to Do This Weekend'])).toBe(1);
    expect(bodyContainment(article, ['The council voted on Monday to extend the night bus service to the northern suburbs.'])).toBeLessThan(SAME_ARTICLE_THRESHOLD);
  });
});

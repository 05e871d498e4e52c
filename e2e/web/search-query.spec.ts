/**
 * The query language, facets, near-duplicate groups and "more like this" in the browser, on an
 * archive generated before the host opens it (the index is built at start, as for any archive).
 */
import { expect, test as base } from './fixtures.ts';
import { generateArchive, generateClippings, type GeneratedClipping } from '../../main/generate/index.ts';

const COUNT = 400;
const SEED = 8;
const generated: GeneratedClipping[] = [...generateClippings(COUNT, SEED)];
const idOf = (c: GeneratedClipping): number => generated.indexOf(c) + 1;
/** Results as the search shows them: one per story (wire copies fold together). */
const resultsFor = (keep: (c: GeneratedClipping) => boolean): number =>
  new Set(generated.filter(keep).map((c, i) => (c.wireStory === null ? `own-${idOf(c)}-${i}` : `wire-${c.wireStory}`))).size;

/** The count line for a query: results, and the clippings behind them when wire copies folded. */
const countLine = (keep: (c: GeneratedClipping) => boolean, query: string): string => {
  const results = resultsFor(keep);
  const clippings = generated.filter(keep).length;
  return `${results} results${clippings !== results ? ` (${clippings} clippings)` : ''} for “${query}”`;
};

const test = base.extend({
  archiveDir: async ({ archiveDir }, use) => {
    await generateArchive(archiveDir, { count: COUNT, seed: SEED });
    await use(archiveDir);
  },
});

test('tag: keeps the clippings under a tag, its children included', async ({ clipdesk }) => {
  await clipdesk.search('tag:korea');
  await expect(clipdesk.listCount).toHaveText(countLine((c) => c.tags.some((t) => t === 'korea' || t.startsWith('korea/')), 'tag:korea'));
  await clipdesk.search('tag:korea/north');
  await expect(clipdesk.listCount).toHaveText(countLine((c) => c.tags.includes('korea/north'), 'tag:korea/north'));
  await clipdesk.search('-tag:korea lang:en');
  await expect(clipdesk.listCount).toHaveText(countLine((c) => c.language === 'en' && !c.tags.some((t) => t.startsWith('korea')), '-tag:korea lang:en'));
});

test('an exact phrase finds the words in that order only', async ({ clipdesk }) => {
  const target = generated.find((c) => c.language === 'en' && c.wireStory === null && c.body[2]!.split(' ').length > 12)!;
  const words = target.body[2]!.split(' ').slice(4, 9).map((w) => w.replace(/[^\p{L}\p{N}-]/gu, ''));
  await clipdesk.search(`"${words.join(' ')}"`);
  await expect(clipdesk.result(target.title)).toBeVisible();
  await expect(clipdesk.resultSnippetMarks(target.title)).not.toHaveCount(0);
  await clipdesk.search(`"${[...words].reverse().join(' ')}"`);
  await expect(clipdesk.result(target.title)).toHaveCount(0);
});

test('a facet click adds its filter to the query and narrows the results', async ({ clipdesk }) => {
  await clipdesk.search('missile');
  const panel = clipdesk.page.getByTestId('facet-panel');
  await expect(panel).toBeVisible();
  const tagFacet = panel.locator('[data-testid="facet"][data-facet="tag"]').first();
  const tag = (await tagFacet.getAttribute('data-value'))!;
  const before = await clipdesk.listCount.textContent();
  await tagFacet.click();
  await expect(clipdesk.searchInput).toHaveValue(`missile tag:${tag}`);
  await expect(clipdesk.listCount).toHaveAttribute('data-query', `missile tag:${tag}`);
  await expect(clipdesk.listCount).not.toHaveText(before!);
  const yearFacet = panel.locator('[data-testid="facet"][data-facet="date"]').first();
  const year = (await yearFacet.getAttribute('data-value'))!;
  await yearFacet.click();
  await expect(clipdesk.searchInput).toHaveValue(`missile tag:${tag} date:${year}`);
  await expect(clipdesk.listCount).toHaveAttribute('data-query', `missile tag:${tag} date:${year}`);
  await expect(clipdesk.results.first()).toContainText(year);
});

test('a wire story run by several outlets is one result, "also in" the others, each one click away', async ({ clipdesk }) => {
  const stories = new Map<number, GeneratedClipping[]>();
  for (const c of generated) if (c.wireStory !== null) stories.set(c.wireStory, [...(stories.get(c.wireStory) ?? []), c]);
  const copies = [...stories.values()].sort((a, b) => b.length - a.length)[0]!;
  expect(copies.length).toBeGreaterThan(2);
  await clipdesk.search(`"${copies[0]!.body[0]!.split(' ').slice(0, 6).join(' ')}"`);
  const row = clipdesk.results.filter({ has: clipdesk.page.getByTestId('also-in') });
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId('also-in')).toHaveAttribute('data-count', String(copies.length - 1));
  await row.getByTestId('also-in-toggle').click();
  const items = clipdesk.page.getByTestId('also-in-item');
  await expect(items).toHaveCount(copies.length - 1);
  const otherId = Number(await items.first().getAttribute('data-id'));
  await items.first().click();
  await expect(clipdesk.headline).toHaveText(generated[otherId - 1]!.title);
});

test('More like this in the reader searches for clippings like the open one', async ({ clipdesk }) => {
  const source = generated.find((c) => c.language === 'en' && c.wireStory === null && c.tags[0] === 'energy/oil')!;
  await clipdesk.search(`"${source.body[1]!.split(' ').slice(2, 7).join(' ')}"`);
  await clipdesk.openResult(source.title);
  await clipdesk.page.getByTestId('more-like-this').click();
  await expect(clipdesk.searchInput).toHaveValue(`like:${idOf(source)}`);
  await expect(clipdesk.listCount).toHaveAttribute('data-query', `like:${idOf(source)}`);
  await expect(clipdesk.results.first()).toBeVisible();
  await expect(clipdesk.page.locator(`[data-testid="result"][data-id="${idOf(source)}"]`)).toHaveCount(0);
  // Most of what it finds is on the same subject.
  const titles = await clipdesk.page.getByTestId('result-title').allTextContents();
  const onTopic = titles.slice(0, 8).filter((t) => /oil|opec|crude|barrel|brent|refinery|pipeline|tanker|shale|drilling|output/i.test(t));
  expect(onTopic.length).toBeGreaterThanOrEqual(4);
});

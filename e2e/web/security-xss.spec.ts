/**
 * Hostile clippings (issue 7): the OWASP XSS filter-evasion cases in e2e/fixtures/xss (script
 * tags, event handlers, javascript: and data: URLs, iframes, forms, SVG, CSS expressions,
 * malformed and entity-encoded markup, mutation XSS), each put into a news page's title, head,
 * body and photo caption, are imported through the UI, opened one by one in the reader and
 * searched for. Nothing may run (no dialog, window.__pwned never set) and nothing may be
 * fetched from anywhere but the app's own 127.0.0.1 origin.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { API_PREFIX, TOKEN_HEADER } from '../../preload/wire.ts';
import { expect, test } from './fixtures.ts';
import { PROJECT_ROOT } from './web-host.ts';

const FIXTURES = path.join(PROJECT_ROOT, 'e2e', 'fixtures', 'xss');
/** Elements and attributes that only a payload would have put in the page. */
const FOREIGN_MARKUP = [
  'iframe', 'object', 'embed', 'base', 'marquee', 'details', 'video', 'math', 'input[type="image" i]', 'form[action]', 'svg script',
  'script:not([src])', 'meta[http-equiv="refresh" i]', 'link[href^="javascript" i]', '[style*="expression" i]',
  '[onerror]', '[onload]', '[onclick]', '[onmouseover]', '[ontoggle]', '[onstart]', '[formaction]', '[srcdoc]',
].join(', ');
const files = readdirSync(FIXTURES).filter((f) => /\.(html|txt)$/.test(f)).sort();

/**
 * Everything that would show an attack worked: dialogs, popups, and requests that left the page
 * for anywhere but the app (caught by a route, which also stops them; a request the CSP blocks
 * never gets that far).
 */
async function watch(page: Page, appOrigin: string): Promise<{ dialogs: string[]; foreign: string[] }> {
  const seen = { dialogs: [] as string[], foreign: [] as string[] };
  page.on('dialog', (dialog) => {
    seen.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('popup', (popup) => seen.foreign.push(`popup ${popup.url()}`));
  await page.context().route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${appOrigin}/`)) return route.continue();
    seen.foreign.push(url);
    return route.abort();
  });
  return seen;
}

/** A call to the browser host's API, as the renderer makes it (token in the header). */
async function api(host: { url: string; token: string }, method: string, args: unknown[]): Promise<unknown> {
  const response = await fetch(`${new URL(host.url).origin}${API_PREFIX}${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
    body: JSON.stringify({ args }),
  });
  const result = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
  if (!result.ok) throw new Error(result.error?.message);
  return result.value;
}

const pwned = (page: Page): Promise<unknown> => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

test('hostile clippings are imported and read, and nothing in them runs or loads', async ({ page, host, clipdesk }) => {
  test.setTimeout(240_000);
  const origin = new URL(host.url).origin;
  const seen = await watch(page, origin);
  expect(files.length).toBeGreaterThanOrEqual(30);

  await clipdesk.importFile(...files.map((f) => path.join(FIXTURES, f)));
  const report = clipdesk.importReport;
  await expect(report.locator('[data-status]')).toHaveCount(files.length);
  const imported = await report.locator('[data-status="imported"]').count();
  // A page whose unclosed <script> swallows the article is refused with a reason, never half-read.
  expect(imported).toBeGreaterThanOrEqual(files.length - 2);
  await expect(report.locator('[data-status="failed"]')).toHaveCount(files.length - imported);

  // Read every clipping: the reader shows the payloads as text, nothing more.
  await expect(clipdesk.allCount).toHaveText(String(imported));
  // Open each clipping the way the app does (the open clipping lives in the URL's hash).
  const ids = (await api(host, 'listIds', [{}])) as number[];
  expect(ids).toHaveLength(imported);
  const titles = new Map<string, number>();
  for (const id of ids) {
    await page.evaluate((open) => (window.location.hash = `#/?open=${open}`), id);
    const { title } = (await api(host, 'get', [id])) as { title: string };
    expect(title).toMatch(/^Hostile clipping \d+: [a-z-]+$/);
    await expect(clipdesk.headline).toHaveText(title);
    titles.set(title, id);
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    for (const href of hrefs) expect(href, 'a link on the page').toMatch(/^(https?:\/\/|#|$)/);
    // Nothing of the payloads became an element or an attribute (the app's own forms and icons aside).
    expect(await page.locator(FOREIGN_MARKUP).count()).toBe(0);
    expect(await pwned(page)).toBeUndefined();
  }
  expect(titles.size).toBe(imported);

  // Text clippings keep markup as the words they are, shown literally.
  await page.evaluate((open) => (window.location.hash = `#/?open=${open}`), titles.get('Hostile clipping 45: script-as-text'));
  await expect(clipdesk.readerBody).toContainText("<script>window.__pwned='txt';alert('txt')</script>");

  // Search through the payloads: snippets are text, marks are <mark>, nothing else.
  for (const query of ['onerror', 'script', 'javascript', 'alert', '"img src"']) {
    await clipdesk.search(query);
    await expect(clipdesk.searchInput).toHaveValue(query);
  }
  await clipdesk.search('harbour');
  await expect(clipdesk.results.first()).toBeVisible();
  // Snippet parts are <mark> and <span> with text only (Snippet.tsx), whatever the clipping held.
  const snippetTags = await page.locator('[data-testid="result-snippet"] *').evaluateAll((nodes) => [...new Set(nodes.map((n) => `${n.tagName.toLowerCase()}${n.attributes.length ? '+attributes' : ''}`))].sort());
  expect(snippetTags).toEqual(expect.arrayContaining(['mark']));
  for (const tag of snippetTags) expect(['mark', 'span']).toContain(tag);

  expect(await pwned(page)).toBeUndefined();
  expect(seen.dialogs).toEqual([]);
  expect(seen.foreign).toEqual([]);
});

test('a clipping whose file name is markup runs nothing when it is read', async ({ page, host, clipdesk }) => {
  const origin = new URL(host.url).origin;
  const seen = await watch(page, origin);
  const name = `<img src=x onerror="window.__pwned='name';alert('name')">.txt`;
  await api(host, 'importText', [
    'Council Approves Harbour Budget\n\nThe city council voted on Tuesday to approve a new budget for the harbour district, ending months of debate.\n\nOfficials said the plan would fund repairs to the sea wall.',
    name,
  ]);
  await page.reload();
  await clipdesk.openResult('Council Approves Harbour Budget');
  expect(await pwned(page)).toBeUndefined();
  expect(seen.dialogs).toEqual([]);
  expect(seen.foreign).toEqual([]);
});

test('the renderer CSP blocks images from the web: a clipping photo is never fetched when reading', async ({ page, host, clipdesk }) => {
  await clipdesk.importFile(path.join(FIXTURES, '17-img-remote-tracker.html'));
  await clipdesk.openResult('Hostile clipping 17: img-remote-tracker');
  const seen = await watch(page, new URL(host.url).origin);
  // Even an <img> with a remote src put into the page (as a sanitiser slip would) is refused by CSP.
  const violation = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (e) => resolve(`${e.effectiveDirective} ${e.blockedURI}`), { once: true });
        const img = document.createElement('img');
        img.src = 'https://evil.example/photo-17.jpg';
        document.body.append(img);
        setTimeout(() => resolve('no violation'), 5000);
      }),
  );
  expect(violation).toBe('img-src https://evil.example/photo-17.jpg');
  const scriptViolation = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective), { once: true });
        const script = document.createElement('script');
        script.textContent = "window.__pwned = 'inline'";
        document.body.append(script);
        setTimeout(() => resolve('no violation'), 5000);
      }),
  );
  expect(scriptViolation).toBe('script-src-elem');
  expect(await pwned(page)).toBeUndefined();
  expect(seen.foreign).toEqual([]);
});

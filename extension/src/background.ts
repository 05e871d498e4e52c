/**
 * The extension's background (a service worker in Chromium, an event page in Firefox): the
 * context-menu items and the keyboard shortcut, the one function that clips a tab (the toolbar
 * popup calls it too), and the queue sent again every minute and at start.
 */
import { clip, flushQueue, type ClipResult } from './clipdesk-client.ts';
import { capturePage, type PageCapture } from './page-capture.ts';
import type { ClipMode, ClipRequest } from './protocol.ts';

const MENU_PAGE = 'clipdesk-clip-page';
const MENU_SELECTION = 'clipdesk-clip-selection';

function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Images the page could not hand over (another site's, without CORS), fetched here instead where allowed. */
async function fetchMissing(urls: string[]): Promise<PageCapture['images']> {
  const found: PageCapture['images'] = [];
  for (const url of urls.slice(0, 20)) {
    try {
      const response = await fetch(url, { credentials: 'omit' });
      if (response.ok) found.push({ url, data: toBase64(await response.arrayBuffer()) });
    } catch {
      // Not allowed or not there: Clipdesk keeps the caption without the photo.
    }
  }
  return found;
}

/** Clips the tab's page (or its selection) with tags; the result is also shown on the toolbar button. */
export async function clipTab(tabId: number, mode: ClipMode, tags: string[] = []): Promise<ClipResult> {
  await chrome.action.setBadgeText({ tabId, text: '…' });
  try {
    const [injection] = await chrome.scripting.executeScript({ target: { tabId }, func: capturePage, args: [mode] });
    const page = injection?.result as PageCapture | undefined;
    if (!page) throw new Error('The page could not be read (a browser page, or the store, cannot be clipped).');
    const images = [...page.images, ...(await fetchMissing(page.missing))];
    const request: ClipRequest = { url: page.url, title: page.title, html: page.html, selectionHtml: page.selectionHtml, images, tags };
    const result = await clip(request);
    await showOnButton(tabId, result);
    return result;
  } catch (error) {
    const result: ClipResult = { kind: 'refused', message: (error as Error).message };
    await showOnButton(tabId, result);
    return result;
  }
}

async function showOnButton(tabId: number, result: ClipResult): Promise<void> {
  const [text, colour, title] =
    result.kind === 'sent'
      ? [result.outcome.status === 'failed' ? '!' : '✓', result.outcome.status === 'failed' ? '#b3261e' : '#2e7d32', result.outcome.message ?? `Clipped: ${result.outcome.title ?? ''}`]
      : result.kind === 'queued'
        ? [String(result.waiting), '#8a6d00', `Clipdesk is not running: ${result.waiting} clip(s) wait and will be sent when it runs.`]
        : ['!', '#b3261e', result.message];
  await chrome.action.setBadgeBackgroundColor({ tabId, color: colour }).catch(() => undefined);
  await chrome.action.setBadgeText({ tabId, text }).catch(() => undefined);
  await chrome.action.setTitle({ tabId, title: `Clipdesk: ${title}` }).catch(() => undefined);
}

chrome.runtime.onInstalled.addListener(() => {
  chrome.contextMenus.removeAll(() => {
    chrome.contextMenus.create({ id: MENU_PAGE, title: 'Clip this page to Clipdesk', contexts: ['page', 'image', 'link'] });
    chrome.contextMenus.create({ id: MENU_SELECTION, title: 'Clip the selection to Clipdesk', contexts: ['selection'] });
  });
  void chrome.alarms.create('clipdesk-queue', { periodInMinutes: 1 });
});

chrome.contextMenus.onClicked.addListener((info, tab) => {
  if (tab?.id === undefined) return;
  void clipTab(tab.id, info.menuItemId === MENU_SELECTION ? 'selection' : 'page');
});

chrome.commands.onCommand.addListener((command, tab) => {
  if (command === 'clip-page' && tab?.id !== undefined) void clipTab(tab.id, 'page');
});

chrome.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === 'clipdesk-queue') void flushQueue();
});
chrome.runtime.onStartup.addListener(() => void flushQueue());

// The popup asks the background to clip, so a clip goes on when the popup closes.
chrome.runtime.onMessage.addListener((message: { type?: string; tabId?: number; mode?: ClipMode; tags?: string[] }, _sender, reply) => {
  if (message.type === 'clip' && typeof message.tabId === 'number') {
    void clipTab(message.tabId, message.mode ?? 'page', message.tags ?? []).then(reply);
    return true;
  }
  if (message.type === 'flush') {
    void flushQueue().then(reply);
    return true;
  }
  return false;
});

// For the end-to-end tests and the console: the same entry the menu and the shortcut use.
(globalThis as unknown as { clipdesk: unknown }).clipdesk = { clipTab, flushQueue };

/**
 * The toolbar popup: pairing (a code typed once), tags, "Clip article" and "Clip selection" for
 * the current tab, and what Clipdesk understood (title, source, date) with a link to open it there.
 * When Clipdesk is not running it says so, and the clip waits in the queue.
 */
import { lastResult, openInClipdesk, pair, setPort, settings, status, type ClipResult } from './clipdesk-client.ts';
import type { ClipMode } from './protocol.ts';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

/** The tab clipped: the active one, or the one named in the address (?tab=, for the tests). */
async function targetTab(): Promise<number | undefined> {
  const given = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(given) && given > 0) return given;
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function say(message: string | null): void {
  const el = $('message');
  el.hidden = !message;
  el.textContent = message ?? '';
}

function formatDate(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });
}

function showResult(result: ClipResult | null): void {
  const box = $('result');
  box.replaceChildren();
  box.hidden = result === null;
  if (!result) return;
  const line = (cls: string, text: string): HTMLElement => {
    const p = document.createElement('p');
    p.className = cls;
    p.textContent = text;
    box.append(p);
    return p;
  };
  if (result.kind === 'queued') {
    line('status queued', 'Waiting');
    line('meta', `Clipdesk is not running. The clip is kept here (${result.waiting} waiting) and sent when Clipdesk runs.`);
    return;
  }
  if (result.kind === 'refused') {
    line('status failed', 'Not clipped');
    line('meta', result.message);
    return;
  }
  const { outcome } = result;
  line(`status ${outcome.status}`, outcome.status === 'imported' ? 'Clipped' : outcome.status === 'duplicate' ? 'Already in Clipdesk' : 'Not clipped');
  if (outcome.title) line('title', outcome.title).dataset.testid = 'result-title';
  const meta = [outcome.source, formatDate(outcome.publishedAt), outcome.status === 'imported' ? `${outcome.images} photo${outcome.images === 1 ? '' : 's'}` : null].filter(Boolean).join(' · ');
  if (meta) line('meta', meta).dataset.testid = 'result-meta';
  if (outcome.status === 'failed' && outcome.message) line('meta', outcome.message);
  if (outcome.id !== null) {
    const link = document.createElement('a');
    link.textContent = 'Open in Clipdesk';
    link.href = '#';
    link.dataset.testid = 'open-in-clipdesk';
    const id = outcome.id;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      void openInClipdesk(id).then(say);
    });
    box.append(link);
  }
}

async function refresh(): Promise<void> {
  const [{ port, paired, waiting }, live] = await Promise.all([settings(), status()]);
  ($('port') as HTMLInputElement).value = String(port);
  const state = $('state');
  state.className = `state ${live.running ? 'ok' : 'off'}`;
  state.textContent = live.running ? (live.paired ? 'Connected' : 'Not paired') : waiting > 0 ? `Not running · ${waiting} waiting` : 'Not running';
  $('pairing').hidden = live.paired || (!live.running && paired);
  $('clipping').hidden = !(live.paired || (!live.running && paired));
  const tabId = await targetTab();
  if (tabId !== undefined) {
    const [probe] = await chrome.scripting.executeScript({ target: { tabId }, func: () => !(window.getSelection()?.isCollapsed ?? true) }).catch(() => []);
    ($('clip-selection') as HTMLButtonElement).disabled = !probe?.result;
  }
}

async function clipNow(mode: ClipMode): Promise<void> {
  const tabId = await targetTab();
  if (tabId === undefined) return say('There is no page to clip in this window.');
  const tags = ($('tags') as HTMLInputElement).value.split(',').map((t) => t.trim()).filter(Boolean);
  for (const id of ['clip-page', 'clip-selection']) ($(id) as HTMLButtonElement).disabled = true;
  say(null);
  const result = (await chrome.runtime.sendMessage({ type: 'clip', tabId, mode, tags })) as ClipResult;
  showResult(result);
  ($('clip-page') as HTMLButtonElement).disabled = false;
  await refresh();
}

$('pair-form').addEventListener('submit', (event) => {
  event.preventDefault();
  void (async () => {
    try {
      say(await pair(($('code') as HTMLInputElement).value));
    } catch (error) {
      say((error as Error).message);
    }
    await refresh();
  })();
});
$('port-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const port = Number(($('port') as HTMLInputElement).value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) return say('A port is a number from 1 to 65535.');
  void setPort(port).then(refresh);
});
$('clip-page').addEventListener('click', () => void clipNow('page'));
$('clip-selection').addEventListener('click', () => void clipNow('selection'));

void refresh().then(lastResult).then(showResult);
void chrome.runtime.sendMessage({ type: 'flush' }).catch(() => undefined);

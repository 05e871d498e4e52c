/**
 * Talking to the running Clipdesk over 127.0.0.1: the port and the pairing key kept in the
 * extension's storage, and a queue of clips that could not be sent (Clipdesk not running), sent
 * later in order. A clip leaves the queue only when Clipdesk has answered it, so nothing is lost.
 */
import { CAPTURE_PATHS, DEFAULT_PORT, type ClipOutcome, type ClipRequest, type Reply } from './protocol.ts';

interface Stored {
  port?: number;
  key?: string;
  queue?: QueuedClip[];
  lastResult?: ClipResult;
}

export interface QueuedClip {
  request: ClipRequest;
  queuedAt: string;
}

/** What the person is told after a clip. */
export type ClipResult =
  | { kind: 'sent'; outcome: ClipOutcome }
  | { kind: 'queued'; waiting: number }
  | { kind: 'refused'; message: string };

export class NotRunning extends Error {}

const storage = chrome.storage.local;

async function read(): Promise<Stored> {
  return (await storage.get(['port', 'key', 'queue', 'lastResult'])) as Stored;
}

export async function settings(): Promise<{ port: number; paired: boolean; waiting: number }> {
  const stored = await read();
  return { port: stored.port ?? DEFAULT_PORT, paired: Boolean(stored.key), waiting: stored.queue?.length ?? 0 };
}

export async function setPort(port: number): Promise<void> {
  await storage.set({ port });
}

/** Every call is a POST: browsers leave the Origin header (which Clipdesk checks) off an extension's GET. */
async function send<T>(path: string, body: unknown = {}): Promise<Reply<T>> {
  const { port = DEFAULT_PORT, key } = await read();
  let response: Response;
  try {
    response = await fetch(`http://127.0.0.1:${port}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: JSON.stringify(body),
      cache: 'no-store',
    });
  } catch {
    throw new NotRunning(`Clipdesk is not running (nothing answers on 127.0.0.1:${port}).`);
  }
  return (await response.json()) as Reply<T>;
}

/** Whether Clipdesk runs, and whether it knows this browser's key. */
export async function status(): Promise<{ running: boolean; paired: boolean }> {
  try {
    const reply = await send<{ paired: boolean }>(CAPTURE_PATHS.status);
    return { running: true, paired: reply.ok && reply.value.paired };
  } catch {
    return { running: false, paired: false };
  }
}

export async function pair(code: string): Promise<string | null> {
  const browser = `${navigator.userAgent.includes('Firefox') ? 'Firefox' : 'Chromium'} on ${navigator.platform || 'this computer'}`;
  const reply = await send<{ key: string }>(CAPTURE_PATHS.pair, { code, browser });
  if (!reply.ok) return reply.error.message;
  await storage.set({ key: reply.value.key });
  return null;
}

export async function openInClipdesk(id: number): Promise<string | null> {
  const reply = await send<unknown>(CAPTURE_PATHS.open, { id });
  return reply.ok ? null : reply.error.message;
}

async function setQueue(queue: QueuedClip[]): Promise<void> {
  await storage.set({ queue });
}

/** Sends a clip; when Clipdesk is not running it waits in the queue. */
export async function clip(request: ClipRequest): Promise<ClipResult> {
  const result = await deliver(request);
  await storage.set({ lastResult: result });
  return result;
}

async function deliver(request: ClipRequest): Promise<ClipResult> {
  await flushQueue();
  try {
    const reply = await send<ClipOutcome>(CAPTURE_PATHS.clip, request);
    return reply.ok ? { kind: 'sent', outcome: reply.value } : { kind: 'refused', message: reply.error.message };
  } catch (error) {
    if (!(error instanceof NotRunning)) throw error;
    const queue = [...((await read()).queue ?? []), { request, queuedAt: new Date().toISOString() }];
    await setQueue(queue);
    return { kind: 'queued', waiting: queue.length };
  }
}

/** Sends what waits, oldest first; stops at the first clip Clipdesk cannot take yet. Returns how many were sent. */
export async function flushQueue(): Promise<number> {
  let sent = 0;
  for (;;) {
    const queue = (await read()).queue ?? [];
    const next = queue[0];
    if (!next) return sent;
    let reply: Reply<ClipOutcome>;
    try {
      reply = await send<ClipOutcome>(CAPTURE_PATHS.clip, next.request);
    } catch {
      return sent;
    }
    // Not paired (yet, or any more): keep it until the person pairs again.
    if (!reply.ok && reply.error.code === 'unpaired') return sent;
    await setQueue(((await read()).queue ?? []).slice(1));
    sent += 1;
  }
}

export async function lastResult(): Promise<ClipResult | null> {
  return (await read()).lastResult ?? null;
}

/**
 * One server-sent event stream from the browser host, shared by every listener, read with
 * fetch + ReadableStream so the token can travel in a header. It reconnects with backoff
 * (0.5 s doubling to 15 s) and, after a reconnect, tells listeners that the archive may have
 * changed while the stream was down.
 */
import { EVENT_NAMES, type ClippingEvents, type EventName } from '../../../preload/api/index.ts';
import { EVENTS_PATH, TOKEN_HEADER } from '../../../preload/wire.ts';
import { createSseParser } from './sse-parser.ts';

type AnyListener = (payload: unknown) => void;

const MIN_DELAY_MS = 500;
const MAX_DELAY_MS = 15_000;

export interface EventStream {
  on<E extends EventName>(event: E, listener: (payload: ClippingEvents[E]) => void): () => void;
}

export function createEventStream(baseUrl: string, token: string | null): EventStream {
  const listeners = new Map<EventName, Set<AnyListener>>();
  let started = false;

  const emit = (event: string, data: string): void => {
    if (!(EVENT_NAMES as readonly string[]).includes(event)) return;
    let payload: unknown;
    try {
      payload = JSON.parse(data);
    } catch {
      return; // a malformed event is dropped rather than breaking the stream
    }
    for (const listener of listeners.get(event as EventName) ?? []) listener(payload);
  };

  const readOnce = async (onOpen: () => void): Promise<void> => {
    const response = await fetch(new URL(EVENTS_PATH, baseUrl), {
      headers: { [TOKEN_HEADER]: token ?? '', accept: 'text/event-stream' },
      cache: 'no-store',
    });
    if (!response.ok || !response.body) return;
    onOpen();
    const parser = createSseParser((e) => emit(e.event, e.data));
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      parser.push(value);
    }
  };

  const run = async (): Promise<void> => {
    let delay = MIN_DELAY_MS;
    let connectedBefore = false;
    for (;;) {
      try {
        await readOnce(() => {
          delay = MIN_DELAY_MS;
          // Events may have been missed while the stream was down: have views reload.
          if (connectedBefore) emit('archiveChanged', JSON.stringify({ revision: -1 }));
          connectedBefore = true;
        });
      } catch {
        // Network down or host stopped: retry below.
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, MAX_DELAY_MS);
    }
  };

  return {
    on(event, listener) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener as AnyListener);
      if (!started) {
        started = true;
        void run();
      }
      return () => set.delete(listener as AnyListener);
    },
  };
}

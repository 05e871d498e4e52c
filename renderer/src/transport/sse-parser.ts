/**
 * Incremental parser for a text/event-stream body. The browser host's event stream is read with
 * fetch (EventSource cannot send the token header), so the framing is parsed here: chunks may
 * split anywhere, events end at a blank line, and only `event:` and `data:` fields matter to us.
 */

export interface ServerSentEvent {
  event: string;
  data: string;
}

export interface SseParser {
  /** Feeds the next decoded chunk of the stream; calls `onEvent` for every complete event. */
  push(chunk: string): void;
}

export function createSseParser(onEvent: (event: ServerSentEvent) => void): SseParser {
  let buffer = '';
  let eventName = '';
  let dataLines: string[] = [];

  const dispatch = (): void => {
    if (dataLines.length > 0) {
      onEvent({ event: eventName || 'message', data: dataLines.join('\n') });
    }
    eventName = '';
    dataLines = [];
  };

  const line = (text: string): void => {
    if (text === '') return dispatch();
    if (text.startsWith(':')) return; // comment, used by the host as a keep-alive
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') eventName = value;
    else if (field === 'data') dataLines.push(value);
  };

  return {
    push(chunk: string): void {
      buffer += chunk;
      // Lines end in \n, \r\n or \r; a trailing \r may be the first half of \r\n, so wait for more.
      for (;;) {
        const match = /\r\n|\n|\r(?!$)/.exec(buffer);
        if (!match) break;
        line(buffer.slice(0, match.index));
        buffer = buffer.slice(match.index + match[0].length);
      }
    },
  };
}

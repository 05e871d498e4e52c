import { describe, expect, it } from 'vitest';
import { createSseParser, type ServerSentEvent } from './sse-parser.ts';

function parseAll(chunks: string[]): ServerSentEvent[] {
  const events: ServerSentEvent[] = [];
  const parser = createSseParser((e) => events.push(e));
  for (const chunk of chunks) parser.push(chunk);
  return events;
}

describe('createSseParser', () => {
  it('reads named events with JSON data', () => {
    const events = parseAll(['event: indexProgress\ndata: {"state":"ready"}\n\nevent: command\ndata: "find"\n\n']);
    expect(events).toEqual([
      { event: 'indexProgress', data: '{"state":"ready"}' },
      { event: 'command', data: '"find"' },
    ]);
  });

  it('joins events split across arbitrary chunk boundaries, including inside \\r\\n', () => {
    const text = 'event: archiveChanged\r\ndata: {"revision":7}\r\n\r\n';
    for (let cut = 1; cut < text.length; cut++) {
      expect(parseAll([text.slice(0, cut), text.slice(cut)])).toEqual([
        { event: 'archiveChanged', data: '{"revision":7}' },
      ]);
    }
  });

  it('ignores comments, keeps multi-line data, and waits for the blank line', () => {
    const events = parseAll([': keep-alive\n\ndata: a\ndata: b\n', '\nevent: x\ndata: incomplete\n']);
    expect(events).toEqual([{ event: 'message', data: 'a\nb' }]);
  });
});

import type { SnippetPart } from '../../../preload/api/index.ts';

/** A search snippet: matched words in <mark>, everything as text (never as HTML). */
export function Snippet({ parts }: { parts: SnippetPart[] }) {
  return (
    <p className="result-snippet" data-testid="result-snippet">
      {parts.map((part, i) => (part.mark ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </p>
  );
}

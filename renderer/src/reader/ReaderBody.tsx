import { Fragment, type ReactNode } from 'react';
import type { Clipping } from '../../../preload/api/index.ts';

/**
 * The body in reading order: subheadings as headings, paragraphs addressable (the Quoted list
 * jumps to them), the pull quotes set apart a third of the way in, where a page puts them, and
 * the photos (given by the reader) where they stood.
 */
export function ReaderBody({ clipping, before, after }: { clipping: Clipping; before?: (index: number) => ReactNode; after?: ReactNode }) {
  const headings = new Set(clipping.headings ?? []);
  const inBody = new Set(clipping.body);
  // A pull quote that is also a paragraph is set apart where it stands; the others a third in.
  const pullQuotes = (clipping.pullQuotes ?? []).filter((q) => !inBody.has(q));
  const setApart = new Set(clipping.pullQuotes ?? []);
  const pullAt = Math.min(clipping.body.length - 1, Math.max(0, Math.floor(clipping.body.length / 3)));
  return (
    <div className="reader-body" data-testid="reader-body">
      {clipping.body.map((paragraph, i) => (
        <Fragment key={i}>
          {before?.(i)}
          <BodyItem index={i} text={paragraph} heading={headings.has(i)} pulled={setApart.has(paragraph)} pullQuotes={i === pullAt ? pullQuotes : []} />
        </Fragment>
      ))}
      {after}
      {clipping.body.length === 0 && pullQuotes.map((q, i) => <PullQuote key={i} text={q} />)}
    </div>
  );
}

function BodyItem({ index, text, heading, pulled, pullQuotes }: { index: number; text: string; heading: boolean; pulled: boolean; pullQuotes: string[] }) {
  return (
    <>
      {pulled ? (
        <aside id={`reader-p-${index}`} className="pull-quote" data-testid="reader-pullquote" aria-label="Pull quote">
          <p>{text}</p>
        </aside>
      ) : heading ? (
        <h2 id={`reader-p-${index}`} className="reader-subheading" data-testid="reader-subheading">{text}</h2>
      ) : (
        <p id={`reader-p-${index}`}>{text}</p>
      )}
      {pullQuotes.map((q, i) => (
        <PullQuote key={i} text={q} />
      ))}
    </>
  );
}

function PullQuote({ text }: { text: string }) {
  return (
    <aside className="pull-quote" data-testid="reader-pullquote" aria-label="Pull quote">
      <p>{text}</p>
    </aside>
  );
}

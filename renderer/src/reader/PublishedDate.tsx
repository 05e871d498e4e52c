import type { Clipping } from '../../../preload/api/index.ts';
import { formatDate } from './formatDate.ts';

/** The publication date; one guessed from the text says so ("about …, inferred"). */
export function PublishedDate({ clipping }: { clipping: Clipping }) {
  const published = formatDate(clipping.publishedAt);
  if (!published) return <span>Imported {formatDate(clipping.importedAt)}</span>;
  const updated = formatDate(clipping.updatedAt ?? null);
  return (
    <>
      {clipping.dateConfidence === 'inferred' ? (
        <time
          dateTime={clipping.publishedAt ?? undefined}
          className="date-inferred"
          title="The page states no date; this one was found in the text, so it may be the date of an event rather than of publication."
          data-testid="reader-date-inferred"
        >
          about {published} (inferred)
        </time>
      ) : (
        <time dateTime={clipping.publishedAt ?? undefined}>{published}</time>
      )}
      {updated && <span className="date-updated">Updated {updated}</span>}
    </>
  );
}

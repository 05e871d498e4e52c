import type { Clipping } from '../../../preload/api/index.ts';
import { publishedText } from './clippingWords.ts';
import { formatDate } from './formatDate.ts';

/**
 * The publication date as a person writes it, in the clipping's language ("13 January 2017,
 * updated 14 January"); one guessed from the text says so ("about …, inferred").
 */
export function PublishedDate({ clipping }: { clipping: Clipping }) {
  if (!clipping.publishedAt) return <span>Imported {formatDate(clipping.importedAt)}</span>;
  if (clipping.dateConfidence === 'inferred') {
    return (
      <time
        dateTime={clipping.publishedAt}
        className="date-inferred"
        title="The page states no date; this one was found in the text, so it may be the date of an event rather than of publication."
        data-testid="reader-date-inferred"
      >
        about {publishedText(clipping.publishedAt, null, clipping.language)} (inferred)
      </time>
    );
  }
  return (
    <time dateTime={clipping.publishedAt} data-testid="reader-date">
      {publishedText(clipping.publishedAt, clipping.updatedAt, clipping.language)}
    </time>
  );
}

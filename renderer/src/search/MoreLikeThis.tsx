import './search.css';

/** The reader's way into "more like this": a search for like:ID, which the query language reads. */
export function MoreLikeThisButton({ id, onQuery }: { id: number; onQuery(text: string): void }) {
  return (
    <button type="button" className="button more-like-this" onClick={() => onQuery(`like:${id}`)} data-testid="more-like-this" title="Search for clippings like this one">
      More like this
    </button>
  );
}

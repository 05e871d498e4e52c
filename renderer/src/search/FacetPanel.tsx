import type { FacetCount, SearchFacets } from '../../../preload/api/index.ts';
import { addFilterToQuery, type FacetQualifier } from './queryEdit.ts';
import './search.css';
import { formatCount } from '../app/formatCount.ts';

interface Props {
  facets: SearchFacets;
  query: string;
  /** Called with the query plus the facet's filter. */
  onQuery(text: string): void;
}

const GROUPS: { key: keyof SearchFacets; label: string; qualifier: FacetQualifier }[] = [
  { key: 'tags', label: 'Tags', qualifier: 'tag' },
  { key: 'sources', label: 'Sources', qualifier: 'source' },
  { key: 'authors', label: 'Authors', qualifier: 'author' },
  { key: 'years', label: 'Years', qualifier: 'date' },
  { key: 'languages', label: 'Languages', qualifier: 'lang' },
];

/** Years and languages can be many; the panel shows this many and says how many more there are. */
const SHOWN = 8;

function FacetGroup({ label, qualifier, counts, query, onQuery }: { label: string; qualifier: FacetQualifier; counts: FacetCount[]; query: string; onQuery(text: string): void }) {
  if (counts.length === 0) return null;
  return (
    <div className="facet-group" role="group" aria-label={label} data-testid="facet-group" data-facet={qualifier}>
      <span className="facet-label">{label}</span>
      {counts.slice(0, SHOWN).map((c) => (
        <button
          key={c.value}
          type="button"
          className="facet"
          title={`Add ${qualifier}:${c.value} to the search`}
          onClick={() => onQuery(addFilterToQuery(query, qualifier, c.value))}
          data-testid="facet"
          data-facet={qualifier}
          data-value={c.value}
        >
          <span className="facet-value">{c.value}</span>
          <span className="facet-count">{formatCount(c.count)}</span>
        </button>
      ))}
      {counts.length > SHOWN && <span className="facet-more">+{counts.length - SHOWN}</span>}
    </div>
  );
}

/** How the whole result set spreads over tags, sources, authors, years and languages; a click narrows the search. */
export function FacetPanel({ facets, query, onQuery }: Props) {
  const any = GROUPS.some((g) => facets[g.key].length > 0);
  if (!any) return null;
  return (
    <details className="facet-panel" open data-testid="facet-panel">
      <summary>Refine</summary>
      {GROUPS.map((g) => (
        <FacetGroup key={g.key} label={g.label} qualifier={g.qualifier} counts={facets[g.key]} query={query} onQuery={onQuery} />
      ))}
    </details>
  );
}

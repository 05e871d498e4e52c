/**
 * Adding a filter to the query text, as a facet click does: the filter is written in the query
 * language (quoted when the value has spaces), once, after what was typed.
 */
export type FacetQualifier = 'tag' | 'source' | 'author' | 'date' | 'lang';

export function filterText(qualifier: FacetQualifier, value: string): string {
  const clean = value.replaceAll('"', '').trim();
  return `${qualifier}:${/\s/.test(clean) ? `"${clean}"` : clean}`;
}

export function addFilterToQuery(query: string, qualifier: FacetQualifier, value: string): string {
  const filter = filterText(qualifier, value);
  const trimmed = query.trim();
  const present = trimmed.split(/\s+(?=(?:[^"]*"[^"]*")*[^"]*$)/).some((part) => part.toLowerCase() === filter.toLowerCase());
  if (present) return trimmed;
  return trimmed ? `${trimmed} ${filter}` : filter;
}

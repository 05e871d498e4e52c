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

export interface FilterFields {
  tag?: string | undefined;
  tags?: string[] | undefined;
  tagMatch?: 'all' | 'any' | undefined;
  source?: string | undefined;
  author?: string | undefined;
  language?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/**
 * The library's filters (chips, tag tree, date range) in the query language, so a search keeps
 * them: every tag for 'all', one tag:a,b for 'any'.
 */
export function filtersAsQuery(filters: FilterFields): string {
  const parts: string[] = [];
  const tags = [...(filters.tag ? [filters.tag] : []), ...(filters.tags ?? [])].filter((t) => t.trim());
  if (filters.tagMatch === 'any' && tags.length > 1) parts.push(`tag:"${tags.map((t) => t.replaceAll('"', '')).join(',')}"`);
  else for (const tag of tags) parts.push(filterText('tag', tag));
  if (filters.source) parts.push(filterText('source', filters.source));
  if (filters.author) parts.push(filterText('author', filters.author));
  if (filters.language) parts.push(filterText('lang', filters.language));
  if (filters.from) parts.push(`after:${filters.from}`);
  if (filters.to) parts.push(`before:${filters.to}`);
  return parts.join(' ');
}

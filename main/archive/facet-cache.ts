/**
 * The facet table (facets.ts) kept in step with the store's revision, as cheaply as the change
 * allows: only the new clippings read after an import, only the tag column after a tag change, a
 * full reload otherwise.
 */
import { FacetTable } from './facets.ts';
import type { FacetFingerprint, SearchTables } from './store/search-tables.ts';

/** The facet table kept in step with the store's revision, as cheaply as the change allows. */
export class FacetCache {
  readonly #tables: SearchTables;
  #table: FacetTable | null = null;
  #revision = -1;
  #fingerprint: FacetFingerprint | null = null;

  constructor(tables: SearchTables) {
    this.#tables = tables;
  }

  current(): FacetTable {
    const revision = this.#tables.revision();
    if (this.#table && revision === this.#revision) return this.#table;
    const fingerprint = this.#tables.fingerprint();
    const before = this.#fingerprint;
    if (this.#table && before && !this.#appendIfOnlyAdded(before, fingerprint) && !this.#retagIfOnlyTagged(before, fingerprint)) this.#table = null;
    this.#table ??= new FacetTable(this.#tables.facetRows());
    this.#revision = revision;
    this.#fingerprint = fingerprint;
    return this.#table;
  }

  /**
   * Reads the tag column alone when only tags changed (a tag edit, bulk tag, rename or merge): a
   * fifth of a full reload, which took half a second at 100,000 clippings after every tag edit.
   */
  #retagIfOnlyTagged(before: FacetFingerprint, now: FacetFingerprint): boolean {
    if (now.clippings !== before.clippings || now.maxId !== before.maxId || now.authors !== before.authors || now.columns !== before.columns) return false;
    this.#table!.replaceTags(this.#tables.facetTags());
    return true;
  }

  /** Appends the new clippings when nothing but additions explains the change; false otherwise. */
  #appendIfOnlyAdded(before: FacetFingerprint, now: FacetFingerprint): boolean {
    // New tags may appear with new clippings; a renamed one changes the sum without new ids.
    if (now.tagNames !== before.tagNames && now.maxId === before.maxId) return false;
    if (now.columns !== before.columns && now.maxId === before.maxId) return false;
    if (now.clippings === before.clippings && now.tagLinks === before.tagLinks && now.authors === before.authors && now.maxTagRow === before.maxTagRow && now.tagNames === before.tagNames) {
      return now.maxId === before.maxId;
    }
    if (now.maxId <= before.maxId || !this.#tables.onlyNewClippingsTagged(before.maxTagRow, before.maxId)) return false;
    const rows = this.#tables.facetRows(before.maxId);
    const consistent =
      before.clippings + rows.ids.length === now.clippings &&
      before.tagLinks + rows.tags.length === now.tagLinks &&
      before.authors + rows.authors.length === now.authors;
    if (consistent) this.#table!.append(rows);
    return consistent;
  }
}

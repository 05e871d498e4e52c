/**
 * What a search box shows for one query, for the stock Lunr peer: the total, the first page of 20
 * and a snippet for each (as main/archive/searching.ts makes them), read from the archive's SQLite.
 * Clipdesk itself is timed through its archive service (engine-clipdesk.ts), facets included.
 */
import { makeSnippet } from '../../main/archive/search/index.ts';
import { ArchiveStore } from '../../main/archive/store/store.ts';

export const PAGE = 20;

export interface PageHit {
  id: number;
  terms: string[];
}

/** Reads the texts of a page of hits, by id, from the archive, and makes their snippets. */
export class PageReader {
  readonly #store: ArchiveStore;

  constructor(archiveDir: string) {
    this.#store = ArchiveStore.open(archiveDir);
  }

  /** The page's snippets; returns how many characters they hold (so the work is not optimised away). */
  snippets(page: readonly PageHit[]): number {
    const texts = new Map(this.#store.texts(page.map((hit) => hit.id)).map((t) => [t.id, t]));
    let chars = 0;
    for (const hit of page) {
      const text = texts.get(hit.id);
      if (!text) continue;
      const source = [text.body, text.captions, text.bio, text.title].find((t) => makeSnippet(t, hit.terms).some((p) => p.mark)) ?? text.body;
      for (const part of makeSnippet(source, hit.terms)) chars += part.text.length;
    }
    return chars;
  }

  close(): void {
    this.#store.close();
  }
}

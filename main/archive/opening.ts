/**
 * What opening an archive does before the service exists: the folder checked, the store opened
 * (and migrated), the index loaded or built in its worker while the facet columns are read.
 */
import path from 'node:path';
import type { ClippingEvents } from '../../preload/api/index.ts';
import type { EventHub } from './events.ts';
import { FacetCache } from './facet-cache.ts';
import { guardArchiveFolder } from './safety/paths.ts';
import { SearchIndex } from './search/index.ts';
import { ArchiveStore } from './store/store.ts';

export const INDEX_FOLDER = 'index';

export interface OpenedParts {
  store: ArchiveStore;
  index: SearchIndex;
  facets: FacetCache;
}

export async function openArchiveParts(dir: string, events: EventHub<ClippingEvents>): Promise<OpenedParts> {
  // The index must be written inside the archive, not wherever a link in it points (issue 7).
  guardArchiveFolder(dir, [INDEX_FOLDER]);
  const store = ArchiveStore.open(dir);
  try {
    const opening = SearchIndex.open({
      dir: path.join(dir, INDEX_FOLDER),
      revision: store.revision(),
      databaseFile: store.file,
      loadDocs: () => store.texts(),
      onProgress: (p) => events.emit('indexProgress', p),
    });
    // The index loads in its worker meanwhile: the facet columns (half a second at 100,000
    // clippings) are read now rather than by the first search.
    const facets = new FacetCache(store.searchTables());
    try {
      facets.current();
    } catch (error) {
      await opening.then((index) => index.close(), () => undefined);
      throw error;
    }
    return { store, index: await opening, facets };
  } catch (error) {
    store.close();
    throw error;
  }
}

/** The sidebar's numbers: every tag with its count, and how many clippings there are in all. */
import { useEffect, useState } from 'react';
import type { ClippingBridge, TagCount } from '../../../preload/api/index.ts';

export interface TagCounts {
  tags: TagCount[];
  /** Null until known. */
  allCount: number | null;
}

export function useTagCounts(api: ClippingBridge, revision: number): TagCounts {
  const [counts, setCounts] = useState<TagCounts>({ tags: [], allCount: null });
  useEffect(() => {
    let current = true;
    void Promise.all([api.listTags(), api.list({ limit: 1 })]).then(([tags, all]) => {
      if (!current) return;
      setCounts((prev) => ({
        tags: tags.ok ? tags.value : prev.tags,
        allCount: all.ok ? all.value.total : prev.allCount,
      }));
    });
    return () => {
      current = false;
    };
  }, [api, revision]);
  return counts;
}

/**
 * A stored image as a blob: URL for <img>. The bytes come only through the contract's getImage
 * (the archive; never the web), and the CSP allows images from the app itself and blob: only.
 * URLs are kept in a small cache, so scrolling back over thumbnails asks for nothing again;
 * the least recently used are let go (and revoked) past the cap.
 */
import { useEffect, useState } from 'react';
import type { ImageVariant } from '../../../preload/api/index.ts';
import { getBridge } from '../bridge.ts';

const MAX_CACHED = 400;
const cache = new Map<string, Promise<string | null>>();

function load(id: number, variant: ImageVariant): Promise<string | null> {
  const key = `${id}:${variant}`;
  const found = cache.get(key);
  if (found) {
    cache.delete(key);
    cache.set(key, found); // most recently used last
    return found;
  }
  const loading = getBridge()
    .getImage(id, variant)
    .then((result) => (result.ok ? URL.createObjectURL(new Blob([result.value.data as Uint8Array<ArrayBuffer>], { type: result.value.mediaType })) : null))
    .catch(() => null);
  cache.set(key, loading);
  while (cache.size > MAX_CACHED) {
    const [oldest, url] = cache.entries().next().value as [string, Promise<string | null>];
    cache.delete(oldest);
    void url.then((u) => u && URL.revokeObjectURL(u));
  }
  return loading;
}

/** The blob: URL of a stored image, or null while it loads (and when it cannot be read). */
export function useImageUrl(id: number | null | undefined, variant: ImageVariant): string | null {
  const [url, setUrl] = useState<{ key: string; url: string | null } | null>(null);
  const key = id ? `${id}:${variant}` : null;
  useEffect(() => {
    if (!id) return;
    let live = true;
    void load(id, variant).then((loaded) => live && setUrl({ key: `${id}:${variant}`, url: loaded }));
    return () => {
      live = false;
    };
  }, [id, variant]);
  return url && url.key === key ? url.url : null;
}

/**
 * Photos go into a printed clipping as data: URLs of the stored bytes: the print page loads
 * nothing (its CSP allows images from data: only, and the engines block the network), so a photo
 * prints from the archive or not at all. Without photos (the setting, or an export option) the
 * captions print alone, as they did before photos were kept.
 */
import type { Clipping } from '../../../preload/api/index.ts';
import type { ArchiveStore } from '../store/store.ts';

export function withPrintedPhotos(store: ArchiveStore, clipping: Clipping, photos: boolean): Clipping {
  return {
    ...clipping,
    images: clipping.images.map((image) => {
      const bytes = photos && image.stored ? store.image(image.stored.id, 'full') : null;
      return { ...image, src: bytes ? `data:${bytes.mediaType};base64,${Buffer.from(bytes.data).toString('base64')}` : null };
    }),
  };
}

import { useState, type ReactNode } from 'react';
import type { Clipping, ClippingImage } from '../../../preload/api/index.ts';
import { ClippingPhoto } from './ClippingPhoto.tsx';
import { PhotoViewer } from './PhotoViewer.tsx';

export interface ReaderPhotos {
  /** Under the headline: the lead photo, and photos with no known place in the body. */
  top: ReactNode;
  /** The photos that stood before body paragraph `index`. */
  before(index: number): ReactNode;
  /** Photos after the last paragraph. */
  after: ReactNode;
  /** The enlarged photo, when one is open. */
  viewer: ReactNode;
}

/** Where a photo goes: the lead photo heads the article; the others stand where the page had them. */
function placeOf(image: ClippingImage, paragraphs: number): number | 'top' {
  if (image.lead || typeof image.position !== 'number' || image.position <= 0 || image.position > paragraphs) return 'top';
  return image.position;
}

/** The reader's photos laid out through the body, and the viewer a click on one opens. */
export function useReaderPhotos(clipping: Clipping | null): ReaderPhotos {
  const [open, setOpen] = useState<{ id: number; index: number } | null>(null);
  const images = clipping?.images ?? [];
  const paragraphs = clipping?.body.length ?? 0;
  const viewable = images.filter((image) => image.stored);
  const photo = (image: ClippingImage, key: number): ReactNode => {
    const at = viewable.indexOf(image);
    return <ClippingPhoto key={key} image={image} onEnlarge={at >= 0 && clipping ? () => setOpen({ id: clipping.id, index: at }) : undefined} />;
  };
  const at = (place: number | 'top'): ReactNode => {
    const here = images.flatMap((image, i) => (placeOf(image, paragraphs) === place ? [photo(image, i)] : []));
    return here.length > 0 ? here : null;
  };
  // Lead first among those at the top.
  const top = [...images.entries()].filter(([, image]) => placeOf(image, paragraphs) === 'top').sort(([, a], [, b]) => Number(Boolean(b.lead)) - Number(Boolean(a.lead)));
  return {
    top: top.map(([i, image]) => photo(image, i)),
    before: (index) => (index === 0 ? null : at(index)),
    after: at(paragraphs),
    viewer:
      open && clipping && open.id === clipping.id ? (
        <PhotoViewer photos={viewable} index={open.index} onIndex={(index) => setOpen({ id: clipping.id, index })} onClose={() => setOpen(null)} />
      ) : null,
  };
}

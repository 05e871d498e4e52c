import { useEffect, useRef } from 'react';
import type { ClippingImage } from '../../../preload/api/index.ts';
import { useImageUrl } from './useImageUrl.ts';

interface Props {
  photos: ClippingImage[];
  index: number;
  onIndex(index: number): void;
  onClose(): void;
}

/** A clipping's photos enlarged, one at a time, over the window: ←/→ to move, Esc or a click outside to close. */
export function PhotoViewer({ photos, index, onIndex, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const photo = photos[index];
  const url = useImageUrl(photo?.stored?.id, 'full');
  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
  }, []);
  if (!photo?.stored) return null;
  const move = (step: number): void => onIndex((index + step + photos.length) % photos.length);
  return (
    <dialog
      ref={dialog}
      className="photo-viewer"
      aria-label="Photo"
      data-testid="photo-viewer"
      onClose={onClose}
      onClick={(e) => e.target === e.currentTarget && onClose()}
      onKeyDown={(e) => {
        if (e.key === 'ArrowRight') move(1);
        if (e.key === 'ArrowLeft') move(-1);
      }}
    >
      <figure>
        {url && <img src={url} width={photo.stored.width} height={photo.stored.height} alt={photo.caption || 'Photo'} data-testid="photo-viewer-image" />}
        {(photo.caption || photo.credit) && (
          <figcaption>
            {photo.caption} {photo.credit && <span className="figure-credit">{photo.credit}</span>}
          </figcaption>
        )}
      </figure>
      <div className="photo-viewer-bar">
        {photos.length > 1 && (
          <>
            <button type="button" className="button" onClick={() => move(-1)} aria-label="Previous photo">←</button>
            <span className="photo-viewer-count">{index + 1} / {photos.length}</span>
            <button type="button" className="button" onClick={() => move(1)} aria-label="Next photo">→</button>
          </>
        )}
        <button type="button" className="button" onClick={onClose} data-testid="photo-viewer-close" autoFocus>Close</button>
      </div>
    </dialog>
  );
}

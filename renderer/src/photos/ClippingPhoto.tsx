import type { ClippingImage } from '../../../preload/api/index.ts';
import { useImageUrl } from './useImageUrl.ts';

interface Props {
  image: ClippingImage;
  /** Enlarges the photo (the reader's viewer); absent, the photo is not clickable. */
  onEnlarge?(): void;
}

/**
 * A photo of the clipping with its caption and credit, as the page printed them. Its box keeps the
 * photo's proportions while the bytes load, so the text never jumps. Without stored bytes (an
 * older import, or a page that did not hold them) the caption stands alone, marked as a photo's.
 */
export function ClippingPhoto({ image, onEnlarge }: Props) {
  const stored = image.stored ?? null;
  const url = useImageUrl(stored?.id, 'full');
  if (!stored && !image.caption && !image.credit) return null;
  const caption = (image.caption || image.credit) && (
    <figcaption data-testid="reader-caption">
      {image.caption}
      {image.credit && (
        <span className="figure-credit" data-testid="reader-credit">
          {image.caption ? ' ' : ''}
          {image.credit}
        </span>
      )}
    </figcaption>
  );
  if (!stored) {
    return (
      <figure className="clipping-figure" data-testid="reader-figure">
        <div className="figure-frame" aria-hidden="true">
          <svg viewBox="0 0 24 24" width="22" height="22">
            <rect x="3" y="5" width="18" height="14" rx="2" fill="none" stroke="currentColor" strokeWidth="1.5" />
            <circle cx="9" cy="10" r="1.8" fill="currentColor" />
            <path d="M4 18l5-5 4 4 3-3 4 4" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
          </svg>
        </div>
        {caption}
      </figure>
    );
  }
  const picture = (
    // Never wider than the photo, nor taller than most of the window (a portrait photo stays whole on screen).
    <span className="photo-box" style={{ aspectRatio: `${stored.width} / ${stored.height}`, maxWidth: `min(${stored.width}px, calc(70vh * ${(stored.width / stored.height).toFixed(4)}))` }}>
      {url && <img src={url} width={stored.width} height={stored.height} alt={image.caption || 'Photo'} data-testid="reader-photo" />}
    </span>
  );
  return (
    <figure className={`clipping-photo${image.lead ? ' is-lead' : ''}`} data-testid="reader-figure">
      {onEnlarge ? (
        <button type="button" className="photo-button" onClick={onEnlarge} aria-label={`Enlarge the photo${image.caption ? `: ${image.caption}` : ''}`} data-testid="photo-enlarge">
          {picture}
        </button>
      ) : (
        picture
      )}
      {caption}
    </figure>
  );
}

import type { ClippingImage } from '../../../preload/api/index.ts';

/**
 * An image of the clipping as its caption and credit. The picture itself is not fetched (the
 * archive reads offline and never calls out); the frame says a photo stood here.
 */
export function ClippingFigure({ image }: { image: ClippingImage }) {
  if (!image.caption && !image.credit) return null;
  return (
    <figure className="clipping-figure" data-testid="reader-figure">
      <div className="figure-frame" aria-hidden="true">
        <svg viewBox="0 0 24 24" width="22" height="22">
          <rect x="3" y="5" width="18" height="14" rx="2" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <circle cx="9" cy="10" r="1.8" fill="currentColor" />
          <path d="M4 18l5-5 4 4 3-3 4 4" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
        </svg>
      </div>
      <figcaption data-testid="reader-caption">
        {image.caption}
        {image.credit && (
          <span className="figure-credit" data-testid="reader-credit">
            {' '}
            {image.credit}
          </span>
        )}
      </figcaption>
    </figure>
  );
}

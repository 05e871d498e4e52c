import type { LeadImage } from '../../../preload/api/index.ts';
import { useImageUrl } from './useImageUrl.ts';

/** The small lead photo of a clipping in the list (made once at import, read from the archive). */
export function LeadThumbnail({ image }: { image: LeadImage }) {
  const url = useImageUrl(image.id, 'thumbnail');
  return (
    <span className="lead-thumb" aria-hidden="true" data-testid="result-thumbnail">
      {url && <img src={url} width={image.width} height={image.height} alt="" loading="lazy" decoding="async" />}
    </span>
  );
}

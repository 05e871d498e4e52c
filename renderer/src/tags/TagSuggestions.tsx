/**
 * Tags the open clipping's nearest neighbours carry (up to five, best first), each one click
 * (or Enter) to add. Fetched again when the clipping or its tags change.
 */
import { useEffect, useState } from 'react';
import type { ClippingBridge } from '../../../preload/api/index.ts';

interface Props {
  api: ClippingBridge;
  clippingId: number;
  /** Its tags now: a suggestion taken disappears, and the rest are fetched again. */
  tags: string[];
  onAccept(tag: string): void;
}

export function TagSuggestions({ api, clippingId, tags, onAccept }: Props) {
  const [suggested, setSuggested] = useState<string[]>([]);
  const key = tags.join('\n');
  useEffect(() => {
    let current = true;
    void api.suggestTags(clippingId).then((r) => {
      if (current) setSuggested(r.ok ? r.value : []);
    });
    return () => {
      current = false;
    };
  }, [api, clippingId, key]);
  if (suggested.length === 0) return null;
  return (
    <div className="tag-suggested" data-testid="tag-suggested">
      <span className="tag-suggested-label">Suggested:</span>
      {suggested.map((tag) => (
        <button key={tag} type="button" className="tag-chip tag-chip-suggested" onClick={() => onAccept(tag)} title={`Add #${tag}`} data-testid="suggested-tag" data-tag={tag}>
          + {tag}
        </button>
      ))}
    </div>
  );
}

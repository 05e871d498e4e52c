import { useState, type CSSProperties } from 'react';
import type { DuplicateRef } from '../../../preload/api/index.ts';
import { formatDate } from '../reader/formatDate.ts';
import './search.css';

interface Props {
  /** The source of the hit shown, so "also in" counts only other outlets. */
  source: string | null;
  duplicates: DuplicateRef[];
  onOpen(id: number): void;
}

/**
 * "Also in N outlets": the same story's other copies, folded under one result, listed on demand.
 * The list is placed fixed under the button: result rows are one height and clip what overflows.
 */
export function AlsoIn({ source, duplicates, onOpen }: Props) {
  const [place, setPlace] = useState<CSSProperties | null>(null);
  const open = place !== null;
  const outlets = new Set(duplicates.map((d) => d.source ?? '').filter((s) => s && s !== source));
  const n = outlets.size || duplicates.length;
  return (
    <span className="also-in" data-testid="also-in" data-count={n}>
      <button
        type="button"
        className="also-in-toggle"
        aria-expanded={open}
        onClick={(e) => {
          e.stopPropagation();
          const rect = e.currentTarget.getBoundingClientRect();
          setPlace((p) => (p ? null : { position: 'fixed', top: rect.bottom + 4, left: rect.left }));
        }}
        onMouseDown={(e) => e.stopPropagation()}
        data-testid="also-in-toggle"
      >
        also in {n} {outlets.size > 0 || duplicates.length !== 1 ? (n === 1 ? 'outlet' : 'outlets') : 'copy'}
      </button>
      {open && (
        <ul className="also-in-list" style={place} data-testid="also-in-list" onMouseDown={(e) => e.stopPropagation()}>
          {duplicates.map((d) => (
            <li key={d.id}>
              <button
                type="button"
                onClick={(e) => {
                  e.stopPropagation();
                  setPlace(null);
                  onOpen(d.id);
                }}
                data-testid="also-in-item"
                data-id={d.id}
              >
                <span className="also-in-source">{d.source ?? 'Unknown source'}</span>
                <span className="also-in-title">{d.title}</span>
                {d.publishedAt && <span className="also-in-date">{formatDate(d.publishedAt)}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </span>
  );
}

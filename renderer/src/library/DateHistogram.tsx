/**
 * A small bar chart of clippings per year (or per month when they span three years or less),
 * for the current filters without their date range. Drag across bars (or click one) to filter
 * to that range; the chosen bars stay dark. Arrow keys and Enter do the same from the keyboard.
 */
import { useEffect, useMemo, useState } from 'react';
import type { ClippingBridge, DateBucket, ListFilters } from '../../../preload/api/index.ts';
import { filterFields } from './viewState.ts';
import { formatCount } from '../app/formatCount.ts';

interface Props {
  api: ClippingBridge;
  filters: ListFilters;
  revision: number;
  onRange(from: string | undefined, to: string | undefined): void;
}

interface Bar {
  key: string;
  count: number;
}

/** Months, or years when there are too many months for a small chart. */
export function bars(months: DateBucket[]): Bar[] {
  if (months.length === 0) return [];
  const firstYear = Number(months[0]!.month.slice(0, 4));
  const lastYear = Number(months.at(-1)!.month.slice(0, 4));
  if (lastYear - firstYear < 3) return months.map((m) => ({ key: m.month, count: m.count }));
  const years = new Map<string, number>();
  for (let y = firstYear; y <= lastYear; y++) years.set(String(y), 0);
  for (const m of months) years.set(m.month.slice(0, 4), (years.get(m.month.slice(0, 4)) ?? 0) + m.count);
  return [...years].map(([key, count]) => ({ key, count }));
}

export function DateHistogram({ api, filters, revision, onRange }: Props) {
  const [months, setMonths] = useState<DateBucket[]>([]);
  const [drag, setDrag] = useState<{ start: number; end: number } | null>(null);
  const { from: _from, to: _to, ...rest } = filterFields(filters);
  const key = JSON.stringify(rest);

  useEffect(() => {
    let current = true;
    void api.dateHistogram(JSON.parse(key) as ListFilters).then((r) => {
      if (current && r.ok) setMonths(r.value);
    });
    return () => {
      current = false;
    };
  }, [api, key, revision]);

  const data = useMemo(() => bars(months), [months]);
  if (data.length < 2) return null;
  const max = Math.max(...data.map((b) => b.count));
  const inRange = (b: Bar, i: number): boolean => {
    if (drag) return i >= Math.min(drag.start, drag.end) && i <= Math.max(drag.start, drag.end);
    return Boolean((filters.from || filters.to) && (!filters.from || b.key >= filters.from.slice(0, b.key.length)) && (!filters.to || b.key <= filters.to.slice(0, b.key.length)));
  };
  const finish = (start: number, end: number): void => {
    const a = data[Math.min(start, end)]!.key;
    const b = data[Math.max(start, end)]!.key;
    setDrag(null);
    onRange(a, b);
  };

  return (
    <div
      className="histogram"
      role="group"
      aria-label="Clippings by date published: drag across bars to filter"
      data-testid="date-histogram"
      onMouseLeave={() => drag && finish(drag.start, drag.end)}
    >
      {data.map((bar, i) => (
        <button
          key={bar.key}
          type="button"
          className={`histogram-bar${inRange(bar, i) ? ' is-in-range' : ''}`}
          title={`${bar.key}: ${formatCount(bar.count)}`}
          aria-label={`${bar.key}: ${formatCount(bar.count)} clippings`}
          onMouseDown={(e) => {
            e.preventDefault();
            setDrag({ start: i, end: i });
          }}
          onMouseEnter={() => drag && setDrag({ ...drag, end: i })}
          onMouseUp={() => finish(drag?.start ?? i, i)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault();
              finish(i, i);
            }
          }}
          data-testid="histogram-bar"
          data-key={bar.key}
        >
          <span style={{ height: `${Math.max(4, (bar.count / max) * 100)}%` }} />
        </button>
      ))}
    </div>
  );
}

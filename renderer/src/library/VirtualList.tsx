/**
 * A small windowing list: rows of one fixed height, only those in view (and a few either side)
 * in the DOM, positioned inside a spacer as tall as all of them. 100,000 rows cost about thirty
 * elements. It reports the visible range so the caller can fetch those rows' page.
 */
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

interface Props {
  count: number;
  rowHeight: number;
  /** Rows rendered beyond each edge of the view. */
  overscan?: number;
  renderRow(index: number): ReactNode;
  onRangeChange?(start: number, end: number): void;
  /** Brought into view when it changes (keyboard moves). */
  scrollToIndex?: number;
  /** Attributes of the scrolling element (role, aria, tabIndex, test ids). */
  listProps?: Record<string, unknown>;
  className?: string;
  /** When it changes the list scrolls back to its top (a new query or sort). */
  resetKey?: string;
}

export function VirtualList({ count, rowHeight, overscan = 6, renderRow, onRangeChange, scrollToIndex, listProps, className, resetKey }: Props) {
  const scroller = useRef<HTMLDivElement | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    setHeight(el.clientHeight || 600);
    const observer = new ResizeObserver(() => setHeight(el.clientHeight || 600));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(count - 1, Math.ceil((scrollTop + height) / rowHeight) + overscan);

  useEffect(() => {
    if (count > 0) onRangeChange?.(first, last);
  }, [first, last, count, onRangeChange]);

  useEffect(() => {
    const el = scroller.current;
    if (!el || scrollToIndex === undefined || scrollToIndex < 0) return;
    const top = scrollToIndex * rowHeight;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + rowHeight > el.scrollTop + el.clientHeight) el.scrollTop = top + rowHeight - el.clientHeight;
  }, [scrollToIndex, rowHeight]);

  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
  }, [resetKey]);

  // A shorter list (a new filter) starts at the top rather than past its end.
  useEffect(() => {
    const el = scroller.current;
    if (el && el.scrollTop > count * rowHeight) el.scrollTop = 0;
  }, [count, rowHeight]);

  const rows: ReactNode[] = [];
  for (let i = first; i <= last; i++) rows.push(renderRow(i));
  return (
    <div
      ref={scroller}
      className={className}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      {...listProps}
    >
      <div style={{ height: count * rowHeight, position: 'relative' }}>
        <div style={{ position: 'absolute', top: first * rowHeight, left: 0, right: 0 }}>{rows}</div>
      </div>
    </div>
  );
}

import type { IndexProgress } from '../../../preload/api/index.ts';

/** Shown while the search index is built or updated; quiet when it is ready. */
export function IndexStatus({ progress }: { progress: IndexProgress | null }) {
  if (!progress || progress.state === 'ready') {
    return <div className="index-status is-ready" data-testid="index-status" data-state="ready" />;
  }
  const label = progress.state === 'building' ? 'Building search index' : 'Updating search index';
  const pct = progress.total > 0 ? Math.round((100 * progress.done) / progress.total) : undefined;
  return (
    <div className="index-status" data-testid="index-status" data-state={progress.state}>
      <span className="index-label">
        {label}
        {progress.total > 0 ? ` ${progress.done}/${progress.total}` : '…'}
      </span>
      <progress max={100} value={pct} aria-label={label} />
    </div>
  );
}

import type { SortOrder } from '../../../preload/api/index.ts';

export const SORT_CHOICES: { value: SortOrder; label: string }[] = [
  { value: 'imported', label: 'Imported' },
  { value: 'published', label: 'Published' },
  { value: 'title', label: 'Title' },
  { value: 'source', label: 'Source' },
];

/** Newest first by import date or by the date the piece was published; A to Z by title or source. */
export function SortSwitch({ sort, onChange }: { sort: SortOrder; onChange(sort: SortOrder): void }) {
  return (
    <div className="sort-switch" role="group" aria-label="Sort by" data-testid="sort-switch">
      <span className="sort-label">Sort</span>
      {SORT_CHOICES.map((choice) => (
        <button
          key={choice.value}
          type="button"
          className="segment"
          aria-pressed={sort === choice.value}
          onClick={() => onChange(choice.value)}
          data-testid={`sort-${choice.value}`}
        >
          {choice.label}
        </button>
      ))}
    </div>
  );
}

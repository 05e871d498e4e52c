import type { SortOrder } from '../../../preload/api.ts';

const CHOICES: { value: SortOrder; label: string }[] = [
  { value: 'imported', label: 'Imported' },
  { value: 'published', label: 'Published' },
];

/** Newest first, by import date or by the date the piece was published. */
export function SortSwitch({ sort, onChange }: { sort: SortOrder; onChange(sort: SortOrder): void }) {
  return (
    <div className="sort-switch" role="group" aria-label="Sort newest first by" data-testid="sort-switch">
      <span className="sort-label">Newest by</span>
      {CHOICES.map((choice) => (
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

/**
 * The filters as chips: tags (all of / any of), source, author, language and a published date
 * range, each removable; "Add filter" picks a kind and a value. Tags offered come from the tree.
 */
import { useId, useState, type RefObject } from 'react';
import type { ListFilters, TagMatch } from '../../../preload/api/index.ts';

type Kind = 'tag' | 'source' | 'author' | 'language' | 'from' | 'to';

const KIND_LABELS: Record<Kind, string> = {
  tag: 'Tag',
  source: 'Source',
  author: 'Author',
  language: 'Language',
  from: 'Published from',
  to: 'Published until',
};

interface Props {
  filters: ListFilters;
  knownTags: string[];
  onChange(filters: ListFilters): void;
  /** The value box of "Add filter", focused by the F shortcut. */
  inputRef: RefObject<HTMLInputElement | null>;
}

function Chip({ label, onRemove, testId }: { label: string; onRemove(): void; testId: string }) {
  return (
    <span className="filter-chip" data-testid={testId}>
      {label}
      <button type="button" className="icon-button" aria-label={`Remove filter ${label}`} onClick={onRemove}>
        ×
      </button>
    </span>
  );
}

export function FilterBar({ filters, knownTags, onChange, inputRef }: Props) {
  const [kind, setKind] = useState<Kind>('tag');
  const [draft, setDraft] = useState('');
  const listId = useId();
  const tags = filters.tags ?? [];
  const set = (patch: Partial<ListFilters>): void => {
    const next = { ...filters, ...patch };
    for (const key of Object.keys(next) as (keyof ListFilters)[]) if (next[key] === undefined) delete next[key];
    onChange(next);
  };
  const add = (): void => {
    const value = draft.trim();
    if (!value) return;
    if (kind === 'tag') {
      if (!tags.some((t) => t.toLowerCase() === value.toLowerCase())) set({ tags: [...tags, value] });
    } else if ((kind === 'from' || kind === 'to') && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) {
      return; // the input's pattern tells the person what is expected
    } else {
      set({ [kind]: value });
    }
    setDraft('');
  };

  return (
    <div className="filter-bar" data-testid="filter-bar">
      {tags.length > 1 && (
        <button
          type="button"
          className="segment tag-match"
          onClick={() => set({ tagMatch: (filters.tagMatch === 'any' ? 'all' : 'any') as TagMatch })}
          title="Clippings with all of these tags, or with any of them"
          data-testid="tag-match"
        >
          {filters.tagMatch === 'any' ? 'Any of' : 'All of'}
        </button>
      )}
      {tags.map((tag) => (
        <Chip key={tag} label={`#${tag}`} testId="tag-filter" onRemove={() => set({ tags: tags.filter((t) => t !== tag) })} />
      ))}
      {filters.source && <Chip label={`Source: ${filters.source}`} testId="source-filter" onRemove={() => set({ source: undefined })} />}
      {filters.author && <Chip label={`Author: ${filters.author}`} testId="author-filter" onRemove={() => set({ author: undefined })} />}
      {filters.language && <Chip label={`Language: ${filters.language}`} testId="language-filter" onRemove={() => set({ language: undefined })} />}
      {(filters.from || filters.to) && (
        <Chip
          label={`Published ${filters.from ?? '…'} – ${filters.to ?? '…'}`}
          testId="date-filter"
          onRemove={() => set({ from: undefined, to: undefined })}
        />
      )}
      <form
        className="add-filter"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <select aria-label="Filter kind" value={kind} onChange={(e) => setKind(e.target.value as Kind)} data-testid="filter-kind">
          {(Object.keys(KIND_LABELS) as Kind[]).map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </select>
        <input
          ref={inputRef}
          className="filter-input"
          aria-label={`${KIND_LABELS[kind]} to filter by`}
          placeholder={kind === 'from' || kind === 'to' ? 'YYYY or YYYY-MM' : 'Add filter (F)'}
          value={draft}
          list={kind === 'tag' ? listId : undefined}
          onChange={(e) => setDraft(e.target.value)}
          data-testid="filter-input"
        />
        <datalist id={listId}>
          {knownTags.map((t) => (
            <option key={t} value={t} />
          ))}
        </datalist>
      </form>
    </div>
  );
}

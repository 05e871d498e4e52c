import { useId, useMemo, useState } from 'react';
import type { TagCount } from '../../../preload/api/index.ts';
import { normalizeTag } from './normalizeTag.ts';

interface Props {
  tags: string[];
  /** Every tag in the archive, for suggestions. */
  known: TagCount[];
  onChange(tags: string[]): void;
}

const MAX_SUGGESTIONS = 6;

/** The open clipping's tags: remove with ×, add with suggestions from the archive's tags. */
export function TagEditor({ tags, known, onChange }: Props) {
  const [draft, setDraft] = useState('');
  const [highlight, setHighlight] = useState(-1);
  const listId = useId();

  const suggestions = useMemo(() => {
    const text = normalizeTag(draft);
    if (!text) return [];
    return known
      .map((k) => k.tag)
      .filter((t) => !tags.includes(t) && t.includes(text))
      .sort((a, b) => Number(!a.startsWith(text)) - Number(!b.startsWith(text)) || a.localeCompare(b))
      .slice(0, MAX_SUGGESTIONS);
  }, [draft, known, tags]);

  const add = (raw: string): void => {
    const tag = normalizeTag(raw);
    setDraft('');
    setHighlight(-1);
    if (tag && !tags.includes(tag)) onChange([...tags, tag]);
  };

  return (
    <section className="tag-editor" aria-labelledby={`${listId}-label`} data-testid="tag-editor">
      <h2 id={`${listId}-label`} className="tag-editor-label">
        Tags
      </h2>
      <ul className="tag-chips">
        {tags.map((tag) => (
          <li key={tag} className="tag-chip" data-testid="tag-chip" data-tag={tag}>
            <span>{tag}</span>
            <button type="button" className="tag-remove" aria-label={`Remove tag ${tag}`} onClick={() => onChange(tags.filter((t) => t !== tag))}>
              ×
            </button>
          </li>
        ))}
        <li className="tag-input-wrap">
          <input
            className="tag-input"
            value={draft}
            placeholder={tags.length ? 'Add tag…' : 'Add a tag…'}
            aria-label="Add tag"
            role="combobox"
            aria-expanded={suggestions.length > 0}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={highlight >= 0 ? `${listId}-${highlight}` : undefined}
            onChange={(e) => {
              setDraft(e.target.value);
              setHighlight(-1);
            }}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown' && suggestions.length) {
                e.preventDefault();
                setHighlight((h) => (h + 1) % suggestions.length);
              } else if (e.key === 'ArrowUp' && suggestions.length) {
                e.preventDefault();
                setHighlight((h) => (h <= 0 ? suggestions.length - 1 : h - 1));
              } else if (e.key === 'Enter' || e.key === ',') {
                e.preventDefault();
                add(highlight >= 0 ? (suggestions[highlight] ?? draft) : draft);
              } else if (e.key === 'Escape' && draft) {
                e.stopPropagation();
                setDraft('');
              }
            }}
            data-testid="tag-input"
          />
          {suggestions.length > 0 && (
            <ul id={listId} className="tag-suggestions" role="listbox" aria-label="Existing tags">
              {suggestions.map((s, i) => (
                <li
                  key={s}
                  id={`${listId}-${i}`}
                  role="option"
                  aria-selected={i === highlight}
                  onMouseDown={(e) => {
                    e.preventDefault(); // keep focus in the input
                    add(s);
                  }}
                  data-testid="tag-suggestion"
                >
                  {s}
                </li>
              ))}
            </ul>
          )}
        </li>
      </ul>
    </section>
  );
}

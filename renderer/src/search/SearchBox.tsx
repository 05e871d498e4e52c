import type { KeyboardEvent, RefObject } from 'react';
import type { ApiError } from '../../../preload/api.ts';

interface Props {
  inputRef: RefObject<HTMLInputElement | null>;
  value: string;
  onChange(value: string): void;
  error: ApiError | null;
  /** The listbox this box drives (arrow keys move in it while typing). */
  listId: string;
  activeOptionId: string | undefined;
  onKeyDown(event: KeyboardEvent<HTMLInputElement>): void;
}

export const SYNTAX_HINT = 'Syntax: +must -not title:word word* word~1';

/** The search box, with Lunr's complaint (and a reminder of its syntax) right under it. */
export function SearchBox({ inputRef, value, onChange, error, listId, activeOptionId, onKeyDown }: Props) {
  return (
    <search className="search" role="search">
      <label className="visually-hidden" htmlFor="search-input">
        Search clippings
      </label>
      <div className="search-field">
        <svg className="search-icon" viewBox="0 0 20 20" aria-hidden="true">
          <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
          <path d="M13 13l4.5 4.5" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
        <input
          ref={inputRef}
          id="search-input"
          type="search"
          role="combobox"
          aria-expanded="true"
          aria-controls={listId}
          aria-activedescendant={activeOptionId}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'search-error' : undefined}
          autoComplete="off"
          spellCheck={false}
          placeholder="Search  ( / )"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={onKeyDown}
          data-testid="search-input"
        />
      </div>
      {error && (
        <div id="search-error" className="search-error" role="alert" data-testid="search-error">
          <span>Cannot read this query: {error.message}</span>
          <span className="search-hint">{SYNTAX_HINT}</span>
        </div>
      )}
    </search>
  );
}

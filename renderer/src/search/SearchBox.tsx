import type { KeyboardEvent, RefObject } from 'react';
import type { ApiError } from '../../../preload/api/index.ts';
import './search.css';

interface Props {
  inputRef: RefObject<HTMLInputElement | null>;
  value: string;
  onChange(value: string): void;
  /** A failure to read the query (the search now answers slips with a note instead). */
  error: ApiError | null;
  /** How the search read a query it could not take as typed: said gently, under the box. */
  note?: string | null;
  /** The query as the search understood it, shown with the note. */
  interpretedAs?: string | null;
  /** The listbox this box drives (arrow keys move in it while typing). */
  listId: string;
  activeOptionId: string | undefined;
  onKeyDown(event: KeyboardEvent<HTMLInputElement>): void;
}

/** The query language in one line, under the box (the search folder's parse.ts defines it). */
const SYNTAX_HINT = '"exact phrase"  tag:korea  source:"Korea Herald"  author:kim  lang:ko  after:2019-01  before:2020-06-30  date:2019  like:ID  -excludes  title:word  word*  word~1';

/** The search box, the syntax under it, and a note when the query was read other than as typed. */
export function SearchBox({ inputRef, value, onChange, error, note, interpretedAs, listId, activeOptionId, onKeyDown }: Props) {
  const described = [error ? 'search-error' : null, note ? 'search-note' : null, 'search-syntax'].filter(Boolean).join(' ');
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
          aria-describedby={described}
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
        </div>
      )}
      {note && value.trim() && (
        <p id="search-note" className="search-note" role="status" data-testid="search-note">
          {interpretedAs ? (
            <span>
              Searched for <code data-testid="search-interpreted">{interpretedAs}</code>.{' '}
            </span>
          ) : null}
          <span>{note}</span>
        </p>
      )}
      <p id="search-syntax" className="search-hint search-syntax" data-testid="search-hint">
        {SYNTAX_HINT}
      </p>
    </search>
  );
}

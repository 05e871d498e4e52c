import type { ReactNode } from 'react';
import type { ApiError, Clipping, CorrectableField as Field, TagCount } from '../../../preload/api/index.ts';
import { TagEditor } from '../tags/TagEditor.tsx';
import { AuthorBioCard } from './AuthorBioCard.tsx';
import { CorrectableField } from './CorrectableField.tsx';
import { EntityChips } from './EntityChips.tsx';
import { formatAuthors, formatDate } from './formatDate.ts';
import { PublishedDate } from './PublishedDate.tsx';
import { QuotedList } from './QuotedList.tsx';
import { ReaderBody } from './ReaderBody.tsx';
import { ReparseButton } from './ReparseButton.tsx';
import { SourceLink } from './SourceLink.tsx';
import { bylineText } from './clippingWords.ts';
import { useReaderPhotos } from '../photos/useReaderPhotos.tsx';
import type { Corrections } from './useCorrections.ts';

interface Props {
  clipping: Clipping | null;
  error: ApiError | null;
  knownTags: TagCount[];
  exporting: boolean;
  onTagsChange(tags: string[]): void;
  onExport(): void;
  /** Opens the PDF options (paper, margins) for this clipping. */
  onExportOptions?(): void;
  onDelete(): void;
  /** More of the footer, after the tags (tag suggestions, the note), placed by the app. */
  extras?: ReactNode;
  /** Shown above the headline (a clipping in the Trash says so). */
  banner?: ReactNode;
  /** Corrections of title, authors, date and source; without it the fields are read-only. */
  corrections?: Corrections;
  /** Shows the library for a search (the entity chips). */
  onSearch?(text: string): void;
}

/** The article as a reader wants it: headline, byline, figure, body, bio, and its tags. */
export function Reader({ clipping, error, knownTags, exporting, onTagsChange, onExport, onExportOptions, onDelete, extras, banner, corrections, onSearch }: Props) {
  const photos = useReaderPhotos(clipping);
  if (!clipping) {
    return (
      <div className="reader-placeholder" data-testid="reader-placeholder">
        {error ? <p role="alert">{error.message}</p> : <p>Select a clipping to read it.</p>}
      </div>
    );
  }
  const byline = formatAuthors(clipping.authors);
  /** A field as it reads, made correctable when the app allows corrections. */
  const editable = (field: Field, label: string, editText: string, parse: (text: string) => Parameters<Corrections['correct']>[0], shown: ReactNode, placeholder?: string): ReactNode =>
    corrections ? (
      <CorrectableField
        field={field}
        label={label}
        editText={editText}
        placeholder={placeholder}
        correction={clipping.corrections?.find((c) => c.field === field)}
        onSave={(text) => corrections.correct(parse(text))}
        onRestore={() => void corrections.restore(field)}
      >
        {shown}
      </CorrectableField>
    ) : (
      shown
    );
  const dateOnly = (clipping.publishedAt ?? '').slice(0, 10);
  return (
    <article className="reader" lang={clipping.language ?? undefined} data-testid="reader" aria-labelledby="reader-headline">
      <div className="reader-toolbar" role="toolbar" aria-label="Clipping actions">
        {corrections && !clipping.trashedAt && <ReparseButton key={clipping.id} onReparse={corrections.reparse} />}
        <button type="button" className="button" onClick={onExport} disabled={exporting} data-testid="export-pdf" title="Export to PDF (Ctrl+E)">
          {exporting ? 'Exporting…' : 'Export PDF'}
        </button>
        {onExportOptions && (
          <button type="button" className="button pdf-options" onClick={onExportOptions} disabled={exporting} aria-label="PDF options (paper, margins)…" title="PDF options: paper, margins" data-testid="export-pdf-options">
            ▾
          </button>
        )}
        <button type="button" className="button button-danger" onClick={onDelete} data-testid="delete-clipping" title="Move to Trash (Del)">
          Delete
        </button>
      </div>
      {banner}
      <header className="reader-header">
        {(clipping.source || corrections) && (
          <div className="reader-kicker">
            {editable('source', 'source', clipping.source ?? '', (t) => ({ source: t.trim() || null }), <SourceLink source={clipping.source} url={clipping.url} />, 'Publication name')}
          </div>
        )}
        <h1 id="reader-headline" className="reader-headline" data-testid="reader-headline">
          {clipping.title || 'Untitled clipping'}
        </h1>
        {corrections && <div className="reader-headline-tools">{editable('title', 'title', clipping.title, (t) => ({ title: t }), null)}</div>}
        {clipping.subtitle && <p className="reader-dek">{clipping.subtitle}</p>}
        <p className="reader-byline" data-testid="reader-byline">
          {(byline || corrections) &&
            editable('authors', 'authors', clipping.authors.join(', '), (t) => ({ authors: splitAuthors(t) }), byline ? <span className="byline-author">{bylineText(byline, clipping.language)}</span> : <span className="field-missing">No author</span>, 'Names, separated by commas')}
          {editable('publishedAt', 'date', dateOnly, (t) => ({ publishedAt: t.trim() || null }), <PublishedDate clipping={clipping} />, 'YYYY-MM-DD')}
        </p>
      </header>
      {photos.top}
      <ReaderBody clipping={clipping} before={photos.before} after={photos.after} />
      {photos.viewer}
      {(clipping.quotes?.length ?? 0) > 0 && <QuotedList quotes={clipping.quotes ?? []} />}
      {clipping.entities && onSearch && <EntityChips entities={clipping.entities} onSearch={onSearch} />}
      {clipping.authorBio && <AuthorBioCard bio={clipping.authorBio} />}
      <footer className="reader-footer">
        <TagEditor tags={clipping.tags} known={knownTags} onChange={onTagsChange} />
        {extras}
        <p className="reader-provenance">
          {clipping.url ? (
            <a href={clipping.url} target="_blank" rel="noreferrer noopener">
              {clipping.url}
            </a>
          ) : (
            <span>From {clipping.original.name}</span>
          )}
          <span> · Imported {formatDate(clipping.importedAt)}</span>
        </p>
      </footer>
    </article>
  );
}

/** "A, B and C" or "A; B" as a list of names. */
function splitAuthors(text: string): string[] {
  return text.split(/\s*(?:,|;|\band\b|&)\s*/).map((name) => name.trim()).filter(Boolean);
}

import type { ReactNode } from 'react';
import type { ApiError, Clipping, TagCount } from '../../../preload/api.ts';
import { TagEditor } from '../tags/TagEditor.tsx';
import { AuthorBioCard } from './AuthorBioCard.tsx';
import { ClippingFigure } from './ClippingFigure.tsx';
import { formatAuthors, formatDate } from './formatDate.ts';

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
}

/** The article as a reader wants it: headline, byline, figure, body, bio, and its tags. */
export function Reader({ clipping, error, knownTags, exporting, onTagsChange, onExport, onExportOptions, onDelete, extras, banner }: Props) {
  if (!clipping) {
    return (
      <div className="reader-placeholder" data-testid="reader-placeholder">
        {error ? <p role="alert">{error.message}</p> : <p>Select a clipping to read it.</p>}
      </div>
    );
  }
  const byline = formatAuthors(clipping.authors);
  const published = formatDate(clipping.publishedAt);
  return (
    <article className="reader" lang={clipping.language ?? undefined} data-testid="reader" aria-labelledby="reader-headline">
      <div className="reader-toolbar" role="toolbar" aria-label="Clipping actions">
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
        {clipping.source && <p className="reader-kicker" data-testid="reader-source">{clipping.source}</p>}
        <h1 id="reader-headline" className="reader-headline" data-testid="reader-headline">
          {clipping.title || 'Untitled clipping'}
        </h1>
        {clipping.subtitle && <p className="reader-dek">{clipping.subtitle}</p>}
        <p className="reader-byline" data-testid="reader-byline">
          {byline && <span className="byline-author">By {byline}</span>}
          {published && <time dateTime={clipping.publishedAt ?? undefined}>{published}</time>}
          {!published && <span>Imported {formatDate(clipping.importedAt)}</span>}
        </p>
      </header>
      {clipping.images.map((image, i) => (
        <ClippingFigure key={i} image={image} />
      ))}
      <div className="reader-body" data-testid="reader-body">
        {clipping.body.map((paragraph, i) => (
          <p key={i}>{paragraph}</p>
        ))}
      </div>
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

/**
 * Import from files (button, drop) and from pasted text, reporting every file's outcome in a
 * toast: imported, duplicate (with what it duplicates) or failed (with why).
 */
import { useCallback, useState } from 'react';
import type { ClippingBridge, ImportFile, ImportOutcome, SameArticleChoice } from '../../../preload/api/index.ts';
import type { ToastLine, Toasts } from '../app/useToasts.ts';
import { isImage, isImportable, IMPORT_EXTENSIONS, relativePathOf } from './importFormats.ts';

export interface Importer {
  busy: boolean;
  importFiles(files: readonly File[]): Promise<void>;
  importText(text: string): Promise<void>;
}

/** What each choice did, said back to the person. */
const CHOSEN: Record<SameArticleChoice, string> = {
  'keep-both': 'Kept both.',
  'keep-better': 'Kept the better one; the other is in the Trash.',
  merge: 'Merged into one clipping; the other is in the Trash.',
};

function lineFor(outcome: ImportOutcome, api: ClippingBridge, onResolved: (id: number) => void): ToastLine {
  const label = outcome.title ? `${outcome.name} — “${outcome.title}”` : outcome.name;
  const same = outcome.sameArticleAs;
  if (outcome.status === 'imported' && same && outcome.id !== null) {
    const newId = outcome.id;
    const choose = (choice: SameArticleChoice) => async (): Promise<string> => {
      const result = await api.resolveSameArticle(newId, same.id, choice);
      if (!result.ok) return result.error.message;
      onResolved(result.value.id);
      return CHOSEN[choice];
    };
    return {
      text: `${outcome.name} is the same article as “${same.title}”, already in the archive.`,
      tone: 'info',
      // Imported all the same (the choice follows): the line counts as an import.
      kind: 'imported',
      actions: [
        { label: 'Keep both', testId: 'same-article-keep-both', run: choose('keep-both') },
        { label: 'Keep the better', testId: 'same-article-keep-better', run: choose('keep-better') },
        { label: 'Merge', testId: 'same-article-merge', run: choose('merge') },
      ],
    };
  }
  switch (outcome.status) {
    case 'imported': {
      const photos = outcome.images ? ` (${outcome.images} photo${outcome.images === 1 ? '' : 's'})` : '';
      const skipped = outcome.skippedImages?.length ? `. Not kept: ${outcome.skippedImages.join('; ')}` : '';
      return { text: `Imported ${label}${photos}${skipped}`, tone: 'success', kind: 'imported' };
    }
    case 'duplicate':
      return { text: `Already in the archive: ${label}${outcome.message ? `. ${outcome.message}` : ''}`, tone: 'info', kind: 'duplicate' };
    default:
      return { text: `Failed: ${outcome.name}. ${outcome.message ?? 'No reason given.'}`, tone: 'error', kind: 'failed' };
  }
}

function summary(outcomes: ImportOutcome[]): string {
  const imported = outcomes.filter((o) => o.status === 'imported').length;
  if (outcomes.length === 1) {
    if (outcomes[0]?.sameArticleAs) return 'This article is already in the archive';
    return imported ? 'Clipping imported' : outcomes[0]?.status === 'duplicate' ? 'Already imported' : 'Import failed';
  }
  return `Imported ${imported} of ${outcomes.length} files`;
}

export function useImporter(api: ClippingBridge, toasts: Toasts, onImported: (firstId: number | null) => void): Importer {
  const [busy, setBusy] = useState(false);

  const report = useCallback(
    (outcomes: ImportOutcome[]) => {
      const tone = outcomes.some((o) => o.status === 'failed') ? 'error' : 'success';
      toasts.show({ title: summary(outcomes), tone, lines: outcomes.map((o) => lineFor(o, api, onImported)), testId: 'import-report' });
      const first = outcomes.find((o) => o.status !== 'failed' && o.id !== null);
      onImported(first?.id ?? null);
    },
    [api, toasts, onImported],
  );

  const importFiles = useCallback(
    async (files: readonly File[]) => {
      // Images go with the pages they belong to; the archive reports them if no page came with them.
      const pages = files.filter((f) => isImportable(f.name));
      const wanted = [...pages, ...files.filter((f) => isImage(f.name))];
      const skipped: ImportOutcome[] = files
        .filter((f) => !isImportable(f.name) && !isImage(f.name))
        .map((f) => ({ name: f.name, status: 'failed', id: null, title: null, message: `Clipdesk imports ${IMPORT_EXTENSIONS.join(' ')} files.` }));
      if (wanted.length === 0) {
        if (skipped.length) report(skipped);
        return;
      }
      setBusy(true);
      try {
        const payload: ImportFile[] = await Promise.all(
          wanted.map(async (f) => {
            const path = relativePathOf(f);
            return { name: f.name, data: new Uint8Array(await f.arrayBuffer()), ...(path ? { path } : {}) };
          }),
        );
        const result = await api.importFiles(payload);
        if (result.ok) report([...result.value.outcomes, ...skipped]);
        else toasts.show({ title: 'Import failed', tone: 'error', lines: [{ text: result.error.message, tone: 'error' }], testId: 'import-report' });
      } finally {
        setBusy(false);
      }
    },
    [api, report, toasts],
  );

  const importText = useCallback(
    async (text: string) => {
      if (!text.trim()) return;
      setBusy(true);
      try {
        const result = await api.importText(text);
        if (result.ok) report([result.value]);
        else toasts.show({ title: 'Import failed', tone: 'error', lines: [{ text: result.error.message, tone: 'error' }], testId: 'import-report' });
      } finally {
        setBusy(false);
      }
    },
    [api, report, toasts],
  );

  return { busy, importFiles, importText };
}

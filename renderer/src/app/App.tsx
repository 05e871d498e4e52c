import { useCallback, useRef, useState, type KeyboardEvent } from 'react';
import type { AppCommand, ClippingBridge, SortOrder } from '../../../preload/api.ts';
import { useExportPdf } from '../export/useExportPdf.ts';
import { ImportButtons } from '../import/ImportButton.tsx';
import { PasteDialog } from '../import/PasteDialog.tsx';
import { useDropAndPaste } from '../import/useDropAndPaste.ts';
import { useImporter } from '../import/useImporter.ts';
import { EmptyState } from '../library/EmptyState.tsx';
import { ListPane } from '../library/ListPane.tsx';
import { Sidebar } from '../library/Sidebar.tsx';
import { useLibrary } from '../library/useLibrary.ts';
import { Reader } from '../reader/Reader.tsx';
import { useClipping } from '../reader/useClipping.ts';
import { useDebounced } from '../search/useDebounced.ts';
import { useTagCounts } from '../tags/useTagCounts.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { IndexStatus } from './IndexStatus.tsx';
import { ToastStack } from './ToastStack.tsx';
import { useAppKeyboard } from './useAppKeyboard.ts';
import { useHostEvents } from './useHostEvents.ts';
import { useToasts } from './useToasts.ts';

const SEARCH_DEBOUNCE_MS = 150;

export function App({ api }: { api: ClippingBridge }) {
  const toasts = useToasts();
  const searchRef = useRef<HTMLInputElement>(null);
  const fileInputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const debouncedQuery = useDebounced(query, SEARCH_DEBOUNCE_MS);
  const [tag, setTag] = useState<string | null>(null);
  const [sort, setSort] = useState<SortOrder>('imported');
  const [revision, setRevision] = useState(0);
  const [activeId, setActiveId] = useState<number | null>(null);
  const [openId, setOpenId] = useState<number | null>(null);
  const [pasteOpen, setPasteOpen] = useState(false);
  const [pendingDelete, setPendingDelete] = useState<{ id: number; title: string } | null>(null);

  const refresh = useCallback(() => setRevision((r) => r + 1), []);
  const library = useLibrary(api, { text: debouncedQuery, tag, sort, revision });
  const counts = useTagCounts(api, revision);
  const open = useClipping(api, openId, revision);
  const exporter = useExportPdf(api, toasts);

  const openClipping = useCallback((id: number) => {
    setActiveId(id);
    setOpenId(id);
  }, []);
  const onImported = useCallback(
    (firstId: number | null) => {
      refresh();
      if (firstId !== null) openClipping(firstId);
    },
    [refresh, openClipping],
  );
  const importer = useImporter(api, toasts, onImported);
  const dragging = useDropAndPaste(importer.importFiles, importer.importText);

  const focusSearch = (): void => {
    searchRef.current?.focus();
    searchRef.current?.select();
  };
  const exportOpen = (): void => {
    const id = openId ?? activeId;
    if (id !== null && !exporter.busy) void exporter.exportPdf(id);
  };
  const askDelete = (): void => {
    const id = openId ?? activeId;
    if (id === null) return;
    const title = (open.clipping?.id === id ? open.clipping.title : library.items.find((i) => i.id === id)?.title) ?? 'this clipping';
    setPendingDelete({ id, title });
  };
  const confirmDelete = async (): Promise<void> => {
    if (!pendingDelete) return;
    const { id, title } = pendingDelete;
    setPendingDelete(null);
    const result = await api.deleteClipping(id);
    if (result.ok) {
      const index = library.items.findIndex((i) => i.id === id);
      const next = library.items[index + 1] ?? library.items[index - 1];
      setOpenId(null);
      setActiveId(next?.id ?? null);
      refresh();
      toasts.show({ title: 'Clipping deleted', tone: 'info', lines: [{ text: title, tone: 'info' }] });
    } else {
      toasts.show({ title: 'Could not delete', tone: 'error', lines: [{ text: result.error.message, tone: 'error' }] });
    }
  };
  const move = (delta: 1 | -1): void => {
    const items = library.items;
    if (items.length === 0) return;
    const index = items.findIndex((i) => i.id === activeId);
    const nextIndex = index === -1 ? (delta === 1 ? 0 : items.length - 1) : Math.min(items.length - 1, Math.max(0, index + delta));
    setActiveId(items[nextIndex]!.id);
  };
  const openActive = (): void => {
    const id = activeId ?? library.items[0]?.id;
    if (id !== undefined) openClipping(id);
  };
  const onCommand = (command: AppCommand): void => {
    if (command === 'find') focusSearch();
    else if (command === 'import') fileInputRef.current?.click();
    else if (command === 'export-pdf') exportOpen();
  };
  const progress = useHostEvents(api, { onArchiveChanged: refresh, onCommand });
  useAppKeyboard({ focusSearch, move, openActive, exportOpen, deleteOpen: askDelete });

  const onSearchKey = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      move(e.key === 'ArrowDown' ? 1 : -1);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      openActive();
    } else if (e.key === 'Escape' && query) {
      e.preventDefault();
      setQuery('');
    }
  };
  const setTags = async (tags: string[]): Promise<void> => {
    if (!open.clipping) return;
    const result = await api.setTags(open.clipping.id, tags);
    if (result.ok) {
      open.replace(result.value);
      refresh();
    } else {
      toasts.show({ title: 'Could not change the tags', tone: 'error', lines: [{ text: result.error.message, tone: 'error' }] });
    }
  };
  const loadSample = async (): Promise<void> => {
    const result = await api.importSample();
    if (result.ok) onImported(result.value.id);
    else toasts.show({ title: 'Could not load the sample', tone: 'error', lines: [{ text: result.error.message, tone: 'error' }] });
  };

  const archiveEmpty = counts.allCount === 0 && library.loaded && library.items.length === 0 && !query && !tag;
  return (
    <div className={`app${dragging ? ' is-dragging' : ''}`}>
      <Sidebar
        allCount={counts.allCount}
        tags={counts.tags}
        selectedTag={tag}
        onSelectTag={setTag}
        top={<ImportButtons inputRef={fileInputRef} busy={importer.busy} onFiles={(f) => void importer.importFiles(f)} onPaste={() => setPasteOpen(true)} />}
        bottom={<IndexStatus progress={progress} />}
      />
      <ListPane
        searchRef={searchRef}
        query={query}
        onQuery={setQuery}
        tag={tag}
        onClearTag={() => setTag(null)}
        sort={sort}
        onSort={setSort}
        library={library}
        archiveEmpty={archiveEmpty}
        activeId={activeId}
        openId={openId}
        onActivate={setActiveId}
        onOpen={openClipping}
        onSearchKey={onSearchKey}
      />
      <main className="reader-pane" data-pane="reader" tabIndex={-1}>
        {archiveEmpty ? (
          <EmptyState busy={importer.busy} onLoadSample={() => void loadSample()} onImport={() => fileInputRef.current?.click()} onPaste={() => setPasteOpen(true)} />
        ) : (
          <Reader
            clipping={open.clipping}
            error={open.error}
            knownTags={counts.tags}
            exporting={exporter.busy}
            onTagsChange={(t) => void setTags(t)}
            onExport={exportOpen}
            onDelete={askDelete}
          />
        )}
      </main>
      <PasteDialog open={pasteOpen} onClose={() => setPasteOpen(false)} onImport={(text) => void importer.importText(text)} />
      <ConfirmDialog
        message={pendingDelete ? `Delete “${pendingDelete.title}”? It is removed from the archive.` : null}
        confirmLabel="Delete"
        onConfirm={() => void confirmDelete()}
        onCancel={() => setPendingDelete(null)}
      />
      <ToastStack toasts={toasts} />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>Drop files to import them</p>
        </div>
      )}
    </div>
  );
}

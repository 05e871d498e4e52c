import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { AppCommand, ClippingBridge, ListFilters } from '../../../preload/api.ts';
import { useExportPdf } from '../export/useExportPdf.ts';
import { ImportButtons } from '../import/ImportButton.tsx';
import { PasteDialog } from '../import/PasteDialog.tsx';
import { useDropAndPaste } from '../import/useDropAndPaste.ts';
import { useImporter } from '../import/useImporter.ts';
import { EmptyState } from '../library/EmptyState.tsx';
import { ListPane } from '../library/ListPane.tsx';
import { SelectionBar } from '../library/SelectionBar.tsx';
import { Sidebar } from '../library/Sidebar.tsx';
import { SORT_CHOICES } from '../library/SortSwitch.tsx';
import { useBulkActions } from '../library/useBulkActions.ts';
import { usePagedList } from '../library/usePagedList.ts';
import { useSelection } from '../library/useSelection.ts';
import { useUrlView } from '../library/useUrlView.ts';
import { filterFields, hasFilters } from '../library/viewState.ts';
import { NoteEditor } from '../notes/NoteEditor.tsx';
import { Reader } from '../reader/Reader.tsx';
import { useClipping } from '../reader/useClipping.ts';
import { SavedSearches } from '../saved/SavedSearches.tsx';
import { useDebounced } from '../search/useDebounced.ts';
import { ShortcutsSheet } from '../shortcuts/ShortcutsSheet.tsx';
import { useOrganizeKeys } from '../shortcuts/useOrganizeKeys.ts';
import { TagDialog } from '../tags/TagDialog.tsx';
import { TagSuggestions } from '../tags/TagSuggestions.tsx';
import { TagTree } from '../tags/TagTree.tsx';
import { useTagCounts } from '../tags/useTagCounts.ts';
import { useTagManager } from '../tags/useTagManager.ts';
import { TrashView } from '../trash/TrashView.tsx';
import { useUndo } from '../undo/useUndo.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { IndexStatus } from './IndexStatus.tsx';
import { isEditable } from './isEditable.ts';
import { ToastStack } from './ToastStack.tsx';
import { useAppKeyboard } from './useAppKeyboard.ts';
import { useHostEvents } from './useHostEvents.ts';
import { useToasts } from './useToasts.ts';

const SEARCH_DEBOUNCE_MS = 150;

export function App({ api }: { api: ClippingBridge }) {
  const toasts = useToasts();
  const searchRef = useRef<HTMLInputElement>(null);
  const fileInputRef = useRef<HTMLInputElement>(null);
  const filterRef = useRef<HTMLInputElement>(null);
  const bulkTagRef = useRef<HTMLInputElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const { view, update, navigations } = useUrlView();
  const [query, setQuery] = useState(view.text);
  const debouncedQuery = useDebounced(query, SEARCH_DEBOUNCE_MS);
  const [revision, setRevision] = useState(0);
  const [activeId, setActiveId] = useState<number | null>(view.open);
  const [pasteOpen, setPasteOpen] = useState(false);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [naming, setNaming] = useState(false);
  const [pendingDelete, setPendingDelete] = useState<{ ids: number[]; title: string } | null>(null);
  const openId = view.open;

  // Back/Forward: the search box follows the URL; typing updates the URL (one entry per search).
  const [seenNavigations, setSeenNavigations] = useState(navigations);
  if (seenNavigations !== navigations) {
    setSeenNavigations(navigations);
    setQuery(view.text);
  }
  useEffect(() => {
    if (debouncedQuery !== view.text) update({ text: debouncedQuery }, { replace: Boolean(debouncedQuery && view.text) });
  }, [debouncedQuery]); // eslint-disable-line react-hooks/exhaustive-deps

  const refresh = useCallback(() => setRevision((r) => r + 1), []);
  const list = usePagedList(api, { text: view.text, sort: view.sort, filters: view.filters, revision });
  const counts = useTagCounts(api, revision);
  const tags = useTagManager(api, toasts, revision, refresh);
  const open = useClipping(api, openId, revision);
  const exporter = useExportPdf(api, toasts);
  const selection = useSelection();
  const bulk = useBulkActions(api, toasts, selection, view, refresh);
  const undo = useUndo(api, toasts, refresh);

  const openClipping = useCallback((id: number) => {
    setActiveId(id);
    update({ open: id });
  }, [update]);
  const onImported = useCallback(
    (firstId: number | null) => {
      refresh();
      if (firstId !== null) openClipping(firstId);
    },
    [refresh, openClipping],
  );
  const importer = useImporter(api, toasts, onImported);
  const dragging = useDropAndPaste(importer.importFiles, importer.importText);
  const setFilters = (filters: ListFilters): void => {
    selection.clear();
    update({ filters: filterFields(filters), trash: false });
  };
  const selectTag = (tag: string): void => {
    const only = view.filters.tags?.length === 1 && view.filters.tags[0]!.toLowerCase() === tag.toLowerCase();
    setFilters({ ...view.filters, tags: only ? [] : [tag] });
  };

  const focusSearch = (): void => {
    searchRef.current?.focus();
    searchRef.current?.select();
  };
  const exportOpen = (): void => {
    const id = openId ?? activeId;
    if (id !== null && !exporter.busy) void exporter.exportPdf(id);
  };
  const askDelete = (): void => {
    if (selection.selected.size > 0) {
      const n = selection.selected.size;
      setPendingDelete({ ids: [...selection.selected], title: `${n} selected ${n === 1 ? 'clipping' : 'clippings'}` });
      return;
    }
    const id = openId ?? activeId;
    if (id === null) return;
    const index = list.indexOf(id);
    const title = (open.clipping?.id === id ? open.clipping.title : list.itemAt(index)?.title) ?? 'this clipping';
    setPendingDelete({ ids: [id], title: `“${title}”` });
  };
  const confirmDelete = async (): Promise<void> => {
    if (!pendingDelete) return;
    const { ids } = pendingDelete;
    setPendingDelete(null);
    if (ids.length > 1 || selection.selected.size > 0) {
      await bulk.trash();
      return;
    }
    const id = ids[0]!;
    const result = await api.deleteClipping(id);
    if (result.ok) {
      const index = list.indexOf(id);
      const next = list.itemAt(index + 1) ?? list.itemAt(index - 1);
      update({ open: null });
      setActiveId(next?.id ?? null);
      refresh();
      toasts.show({ title: 'Moved to the Trash', tone: 'info', lines: [{ text: `${pendingDelete.title} · Undo with Ctrl+Z`, tone: 'info' }] });
    } else {
      toasts.show({ title: 'Could not delete', tone: 'error', lines: [{ text: result.error.message, tone: 'error' }] });
    }
  };
  const idAt = (index: number): number | undefined => list.itemAt(index)?.id;
  const move = (delta: 1 | -1): void => {
    if (list.total === 0) return;
    const index = activeId === null ? -1 : list.indexOf(activeId);
    const next = index === -1 ? (delta === 1 ? 0 : list.total - 1) : Math.min(list.total - 1, Math.max(0, index + delta));
    const id = idAt(next);
    if (id !== undefined) setActiveId(id);
    else list.requestRange(next, next);
  };
  const openActive = (): void => {
    const id = activeId ?? idAt(0);
    if (id !== undefined) openClipping(id);
  };
  const onRowClick = (id: number, index: number, e: MouseEvent): void => {
    if (selection.click(id, index, { shift: e.shiftKey, toggle: e.ctrlKey || e.metaKey }, idAt, openId ?? activeId)) openClipping(id);
  };
  const runUndo = (): void => {
    if (isEditable(document.activeElement)) document.execCommand('undo');
    else void undo();
  };
  const onCommand = (command: AppCommand): void => {
    if (command === 'find') focusSearch();
    else if (command === 'import') fileInputRef.current?.click();
    else if (command === 'export-pdf') exportOpen();
    else if (command === 'undo') runUndo();
  };
  const progress = useHostEvents(api, { onArchiveChanged: refresh, onCommand });
  const savedView = view.text || hasFilters(view.filters) ? { ...filterFields(view.filters), ...(view.text ? { text: view.text } : {}), sort: view.sort } : null;
  useOrganizeKeys({
    showShortcuts: () => setShortcutsOpen(true),
    undo: runUndo,
    toggleActive: () => activeId !== null && selection.toggle(activeId),
    extendSelection: (delta) => {
      const from = activeId === null ? 0 : Math.max(0, list.indexOf(activeId));
      const to = Math.min(list.total - 1, Math.max(0, from + delta));
      selection.extend(to, idAt, from);
      const id = idAt(to);
      if (id !== undefined) setActiveId(id);
    },
    selectAll: () => void bulk.selectAll(),
    clearSelection: () => {
      if (selection.selected.size === 0) return false;
      selection.clear();
      return true;
    },
    tag: () => (selection.selected.size > 0 ? bulkTagRef.current : document.querySelector<HTMLInputElement>('[data-testid="tag-input"]'))?.focus(),
    note: () => noteRef.current?.focus(),
    nextSort: () => update({ sort: SORT_CHOICES[(SORT_CHOICES.findIndex((c) => c.value === view.sort) + 1) % SORT_CHOICES.length]!.value }),
    filter: () => filterRef.current?.focus(),
    saveView: () => savedView && setNaming(true),
    toggleTrash: () => update({ trash: !view.trash }),
  });
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
  const setTags = async (next: string[]): Promise<void> => {
    if (!open.clipping) return;
    const result = await api.setTags(open.clipping.id, next);
    if (result.ok) {
      open.replace(result.value);
      refresh();
    } else {
      toasts.show({ title: 'Could not change the tags', tone: 'error', lines: [{ text: result.error.message, tone: 'error' }] });
    }
  };
  const saveNote = async (note: string): Promise<boolean> => {
    if (!open.clipping) return false;
    const result = await api.setNote(open.clipping.id, note);
    if (result.ok) open.replace(result.value);
    else toasts.show({ title: 'Could not save the note', tone: 'error', lines: [{ text: result.error.message, tone: 'error' }] });
    return result.ok;
  };
  const restoreOpen = async (): Promise<void> => {
    if (!open.clipping) return;
    const result = await api.restoreClipping(open.clipping.id);
    if (result.ok) refresh();
  };
  const loadSample = async (): Promise<void> => {
    const result = await api.importSample();
    if (result.ok) onImported(result.value.id);
    else toasts.show({ title: 'Could not load the sample', tone: 'error', lines: [{ text: result.error.message, tone: 'error' }] });
  };

  const filtered = hasFilters(view.filters);
  const archiveEmpty = counts.allCount === 0 && list.loaded && list.total === 0 && !query && !filtered && !view.trash;
  const knownTags = tags.allTags;
  const clipping = open.clipping;
  return (
    <div className={`app${dragging ? ' is-dragging' : ''}`}>
      <Sidebar
        allCount={counts.allCount}
        showingAll={!view.trash && !filtered && !view.text}
        showingTrash={view.trash}
        onShowAll={() => {
          setQuery('');
          selection.clear();
          update({ filters: {}, text: '', trash: false });
        }}
        onShowTrash={() => update({ trash: true })}
        saved={
          <SavedSearches
            api={api}
            toasts={toasts}
            revision={revision}
            current={savedView}
            naming={naming}
            onNaming={setNaming}
            onApply={(v) => {
              const { text = '', sort = 'imported', ...filters } = v;
              setQuery(text);
              selection.clear();
              update({ text, sort, filters: filterFields(filters), trash: false });
            }}
          />
        }
        tags={<TagTree tree={tags.tree} selectedTags={view.filters.tags ?? []} onSelectTag={selectTag} onAction={tags.open} />}
        top={<ImportButtons inputRef={fileInputRef} busy={importer.busy} onFiles={(f) => void importer.importFiles(f)} onPaste={() => setPasteOpen(true)} />}
        bottom={<IndexStatus progress={progress} />}
      />
      {view.trash ? (
        <TrashView api={api} toasts={toasts} revision={revision} onChanged={refresh} onOpen={openClipping} onBack={() => update({ trash: false })} />
      ) : (
        <ListPane
          api={api}
          revision={revision}
          searchRef={searchRef}
          filterRef={filterRef}
          query={query}
          onQuery={setQuery}
          filters={view.filters}
          onFilters={setFilters}
          knownTags={knownTags}
          sort={view.sort}
          onSort={(sort) => update({ sort })}
          list={list}
          archiveEmpty={archiveEmpty}
          activeId={activeId}
          activeIndex={activeId === null ? -1 : list.indexOf(activeId)}
          openId={openId}
          selected={selection.selected}
          selectionBar={
            <SelectionBar
              count={selection.selected.size}
              knownTags={knownTags}
              busy={bulk.busy}
              inputRef={bulkTagRef}
              onAddTag={(t) => void bulk.addTag(t)}
              onRemoveTag={(t) => void bulk.removeTag(t)}
              onTrash={askDelete}
              onClear={selection.clear}
            />
          }
          onRowClick={onRowClick}
          onActivate={setActiveId}
          onSearchKey={onSearchKey}
        />
      )}
      <main className="reader-pane" data-pane="reader" tabIndex={-1}>
        {archiveEmpty ? (
          <EmptyState busy={importer.busy} onLoadSample={() => void loadSample()} onImport={() => fileInputRef.current?.click()} onPaste={() => setPasteOpen(true)} />
        ) : (
          <Reader
            clipping={clipping}
            error={open.error}
            knownTags={counts.tags}
            exporting={exporter.busy}
            onTagsChange={(t) => void setTags(t)}
            onExport={exportOpen}
            onDelete={askDelete}
            banner={
              clipping?.trashedAt ? (
                <p className="trash-banner" role="status" data-testid="trash-banner">
                  This clipping is in the Trash.{' '}
                  <button type="button" className="button button-small" onClick={() => void restoreOpen()} data-testid="reader-restore">
                    Restore
                  </button>
                </p>
              ) : null
            }
            extras={
              clipping && (
                <>
                  {!clipping.trashedAt && <TagSuggestions api={api} clippingId={clipping.id} tags={clipping.tags} onAccept={(t) => void setTags([...clipping.tags, t])} />}
                  <NoteEditor key={clipping.id} note={clipping.note ?? ''} inputRef={noteRef} onSave={saveNote} />
                </>
              )
            }
          />
        )}
      </main>
      <PasteDialog open={pasteOpen} onClose={() => setPasteOpen(false)} onImport={(text) => void importer.importText(text)} />
      <ConfirmDialog
        message={pendingDelete ? `Move ${pendingDelete.title} to the Trash? You can restore it from there.` : null}
        confirmLabel="Move to Trash"
        onConfirm={() => void confirmDelete()}
        onCancel={() => setPendingDelete(null)}
      />
      <TagDialog
        key={tags.target?.node.tag ?? ''}
        target={tags.target}
        allTags={knownTags}
        onAction={tags.setAction}
        onRename={(from, to) => void tags.rename(from, to)}
        onMerge={(list, into) => void tags.merge(list, into)}
        onColor={(tag, color) => void tags.color(tag, color)}
        onDelete={(tag) => void tags.remove(tag)}
        onClose={tags.close}
      />
      <ShortcutsSheet open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
      <ToastStack toasts={toasts} />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>Drop files to import them</p>
        </div>
      )}
    </div>
  );
}

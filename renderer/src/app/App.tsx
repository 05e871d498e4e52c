import { useCallback, useEffect, useRef, useState, type MouseEvent } from 'react';
import type { AppCommand, ClippingBridge, ListFilters } from '../../../preload/api/index.ts';
import { ExportLayer } from '../export/ExportLayer.tsx';
import { searchTarget } from '../export/exportTarget.ts';
import { useExportFlow } from '../export/useExportFlow.ts';
import { ImportButtons } from '../import/ImportButton.tsx';
import { PasteDialog } from '../import/PasteDialog.tsx';
import { useDropAndPaste } from '../import/useDropAndPaste.ts';
import { useImporter } from '../import/useImporter.ts';
import { EmptyState } from '../library/EmptyState.tsx';
import { ListPane } from '../library/ListPane.tsx';
import { MoreLikeThisButton } from '../search/MoreLikeThis.tsx';
import { SelectionBar } from '../library/SelectionBar.tsx';
import { Sidebar } from '../library/Sidebar.tsx';
import { SORT_CHOICES } from '../library/SortSwitch.tsx';
import { useBulkActions } from '../library/useBulkActions.ts';
import { usePagedList } from '../library/usePagedList.ts';
import { useListCursor } from '../library/useListCursor.ts';
import { useSelection } from '../library/useSelection.ts';
import { useUrlView } from '../library/useUrlView.ts';
import { filterFields, hasFilters, viewOfSaved, type LibraryViewState } from '../library/viewState.ts';
import { NoteEditor } from '../notes/NoteEditor.tsx';
import { Reader } from '../reader/Reader.tsx';
import { useClipping } from '../reader/useClipping.ts';
import { useCorrections } from '../reader/useCorrections.ts';
import { SavedSearches } from '../saved/SavedSearches.tsx';
import { SettingsButton } from '../settings/SettingsDialog.tsx';
import { useDebounced } from '../search/useDebounced.ts';
import { ShortcutsSheet } from '../shortcuts/ShortcutsSheet.tsx';
import { useOrganizeKeys } from '../shortcuts/useOrganizeKeys.ts';
import { TagDialog } from '../tags/TagDialog.tsx';
import { TagSuggestions } from '../tags/TagSuggestions.tsx';
import { TagTree } from '../tags/TagTree.tsx';
import { useTagCounts } from '../tags/useTagCounts.ts';
import { useClippingEdits } from '../tags/useClippingEdits.ts';
import { useTagManager } from '../tags/useTagManager.ts';
import { TrashBanner } from '../trash/TrashBanner.tsx';
import { TrashView } from '../trash/TrashView.tsx';
import { useTrashFlow } from '../trash/useTrashFlow.ts';
import { useUndo, type UndoSource } from '../undo/useUndo.ts';
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
  const [pasteOpen, setPasteOpen] = useState(false);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [naming, setNaming] = useState(false);
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
  const cursor = useListCursor(list, view.open);
  const { activeId, setActiveId } = cursor;
  const counts = useTagCounts(api, revision);
  const tags = useTagManager(api, toasts, revision, refresh);
  const open = useClipping(api, openId, revision);
  const exportFlow = useExportFlow(api, toasts), exporter = exportFlow.pdf;
  const selection = useSelection();
  const bulk = useBulkActions(api, toasts, selection, view, refresh);
  const undo = useUndo(api, toasts, refresh);
  const edits = useClippingEdits(api, toasts, open, refresh);
  const corrections = useCorrections(api, toasts, open, refresh);
  const trashFlow = useTrashFlow({
    api,
    toasts,
    selected: selection.selected,
    current: () => {
      const id = openId ?? activeId;
      return id === null ? null : { id, title: open.clipping?.id === id ? open.clipping.title : list.itemAt(list.indexOf(id))?.title };
    },
    trashSelection: bulk.trash,
    onTrashed: (id) => {
      const index = list.indexOf(id);
      const next = list.itemAt(index + 1) ?? list.itemAt(index - 1);
      update({ open: null });
      setActiveId(next?.id ?? null);
      refresh();
    },
  });

  const openClipping = useCallback((id: number) => {
    setActiveId(id);
    update({ open: id });
  }, [update, setActiveId]);
  const onImported = useCallback(
    (firstId: number | null) => {
      refresh();
      if (firstId !== null) openClipping(firstId);
    },
    [refresh, openClipping],
  );
  const importer = useImporter(api, toasts, onImported);
  const dragging = useDropAndPaste(importer.importFiles, importer.importText);
  /** Shows another view of the library: the pick is let go, the search box follows. */
  const showView = (patch: Partial<LibraryViewState>): void => {
    if (patch.text !== undefined) setQuery(patch.text);
    selection.clear();
    update({ trash: false, ...patch });
  };
  const setFilters = (filters: ListFilters): void => showView({ filters: filterFields(filters) });
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
  const openActive = (): void => {
    const id = cursor.current();
    if (id !== undefined) openClipping(id);
  };
  const onRowClick = (id: number, index: number, e: MouseEvent): void => {
    if (selection.click(id, index, { shift: e.shiftKey, toggle: e.ctrlKey || e.metaKey }, cursor.idAt, openId ?? activeId)) openClipping(id);
  };
  const runUndo = (source: UndoSource): void => {
    if (isEditable(document.activeElement)) document.execCommand('undo');
    else void undo(source);
  };
  const onCommand = (command: AppCommand): void => {
    if (command === 'find') focusSearch();
    else if (command === 'import') fileInputRef.current?.click();
    else if (command === 'export-pdf') exportOpen();
    else if (command === 'undo') runUndo('menu');
  };
  const progress = useHostEvents(api, {
    onArchiveChanged: refresh,
    onCommand,
    onShowClipping: (id) => {
      refresh();
      openClipping(id);
    },
  });
  const savedView = view.text || hasFilters(view.filters) ? { ...filterFields(view.filters), ...(view.text ? { text: view.text } : {}), sort: view.sort } : null;
  useOrganizeKeys({
    showShortcuts: () => setShortcutsOpen(true),
    undo: () => runUndo('key'),
    toggleActive: () => activeId !== null && selection.toggle(activeId),
    extendSelection: (delta) => cursor.extend(delta, selection),
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
  useAppKeyboard({ focusSearch, move: cursor.move, openActive, exportOpen, deleteOpen: trashFlow.ask });

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
        onShowAll={() => showView({ filters: {}, text: '' })}
        onShowTrash={() => update({ trash: true })}
        saved={
          <SavedSearches
            api={api}
            toasts={toasts}
            revision={revision}
            current={savedView}
            naming={naming}
            onNaming={setNaming}
            onApply={(v) => showView(viewOfSaved(v))}
            onExport={(s) => exportFlow.open(searchTarget(s.view.text ?? '', s.view, s.count, s.name))}
          />
        }
        tags={<TagTree tree={tags.tree} selectedTags={view.filters.tags ?? []} onSelectTag={selectTag} onAction={tags.open} />}
        top={<ImportButtons inputRef={fileInputRef} busy={importer.busy} onFiles={(f) => void importer.importFiles(f)} onPaste={() => setPasteOpen(true)} />}
        bottom={<><IndexStatus progress={progress} /><SettingsButton onOpen={() => exportFlow.setSettingsOpen(true)} /></>}
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
          activeIndex={cursor.activeIndex}
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
              onTrash={trashFlow.ask}
              onClear={selection.clear}
              onExport={() => exportFlow.open({ kind: 'selection', ids: [...selection.selected] })}
            />
          }
          onRowClick={onRowClick}
          onActivate={setActiveId}
          onOpen={openClipping}
          onMove={cursor.move}
          onOpenActive={openActive}
          onExportResults={() => exportFlow.open(searchTarget(view.text, view.filters, list.total))}
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
            onTagsChange={(t) => void edits.setTags(t)}
            onExport={exportOpen}
            onExportOptions={() => clipping && exportFlow.open({ kind: 'clipping', id: clipping.id, title: clipping.title })}
            onDelete={trashFlow.ask}
            corrections={corrections}
            onSearch={(text) => showView({ text, filters: {} })}
            banner={clipping?.trashedAt ? <TrashBanner onRestore={() => void edits.restore()} /> : null}
            extras={
              clipping && (
                <>
                  {!clipping.trashedAt && <MoreLikeThisButton id={clipping.id} onQuery={setQuery} />}
                  {!clipping.trashedAt && <TagSuggestions api={api} clippingId={clipping.id} tags={clipping.tags} onAccept={(t) => void edits.setTags([...clipping.tags, t])} />}
                  <NoteEditor key={clipping.id} note={clipping.note ?? ''} inputRef={noteRef} onSave={edits.saveNote} />
                </>
              )
            }
          />
        )}
      </main>
      <PasteDialog open={pasteOpen} onClose={() => setPasteOpen(false)} onImport={(text) => void importer.importText(text)} />
      <ConfirmDialog
        message={trashFlow.pending ? `Move ${trashFlow.pending.title} to the Trash? You can restore it from there.` : null}
        confirmLabel="Move to Trash"
        onConfirm={() => void trashFlow.confirm()}
        onCancel={trashFlow.cancel}
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
        onExport={(tag) => (tags.close(), exportFlow.open({ kind: 'tag', tag, count: tags.target?.node.total ?? 0 }))}
      />
      <ExportLayer flow={exportFlow} api={api} />
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

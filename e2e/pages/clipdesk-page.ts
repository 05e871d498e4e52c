/**
 * One driver for Clipdesk's UI over any Playwright Page: the browser host's (e2e/web) and the
 * Electron window's (e2e/electron). It speaks in the user's terms and waits for the UI to
 * answer, so specs read as journeys.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import path from 'node:path';

export class ClipdeskPage {
  readonly page: Page;
  readonly searchInput: Locator;
  readonly searchError: Locator;
  readonly listCount: Locator;
  readonly results: Locator;
  readonly headline: Locator;
  readonly byline: Locator;
  readonly caption: Locator;
  readonly authorBio: Locator;
  readonly readerBody: Locator;
  readonly tagChips: Locator;
  readonly tagInput: Locator;
  readonly sidebarTags: Locator;
  readonly allCount: Locator;
  readonly emptyState: Locator;
  readonly importReport: Locator;
  readonly pasteDialog: Locator;

  constructor(page: Page) {
    this.page = page;
    this.searchInput = page.getByTestId('search-input');
    this.searchError = page.getByTestId('search-error');
    this.listCount = page.getByTestId('list-count');
    this.results = page.getByTestId('result');
    this.headline = page.getByTestId('reader-headline');
    this.byline = page.getByTestId('reader-byline');
    this.caption = page.getByTestId('reader-caption');
    this.authorBio = page.getByTestId('author-bio');
    this.readerBody = page.getByTestId('reader-body');
    this.tagChips = page.getByTestId('tag-chip');
    this.tagInput = page.getByTestId('tag-input');
    this.sidebarTags = page.getByTestId('nav-tag');
    this.allCount = page.getByTestId('all-count');
    this.emptyState = page.getByTestId('empty-state');
    this.importReport = page.getByTestId('import-report').last();
    this.pasteDialog = page.getByTestId('paste-dialog');
  }

  /** The result row whose title is `title`. */
  result(title: string): Locator {
    return this.results.filter({ has: this.page.getByTestId('result-title').getByText(title, { exact: true }) });
  }

  /** The highlighted words (<mark>) in a result's snippet. */
  resultSnippetMarks(title: string): Locator {
    return this.result(title).getByTestId('result-snippet').locator('mark');
  }

  /** Imports files through the import button's file input and waits for the per-file report. */
  async importFile(...filePaths: string[]): Promise<void> {
    const before = await this.page.getByTestId('import-report').count();
    await this.page.getByTestId('import-input').setInputFiles(filePaths.map((p) => path.resolve(p)));
    await expect(this.page.getByTestId('import-report')).toHaveCount(before + 1);
    await expect(this.importReport).toContainText(path.basename(filePaths[0]!));
  }

  /** Loads the bundled sample from the empty archive's offer, and waits until it is open. */
  async importSample(): Promise<void> {
    await this.page.getByTestId('load-sample').click();
    await expect(this.headline).toBeVisible();
  }

  /** Imports text through the "Paste text…" dialog. */
  async importTextViaDialog(text: string): Promise<void> {
    await this.page.getByTestId('paste-button').click();
    await expect(this.pasteDialog).toBeVisible();
    await this.page.getByTestId('paste-textarea').fill(text);
    await this.page.getByTestId('paste-import').click();
    await expect(this.pasteDialog).toBeHidden();
    await expect(this.importReport).toBeVisible();
  }

  /** Types a query and waits until the list answers it (or the query is reported unreadable). */
  async search(text: string): Promise<void> {
    await this.searchInput.fill(text);
    const answered = this.page.locator(`[data-testid="list-count"][data-query="${cssString(text.trim())}"]`);
    await expect(answered.or(this.searchError)).toBeVisible();
  }

  async clearSearch(): Promise<void> {
    await this.search('');
  }

  /** Opens a result by its title and waits for the reader to show it. */
  async openResult(title: string): Promise<void> {
    await this.result(title).click();
    await expect(this.headline).toHaveText(title);
  }

  /** Adds a tag to the open clipping with the tag editor (which may normalise how it is spelt). */
  async addTag(tag: string): Promise<void> {
    const before = await this.tagChips.count();
    await this.tagInput.fill(tag);
    await this.tagInput.press('Enter');
    await expect(this.tagInput).toHaveValue('');
    await expect(this.tagChips).toHaveCount(before + 1);
  }

  /** Filters the library by a tag from the sidebar. */
  async filterByTag(tag: string): Promise<void> {
    await this.sidebarTags.and(this.page.locator(`[data-tag="${cssString(tag)}"]`)).click();
    await expect(this.page.getByTestId('tag-filter')).toContainText(tag);
  }

  /** The sidebar tree's node for a tag (its full name). */
  tagNode(tag: string): Locator {
    return this.sidebarTags.and(this.page.locator(`[data-tag="${cssString(tag)}"]`));
  }

  /** Picks a result for a bulk action: Ctrl-click adds it, Shift-click picks the range. */
  async pickResult(title: string, how: 'toggle' | 'range' = 'toggle'): Promise<void> {
    await this.result(title).click({ modifiers: [how === 'toggle' ? 'ControlOrMeta' : 'Shift'] });
    await expect(this.result(title)).toHaveAttribute('data-selected', 'true');
  }

  /** Adds a tag to every picked clipping with the selection bar. */
  async bulkAddTag(tag: string): Promise<void> {
    await this.page.getByTestId('bulk-tag-input').fill(tag);
    await this.page.getByTestId('bulk-add-tag').click();
    await expect(this.page.getByTestId('bulk-toast').last()).toBeVisible();
  }

  /** Opens a tag's dialog on the given tab (rename, merge, color, delete). */
  async manageTag(tag: string, tab: 'rename' | 'merge' | 'color' | 'delete'): Promise<Locator> {
    await this.tagNode(tag).hover();
    await this.page.locator(`[aria-label="Manage tag ${cssString(tag)}"]`).click();
    const dialog = this.page.getByTestId('tag-dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByTestId(`tag-tab-${tab}`).click();
    return dialog;
  }

  async renameTag(from: string, to: string): Promise<void> {
    const dialog = await this.manageTag(from, 'rename');
    await dialog.getByTestId('tag-rename-input').fill(to);
    await dialog.getByTestId('tag-rename-confirm').click();
    await expect(dialog).toBeHidden();
  }

  async mergeTags(into: string, others: string[]): Promise<void> {
    const dialog = await this.manageTag(into, 'merge');
    for (const tag of others) await dialog.locator(`[data-testid="tag-merge-option"][data-tag="${cssString(tag)}"]`).check();
    await dialog.getByTestId('tag-merge-confirm').click();
    await expect(dialog).toBeHidden();
  }

  /** Ctrl/Cmd+Z with the focus outside any text field. */
  /** Corrects the open clipping's title in the reader and waits for the headline to show it. */
  async correctTitle(title: string): Promise<void> {
    await this.page.getByTestId('edit-title').click();
    await this.page.getByTestId('correct-title-input').fill(title);
    await this.page.getByTestId('correct-title-save').click();
    await expect(this.headline).toHaveText(title);
  }

  /** Presses the reader's Re-parse and waits for its status line to say it is done. */
  async reparse(): Promise<void> {
    await this.page.getByTestId('reparse-clipping').click();
    await expect(this.page.getByTestId('reparse-status')).toContainText('Re-parsed from');
  }

  async undo(): Promise<void> {
    await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await this.page.keyboard.press('ControlOrMeta+z');
    await expect(this.page.getByTestId('undo-toast').last()).toBeVisible();
  }

  /**
   * Exports the open clipping to PDF and saves the download into `saveDir`; returns its path.
   * (Under Electron the download needs its save dialog answered by the app's test hooks.)
   */
  async exportPdf(saveDir = 'test-results'): Promise<string> {
    const download = this.page.waitForEvent('download');
    await this.page.getByTestId('export-pdf').click();
    const file = await download;
    const target = path.resolve(saveDir, file.suggestedFilename());
    await file.saveAs(target);
    return target;
  }

  /** The Export dialog (dossier, Markdown, JSON, or one clipping's PDF options). */
  get exportDialog(): Locator {
    return this.page.getByTestId('export-dialog');
  }

  /** Opens the Export dialog for the picked clippings from the selection bar. */
  async openExportForSelection(): Promise<Locator> {
    await this.page.getByTestId('bulk-export').click();
    await expect(this.exportDialog).toBeVisible();
    return this.exportDialog;
  }

  /** Opens the Export dialog for the current search results ("Export these N results"). */
  async openExportForResults(): Promise<Locator> {
    await this.page.getByTestId('export-results').click();
    await expect(this.exportDialog).toBeVisible();
    return this.exportDialog;
  }

  /** Starts the export in the open dialog and saves the download into `saveDir`; returns its path. */
  async runExport(saveDir = 'test-results'): Promise<string> {
    const download = this.page.waitForEvent('download', { timeout: 90_000 });
    await this.exportDialog.getByTestId('export-start').click();
    const file = await download;
    const target = path.resolve(saveDir, file.suggestedFilename());
    await file.saveAs(target);
    await expect(this.exportDialog.getByTestId('export-status')).toContainText('Saved');
    return target;
  }
}

/** Escapes a value for a double-quoted CSS attribute selector. */
function cssString(value: string): string {
  return value.replace(/["\\]/g, '\\$&');
}

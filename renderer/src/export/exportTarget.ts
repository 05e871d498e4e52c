/**
 * What an export is made from (a pick, a tag, a search or saved search, one clipping) and what the
 * dialog says about it: the title it starts with, the line describing it, the dossier selection,
 * and every id it holds for Markdown and JSON.
 */
import type { ClippingBridge, ExportPhase, ListFilters, Result } from '../../../preload/api/index.ts';
import { filtersAsQuery } from '../search/queryEdit.ts';

export type ExportTarget =
  | { kind: 'selection'; ids: number[] }
  | { kind: 'tag'; tag: string; count: number }
  /** `query` carries the filters too; `terms` is what the person typed (highlighted); `name` a saved search's. */
  | { kind: 'search'; query: string; terms: string; count: number; name?: string }
  | { kind: 'clipping'; id: number; title: string };

export type ExportFormat = 'pdf' | 'md-files' | 'md-single' | 'json';

/** The contract caps one export's ids (main/bridge/schemas.ts). */
const MAX_EXPORT_IDS = 5000;
const SEARCH_PAGE = 1000;

/** A search (typed, or saved) as an export target: the filters ride along in the query language. */
export function searchTarget(text: string, filters: ListFilters, count: number, name?: string): ExportTarget {
  const query = [text.trim(), filtersAsQuery(filters)].filter(Boolean).join(' ');
  return { kind: 'search', query, terms: text.trim(), count, ...(name ? { name } : {}) };
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function targetCount(target: ExportTarget): number {
  if (target.kind === 'selection') return target.ids.length;
  if (target.kind === 'clipping') return 1;
  return target.count;
}

/** The title the dialog starts with: the person types their own over it. */
export function defaultTitle(target: ExportTarget): string {
  switch (target.kind) {
    case 'selection':
      return `Dossier of ${plural(target.ids.length, 'clipping')}`;
    case 'tag':
      return `Clippings tagged “${target.tag}”`;
    case 'search':
      return target.name ?? `Search: ${target.terms.trim() || target.query.trim()}`;
    case 'clipping':
      return target.title;
  }
}

/** One line saying what will be exported. */
export function describeTarget(target: ExportTarget): string {
  switch (target.kind) {
    case 'selection':
      return `${plural(target.ids.length, 'selected clipping')}, in the order picked`;
    case 'tag':
      return `${plural(target.count, 'clipping')} tagged “${target.tag}” (with the tags below it)`;
    case 'search':
      return `${plural(target.count, 'clipping')} ${target.name ? `found by the saved search “${target.name}”` : `found by “${target.query.trim()}”`}`;
    case 'clipping':
      return `One clipping: ${target.title}`;
  }
}


/** Every clipping the target holds, in its own order (relevance for a search), for Markdown and JSON. */
export async function gatherIds(api: ClippingBridge, target: ExportTarget): Promise<Result<number[]>> {
  if (target.kind === 'selection') return { ok: true, value: target.ids.slice(0, MAX_EXPORT_IDS) };
  if (target.kind === 'clipping') return { ok: true, value: [target.id] };
  if (target.kind === 'tag') {
    const r = await api.listIds({ tags: [target.tag] });
    return r.ok ? { ok: true, value: r.value.slice(0, MAX_EXPORT_IDS) } : r;
  }
  const ids: number[] = [];
  // Every clipping found, near-duplicates too (ungrouped), a page at a time.
  for (let offset = 0; ids.length < MAX_EXPORT_IDS; offset += SEARCH_PAGE) {
    const r = await api.search({ text: target.query, offset, limit: SEARCH_PAGE, group: false });
    if (!r.ok) return r;
    ids.push(...r.value.hits.map((h) => h.id));
    if (r.value.hits.length < SEARCH_PAGE || offset + SEARCH_PAGE >= r.value.total) break;
  }
  return { ok: true, value: ids.slice(0, MAX_EXPORT_IDS) };
}

/** What the host is doing, in words, for the progress line. */
export function phaseWords(phase: ExportPhase | 'starting' | 'files', done: number, total: number): string {
  switch (phase) {
    case 'starting':
      return 'Starting…';
    case 'files':
      return 'Writing the files…';
    case 'gathering':
      return total > 0 ? `Gathering the clippings (${done} of ${total})` : 'Gathering the clippings';
    case 'layout':
      return 'Laying out the pages';
    case 'numbering':
      return total > 0 ? `Numbering the pages (${done} of ${total})` : 'Numbering the pages';
    case 'printing':
      return 'Printing the final PDF';
    case 'done':
      return 'Done';
  }
}

// Each phase's share of the bar: gathering is quick, the two prints are the long part.
const PHASE_SPAN: Record<ExportPhase, [number, number]> = {
  gathering: [0, 0.15],
  layout: [0.15, 0.55],
  numbering: [0.55, 0.7],
  printing: [0.7, 1],
  done: [1, 1],
};

/** How far along the whole export is, 0 to 1, so the bar never runs backwards between phases. */
export function overallFraction(phase: ExportPhase, done: number, total: number): number {
  const [from, to] = PHASE_SPAN[phase];
  const within = total > 0 ? Math.min(1, Math.max(0, done / total)) : 0;
  return from + (to - from) * within;
}

/** A file name from a title: plain letters, digits and dashes. */
export function fileStem(title: string): string {
  const stem = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return stem || 'clippings';
}

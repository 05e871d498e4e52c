/**
 * The contract between the renderer and whatever hosts it (Electron preload or the browser host),
 * grouped by area in this folder and joined here into one `ClippingApi`.
 *
 * Everything here is plain, structured-cloneable data: no classes, no functions in values, no
 * thrown errors. Failures come back as `{ ok: false, error }` because custom error properties do
 * not survive Electron's bridge. Main and renderer import this folder with `import type` only,
 * except for the `const` lists, which the transports are generated from.
 */
import type { ClippingsApi } from './clippings.ts';
import { CLIPPINGS_METHODS } from './clippings.ts';
import type { ExportApi, ExportProgress } from './export.ts';
import { EXPORT_METHODS } from './export.ts';
import type { IndexProgress, SearchApi } from './search.ts';
import { SEARCH_METHODS } from './search.ts';
import type { AppCommand, SettingsApi } from './settings.ts';
import { SETTINGS_METHODS } from './settings.ts';
import type { TagsApi } from './tags.ts';
import { TAGS_METHODS } from './tags.ts';

export type * from './clipping.ts';
export type * from './clippings.ts';
export type * from './export.ts';
export type * from './result.ts';
export type * from './search.ts';
export type * from './settings.ts';
export type * from './tags.ts';

/** The whole API the renderer may use. Every method resolves; none rejects on a handled failure. */
export interface ClippingApi extends ClippingsApi, SearchApi, TagsApi, ExportApi, SettingsApi {}

export type ApiMethod = keyof ClippingApi;

/** Every method, area by area: the transports are generated from this list. */
export const API_METHODS = [
  ...SETTINGS_METHODS,
  ...CLIPPINGS_METHODS,
  ...SEARCH_METHODS,
  ...TAGS_METHODS,
  ...EXPORT_METHODS,
] as const satisfies readonly ApiMethod[];

/** Events pushed from the host to the renderer. */
export interface ClippingEvents {
  indexProgress: IndexProgress;
  command: AppCommand;
  /** The archive changed outside the renderer's own calls (menu import, CLI, another window). */
  archiveChanged: { revision: number };
  /** A dossier export moved on (see DossierRequest.jobId). */
  exportProgress: ExportProgress;
  /** Someone asked to see a clipping from outside the window (the browser extension's "Open in Clipdesk"). */
  showClipping: { id: number };
}

export type EventName = keyof ClippingEvents;

export const EVENT_NAMES = ['indexProgress', 'command', 'archiveChanged', 'exportProgress', 'showClipping'] as const satisfies readonly EventName[];

/** What `window.clippings` is: the API plus a way to listen to events. */
export interface ClippingBridge extends ClippingApi {
  /** Subscribes to an event; returns the function that unsubscribes. */
  on<E extends EventName>(event: E, listener: (payload: ClippingEvents[E]) => void): () => void;
}

/** The IPC channel names, derived so neither side spells them by hand. */
export const ipcChannel = (method: ApiMethod): string => `clippings:${method}`;
export const ipcEventChannel = (event: EventName): string => `clippings-event:${event}`;

/** Fails to compile when a method of ClippingApi is missing from API_METHODS. */
type MissingMethods = Exclude<ApiMethod, (typeof API_METHODS)[number]>;
const _complete: [MissingMethods] extends [never] ? true : MissingMethods = true;

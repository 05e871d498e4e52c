/**
 * The preload: exposes `window.clippings` (a ClippingBridge) to the sandboxed renderer, generated
 * from the contract's lists. Each method is one `ipcRenderer.invoke` on its channel; `on` listens
 * only to the contract's event names. ipcRenderer itself, and the IPC event objects (whose
 * `sender` is ipcRenderer), never reach the page.
 *
 * Bundled to CommonJS (out/preload/preload.cjs): sandboxed preloads cannot be ES modules.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { API_METHODS, EVENT_NAMES, ipcChannel, ipcEventChannel } from './api/index.ts';
import type { ClippingApi, ClippingBridge, ClippingEvents, EventName } from './api/index.ts';

function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && (EVENT_NAMES as readonly string[]).includes(name);
}

const methods = Object.fromEntries(
  API_METHODS.map((method) => [method, (...args: unknown[]) => ipcRenderer.invoke(ipcChannel(method), ...args)]),
) as unknown as ClippingApi;

function on<E extends EventName>(event: E, listener: (payload: ClippingEvents[E]) => void): () => void {
  if (!isEventName(event)) throw new TypeError(`Unknown Clipdesk event ${JSON.stringify(event)}.`);
  if (typeof listener !== 'function') throw new TypeError('A Clipdesk event listener must be a function.');
  const channel = ipcEventChannel(event);
  // Only the payload is passed on: the IpcRendererEvent would hand the page ipcRenderer.
  const forward = (_event: IpcRendererEvent, payload: ClippingEvents[E]): void => listener(payload);
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
}

const bridge: ClippingBridge = { ...methods, on };

contextBridge.exposeInMainWorld('clippings', bridge);

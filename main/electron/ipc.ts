/**
 * The IPC binding, generated from the contract's lists: one `ipcMain.handle` per API method and
 * one forwarded channel per event. Calls are accepted only from the app's own frame, and every
 * argument is validated by the shared dispatcher, because the renderer is untrusted.
 */
import { ipcMain } from 'electron';
import type { BrowserWindow } from 'electron';
import { API_METHODS, EVENT_NAMES, ipcChannel, ipcEventChannel } from '../../preload/api/index.ts';
import type { ClippingEvents, EventName, Result } from '../../preload/api/index.ts';
import type { Archive } from '../archive/archive.ts';
import { createDispatcher } from '../bridge/dispatch.ts';
import { isAppUrl } from './policy.ts';

/** Sends an event to the window's page, if there still is one. */
export function sendEvent<E extends EventName>(
  window: BrowserWindow | null,
  event: E,
  payload: ClippingEvents[E],
): void {
  if (window === null || window.isDestroyed()) return;
  window.webContents.send(ipcEventChannel(event), payload);
}

const REFUSED: Result<never> = {
  ok: false,
  error: { code: 'invalid-argument', message: 'Refused a call that did not come from the Clipdesk window.' },
};

/** Binds the archive to IPC; returns the function that unbinds it (before the archive closes). */
export function bindIpc(archive: Archive, getWindow: () => BrowserWindow | null): () => void {
  const dispatch = createDispatcher(archive);
  for (const method of API_METHODS) {
    ipcMain.handle(ipcChannel(method), async (event, ...args: unknown[]) => {
      // senderFrame is null when the frame navigated away or was destroyed mid-call.
      const url = event.senderFrame?.url ?? '';
      if (!isAppUrl(url)) return REFUSED;
      return dispatch(method, args);
    });
  }
  const unsubscribers = EVENT_NAMES.map((name) =>
    archive.on(name, (payload) => sendEvent(getWindow(), name, payload)),
  );
  return () => {
    for (const method of API_METHODS) ipcMain.removeHandler(ipcChannel(method));
    for (const unsubscribe of unsubscribers) unsubscribe();
  };
}

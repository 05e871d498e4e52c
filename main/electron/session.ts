/**
 * Hardening of the session the window lives in: no permission is ever granted, nothing is
 * fetched from the network (clippings are read from the archive; links open outside), every
 * response carries the CSP, and only the renderer's own blob: exports may be downloaded.
 */
import type { Session } from 'electron';
import { CONTENT_SECURITY_POLICY, isAppBlobUrl } from './policy.ts';

const NETWORK_URLS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'];

export function hardenSession(session: Session): void {
  // Camera, notifications, clipboard-read, geolocation...: Clipdesk needs none of them.
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);

  // A hostile clipping that slipped a remote URL past sanitising still loads nothing.
  session.webRequest.onBeforeRequest({ urls: NETWORK_URLS }, (_details, callback) => callback({ cancel: true }));

  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });

  // Exported PDFs arrive as <a download href="blob:app://clipdesk/...">; Electron then shows its
  // save dialog. Anything else trying to download is refused.
  session.on('will-download', (event, item) => {
    if (!isAppBlobUrl(item.getURL())) {
      event.preventDefault();
      item.cancel();
    }
  });
}

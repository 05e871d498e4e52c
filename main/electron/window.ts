/**
 * The one Clipdesk window. Locked down per Electron's security checklist: context isolation,
 * sandbox, no Node in the page, web security on, no <webview>, no new windows, no navigation
 * away from the app, and http(s) links handed to the system browser.
 */
import { BrowserWindow, nativeTheme, shell } from 'electron';
import type { WebContents } from 'electron';
import { APP_START_URL, isAppUrl, isExternalWebUrl } from './policy.ts';

export interface MainWindowOptions {
  preloadFile: string;
  /** Development build: allows the DevTools. */
  dev: boolean;
}

const guarded = new WeakSet<WebContents>();

/**
 * Applies the navigation guards to any web contents (the window's, or one created later). Once
 * per contents: main.ts applies it to every contents created, and the window applies it itself.
 */
export function guardNavigation(contents: WebContents): void {
  if (guarded.has(contents)) return;
  guarded.add(contents);
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalWebUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  // Links meant to leave the app open in a new window (handled above); a navigation of the
  // window itself away from the app is refused outright, whoever started it.
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Clipdesk',
    // Matches the renderer's theme so the window does not flash before the first paint.
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1e1e1e' : '#ffffff',
    webPreferences: {
      preload: options.preloadFile,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      devTools: options.dev,
      spellcheck: false,
    },
  });
  guardNavigation(window.webContents);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_START_URL);
  return window;
}

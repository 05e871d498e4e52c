/**
 * The Electron entry point. It only boots: the privileged app:// scheme (which must be declared
 * before ready), the single-instance lock (two instances would contend for one archive), then
 * startApp. Everything else lives in the modules beside it.
 */
import path from 'node:path';
import { app } from 'electron';
import type { WebContents } from 'electron';
import { startApp } from './app.ts';
import type { RunningApp } from './app.ts';
import { registerAppScheme } from './protocol.ts';
import { guardNavigation } from './window.ts';

registerAppScheme();

// A profile folder of its own (tests, a second archive); must be set before anything reads it.
if (process.env.CLIPDESK_USER_DATA) app.setPath('userData', path.resolve(process.env.CLIPDESK_USER_DATA));

const dev = !app.isPackaged;

if (!app.requestSingleInstanceLock()) {
  // Another Clipdesk holds the archive; it focuses its window (see 'second-instance').
  app.quit();
} else {
  let running: RunningApp | null = null;
  app.on('second-instance', () => running?.focus());
  // Every web contents, including any the app never meant to create, gets the same guards.
  app.on('web-contents-created', (_event, contents: WebContents) => guardNavigation(contents));
  app
    .whenReady()
    .then(() => startApp(dev))
    .then((started) => {
      running = started;
    })
    .catch((error: unknown) => {
      console.error('Clipdesk failed to start:', error);
      app.exit(1);
    });
}

/**
 * Child process of boot.test.ts: boots the real main.ts against the Electron stand-in, drives
 * what Electron would (the app:// protocol, IPC calls from good and bad frames, navigation,
 * quit) and prints one JSON document of what happened. PROBE_STEP selects the run.
 */
import { once } from 'node:events';
import { app, recorded } from './electron.ts';

const APP_FRAME = { senderFrame: { url: 'app://clipdesk/index.html' } };
const FOREIGN_FRAME = { senderFrame: { url: 'https://evil.example/' } };
const GONE_FRAME = { senderFrame: null };

async function call(method: string, event: unknown, ...args: unknown[]): Promise<unknown> {
  const handler = recorded.ipcHandlers.get(`clippings:${method}`);
  if (!handler) throw new Error(`no IPC handler for ${method}`);
  return handler(event, ...args);
}

async function fetchApp(url: string): Promise<{ status: number; type: string | null; csp: string | null; body: string }> {
  const handler = recorded.protocolHandlers.get('app');
  if (!handler) throw new Error('app:// is not handled');
  const response = await handler(new Request(url));
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    csp: response.headers.get('content-security-policy'),
    body: (await response.text()).slice(0, 200),
  };
}

async function waitForWindow(): Promise<void> {
  for (let i = 0; i < 200 && recorded.windows.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
  if (recorded.windows.length === 0) throw new Error('no window was created');
}

async function quit(): Promise<boolean> {
  let prevented = false;
  const quitRequested = once(app, 'quit-requested');
  app.emit('will-quit', { preventDefault: () => (prevented = true) });
  await quitRequested;
  return prevented;
}

async function main(): Promise<void> {
  await import('../main.ts');
  await waitForWindow();
  const window = recorded.windows[0]!;
  const step = process.env.PROBE_STEP;
  const out: Record<string, unknown> = {};
  if (step === 'first') {
    out.schemes = recorded.schemes;
    out.windowUrl = window.url;
    out.webPreferences = window.options.webPreferences;
    out.channels = [...recorded.ipcHandlers.keys()].sort();
    out.index = await fetchApp('app://clipdesk/index.html');
    out.script = await fetchApp('app://clipdesk/assets/app.js');
    out.escape = await fetchApp('app://clipdesk/assets/..%2f..%2fsecret.txt');
    out.missing = await fetchApp('app://clipdesk/nope.js');
    out.list = await call('list', APP_FRAME, {});
    out.foreign = await call('list', FOREIGN_FRAME, {});
    out.gone = await call('list', GONE_FRAME, {});
    out.invalid = await call('get', APP_FRAME, 'one');
    out.search = await call('search', APP_FRAME, { text: 'Jannuzi' });
    out.tagged = await call('setTags', APP_FRAME, 1, ['dprk-russia']);
    out.deleted = await call('deleteClipping', APP_FRAME, 1);
    out.eventsSent = window.webContents.sent.map(([channel]) => channel);
    out.openExternal = window.webContents.openHandler?.({ url: 'https://www.voanews.com/' });
    out.openJavascript = window.webContents.openHandler?.({ url: 'javascript:alert(1)' });
    // A clipping's source link (the reader's target=_blank): web addresses go to the system browser, others nowhere.
    out.openSourceLink = window.webContents.openHandler?.({ url: 'http://www.tmz.com/2015/02/26/dress-stolen/' });
    out.openFileLink = window.webContents.openHandler?.({ url: 'file:///etc/passwd' });
    out.externalUrls = recorded.externalUrls;
    const navigation = { prevented: false, preventDefault: () => (navigation.prevented = true) };
    window.webContents.emit('will-navigate', navigation, 'https://evil.example/');
    out.navigationPrevented = navigation.prevented;
    const inApp = { prevented: false, preventDefault: () => (inApp.prevented = true) };
    window.webContents.emit('will-navigate', inApp, 'app://clipdesk/index.html#reader');
    out.inAppNavigationPrevented = inApp.prevented;
    const granted: boolean[] = [];
    for (const handler of recorded.permissionHandlers) handler(null, 'media', (ok: boolean) => granted.push(ok));
    out.permissionsGranted = granted;
    const menu = recorded.menu as { template: { label?: string; role?: string; submenu?: { label?: string; role?: string }[] }[] };
    out.menu = menu.template.map((m) => [m.label ?? m.role, (m.submenu ?? []).map((s) => s.label ?? s.role ?? '-')]);
    // File > Back Up Archive… while the app runs: the stand-in's save dialog answers STAND_IN_SAVE_PATH.
    const backUp = menu.template[0]!.submenu!.find((s) => s.label === 'Back Up Archive…') as { click?: () => void } | undefined;
    backUp?.click?.();
    for (let i = 0; i < 200 && recorded.messageBoxes.length === 0; i++) await new Promise((r) => setTimeout(r, 25));
    out.messageBoxes = recorded.messageBoxes;
  } else {
    out.list = await call('list', APP_FRAME, {});
  }
  out.quitDeferredForClose = await quit();
  process.stdout.write(`${JSON.stringify(out)}\n`);
  process.exit(0);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

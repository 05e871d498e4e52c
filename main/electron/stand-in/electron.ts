/**
 * A stand-in for Electron's main-process API, for boot.test.ts only: Electron's binary cannot
 * run on this machine, so the shell's real modules (main.ts and everything it wires: the real
 * archive, dispatcher, protocol handler and guards) are booted under plain Node against this
 * module, which records what the shell asked of Electron. Where Electron's binary exists, the
 * end-to-end suite (e2e/electron) runs the real thing.
 */
import { EventEmitter } from 'node:events';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

type Handler = (...args: unknown[]) => unknown;

export const recorded = {
  schemes: [] as unknown[],
  protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
  ipcHandlers: new Map<string, Handler>(),
  windows: [] as BrowserWindow[],
  menu: null as unknown,
  externalUrls: [] as string[],
  permissionHandlers: [] as Handler[],
  messageBoxes: [] as { message?: string; detail?: string }[],
};

class StandInApp extends EventEmitter {
  isPackaged = false;
  readonly paths = new Map<string, string>();
  getAppPath(): string {
    return process.env.STAND_IN_APP_PATH ?? process.cwd();
  }
  getPath(name: string): string {
    if (name === 'documents' && !this.paths.has(name)) return process.env.STAND_IN_DOCUMENTS ?? process.cwd();
    const path = this.paths.get(name);
    if (path === undefined) throw new Error(`stand-in: no path ${name}`);
    return path;
  }
  setPath(name: string, value: string): void {
    this.paths.set(name, value);
  }
  requestSingleInstanceLock(): boolean {
    return true;
  }
  whenReady(): Promise<void> {
    return Promise.resolve();
  }
  getVersion(): string {
    return '0.0.0-stand-in';
  }
  quit(): void {
    this.emit('quit-requested');
  }
  exit(code: number): void {
    // Recorded for boot.test.ts (which reads stderr), then the process ends as Electron's would.
    process.stderr.write(`STAND_IN_EXIT ${code}\n`);
    process.exit(code);
  }
}

export const app = new StandInApp();

export const protocol = {
  registerSchemesAsPrivileged(schemes: unknown[]): void {
    recorded.schemes.push(...schemes);
  },
  handle(scheme: string, handler: (request: Request) => Promise<Response>): void {
    recorded.protocolHandlers.set(scheme, handler);
  },
};

export const net = {
  async fetch(url: string): Promise<Response> {
    try {
      return new Response(await readFile(fileURLToPath(url)));
    } catch {
      return new Response('', { status: 404 });
    }
  },
};

class StandInSession extends EventEmitter {
  webRequest = { onBeforeRequest(): void {}, onHeadersReceived(): void {} };
  setPermissionRequestHandler(handler: Handler): void {
    recorded.permissionHandlers.push(handler);
  }
  setPermissionCheckHandler(): void {}
  setDevicePermissionHandler(): void {}
}

export const session = {
  defaultSession: new StandInSession(),
  fromPartition: (): StandInSession => new StandInSession(),
};

class StandInWebContents extends EventEmitter {
  openHandler: Handler | null = null;
  readonly sent: [string, unknown][] = [];
  setWindowOpenHandler(handler: Handler): void {
    this.openHandler = handler;
  }
  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload]);
  }
}

export class BrowserWindow extends EventEmitter {
  static getAllWindows(): BrowserWindow[] {
    return recorded.windows;
  }
  readonly options: Record<string, unknown>;
  readonly webContents = new StandInWebContents();
  url: string | null = null;
  constructor(options: Record<string, unknown>) {
    super();
    this.options = options;
    recorded.windows.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  loadURL(url: string): Promise<void> {
    this.url = url;
    return Promise.resolve();
  }
  isDestroyed(): boolean {
    return false;
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  focus(): void {}
}

export const ipcMain = {
  handle(channel: string, handler: Handler): void {
    recorded.ipcHandlers.set(channel, handler);
  },
  removeHandler(channel: string): void {
    recorded.ipcHandlers.delete(channel);
  },
};

export const Menu = {
  buildFromTemplate: (template: unknown): { template: unknown } => ({ template }),
  setApplicationMenu(menu: unknown): void {
    recorded.menu = menu;
  },
};

export const nativeTheme = { shouldUseDarkColors: false };

export const shell = {
  async openExternal(url: string): Promise<void> {
    recorded.externalUrls.push(url);
  },
  async openPath(): Promise<string> {
    return '';
  },
};

export const dialog = {
  /** The file STAND_IN_SAVE_PATH names, as if the person chose it; cancelled without it. */
  async showSaveDialog(...args: unknown[]): Promise<{ canceled: boolean; filePath?: string }> {
    void args;
    const filePath = process.env.STAND_IN_SAVE_PATH;
    return filePath ? { canceled: false, filePath } : { canceled: true };
  },
  async showMessageBox(...args: unknown[]): Promise<{ response: number }> {
    recorded.messageBoxes.push(args.at(-1) as { message?: string; detail?: string });
    return { response: 1 };
  },
  showErrorBox(title: string, content: string): void {
    process.stderr.write(`STAND_IN_ERROR_BOX ${JSON.stringify({ title, content })}\n`);
  },
};

/**
 * Electron's security checklist (docs: tutorial/security, "Checklist: Security recommendations"),
 * all twenty items, one test each, named by the item. Electron cannot run here, so each is
 * checked in the shell's source as a syntax tree (main/test-support/ts-source.ts), in its pure
 * policy functions, or in electron-builder.yml; boot.test.ts runs the same code against a
 * stand-in, and security.test.ts holds the finer checks these build on.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import {
  browserWindowOptions,
  guardingIf,
  methodCalls,
  nodesOf,
  parseSource,
  preventingHandlers,
  propertiesNamed,
  webPreferences,
} from '../test-support/ts-source.ts';
import { APP_START_URL, CONTENT_SECURITY_POLICY, isAppUrl, isExternalWebUrl, resolveRendererFile } from './policy.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const shell = readdirSync(here)
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
  .map((name) => parseSource(path.join(here, name)));
const preload = parseSource(path.join(root, 'preload', 'preload.ts'));
const everything = [...shell, preload];
const file = (name: string): ts.SourceFile => shell.find((s) => path.basename(s.fileName) === name)!;
const windows = shell.flatMap((s) => browserWindowOptions(s).map((o) => ({ file: s.fileName, prefs: webPreferences(o) })));
const valuesOf = (name: string): string[] => everything.flatMap((s) => propertiesNamed(s, name).map((p) => p.initializer.getText()));

describe('Electron security checklist', () => {
  it('1. Only load secure content', () => {
    // The window loads only the app's own privileged, secure scheme; the session cancels every
    // http(s) and ws(s) request, so nothing insecure (or remote at all) is ever loaded.
    expect(methodCalls(file('window.ts'), 'loadURL').map((c) => c.arguments[0]?.getText())).toEqual(['APP_START_URL']);
    expect(isAppUrl(APP_START_URL)).toBe(true);
    const block = methodCalls(file('session.ts'), 'onBeforeRequest');
    expect(block).toHaveLength(1);
    expect(block[0]!.getText()).toContain('callback({ cancel: true })');
    const urls = readFileSync(path.join(here, 'session.ts'), 'utf8').match(/const NETWORK_URLS = \[(.*)\];/)?.[1];
    expect(urls).toBe("'http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'");
  });

  it('2. Do not enable Node.js integration for remote content', () => {
    expect(windows.length).toBeGreaterThanOrEqual(2);
    for (const { file: f, prefs } of windows) expect(prefs.get('nodeIntegration'), f).toBe('false');
    for (const name of ['nodeIntegration', 'nodeIntegrationInWorker', 'nodeIntegrationInSubFrames']) expect(valuesOf(name)).not.toContain('true');
  });

  it('3. Enable Context Isolation', () => {
    for (const { file: f, prefs } of windows) expect(prefs.get('contextIsolation'), f).toBe('true');
  });

  it('4. Enable process sandboxing', () => {
    for (const { file: f, prefs } of windows) expect(prefs.get('sandbox'), f).toBe('true');
  });

  it('5. Handle session permission requests from remote content', () => {
    const session = file('session.ts');
    expect(methodCalls(session, 'setPermissionRequestHandler')[0]?.getText()).toMatch(/callback\(false\)\)$/);
    expect(methodCalls(session, 'setPermissionCheckHandler')[0]?.getText()).toMatch(/=> false\)$/);
    expect(methodCalls(session, 'setDevicePermissionHandler')[0]?.getText()).toMatch(/=> false\)$/);
    // app.ts hardens the session the window uses.
    const hardened = nodesOf(file('app.ts')).filter((n): n is ts.CallExpression => ts.isCallExpression(n) && n.expression.getText() === 'hardenSession');
    expect(hardened.map((c) => c.arguments[0]?.getText())).toEqual(['session.defaultSession']);
  });

  it('6. Do not disable webSecurity', () => {
    expect(valuesOf('webSecurity').every((v) => v === 'true')).toBe(true);
  });

  it('7. Define a Content Security Policy', () => {
    expect(methodCalls(file('session.ts'), 'onHeadersReceived')[0]?.getText()).toContain("'Content-Security-Policy': [CONTENT_SECURITY_POLICY]");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("img-src 'self' blob:");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
  });

  it('8. Do not enable allowRunningInsecureContent', () => {
    expect(valuesOf('allowRunningInsecureContent')).not.toContain('true');
    expect(windows.find((w) => w.file.endsWith('window.ts'))!.prefs.get('allowRunningInsecureContent')).toBe('false');
  });

  it('9. Do not enable experimental features', () => {
    expect(valuesOf('experimentalFeatures')).not.toContain('true');
  });

  it('10. Do not use enableBlinkFeatures', () => {
    expect(valuesOf('enableBlinkFeatures')).toEqual([]);
    expect(methodCalls(file('main.ts'), 'appendSwitch')).toHaveLength(0);
  });

  it('11. <webview>: Do not use allowpopups', () => {
    // No <webview> at all: the tag is off in every window, and the renderer never renders one.
    expect(valuesOf('webviewTag')).not.toContain('true');
    expect(windows.find((w) => w.file.endsWith('window.ts'))!.prefs.get('webviewTag')).toBe('false');
    const renderer = readdirSync(path.join(root, 'renderer', 'src'), { recursive: true, encoding: 'utf8' }).filter((f) => /\.(tsx?|html)$/.test(f));
    for (const f of renderer) expect(readFileSync(path.join(root, 'renderer', 'src', f), 'utf8'), f).not.toMatch(/<webview|allowpopups/i);
  });

  it('12. <webview>: Verify options and params', () => {
    // Every attach is refused outright (no option could be verified as safe enough).
    expect(preventingHandlers(file('window.ts'), 'will-attach-webview')).toHaveLength(1);
  });

  it('13. Disable or limit navigation', () => {
    const navigate = preventingHandlers(file('window.ts'), 'will-navigate');
    expect(navigate).toHaveLength(1);
    expect(navigate[0]!.getText()).toContain('if (!isAppUrl(url)) event.preventDefault()');
    expect(preventingHandlers(file('window.ts'), 'will-redirect')).toHaveLength(1);
    expect(isAppUrl('https://evil.example/')).toBe(false);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
  });

  it('14. Disable or limit creation of new windows', () => {
    // The main window's guard and the print window's: both deny, neither ever allows.
    const handlers = everything.flatMap((s) => methodCalls(s, 'setWindowOpenHandler'));
    expect(handlers.length).toBe(2);
    for (const handler of handlers) {
      expect(handler.getText()).toMatch(/action: 'deny' \}\)?;?/);
      expect(handler.getText()).not.toContain("'allow'");
    }
    // main.ts guards every web contents ever created, not only the main window's.
    expect(methodCalls(file('main.ts'), 'on').find((c) => c.arguments[0]?.getText() === "'web-contents-created'")?.getText()).toContain('guardNavigation(contents)');
  });

  it('15. Do not use shell.openExternal with untrusted content', () => {
    const calls = everything.flatMap((s) => methodCalls(s, 'openExternal'));
    expect(calls.length).toBeGreaterThan(0);
    for (const call of calls) expect(guardingIf(call)?.expression.getText(), call.getText()).toBe(`isExternalWebUrl(${call.arguments[0]!.getText()})`);
    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'smb://host/share', 'ms-msdt:/id', 'vbscript:x', 'data:text/html,x', 'app://clipdesk/x', 'https://', 'mailto:a@b.c']) {
      expect(isExternalWebUrl(bad), bad).toBe(false);
    }
    expect(isExternalWebUrl('https://www.voanews.com/a/1.html')).toBe(true);
  });

  it('16. Use a current version of Electron', () => {
    const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies.electron!;
    // Pinned exactly, and no older than the line DESIGN.md builds on (Electron 45, Node 24).
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(Number(version.split('.')[0])).toBeGreaterThanOrEqual(45);
  });

  it('17. Validate the sender of all IPC messages', () => {
    const ipc = file('ipc.ts');
    const handle = methodCalls(ipc, 'handle');
    expect(handle).toHaveLength(1);
    expect(handle[0]!.getText()).toMatch(/const url = event\.senderFrame\?\.url \?\? '';\s+if \(!isAppUrl\(url\)\) return REFUSED;/);
    // No fire-and-forget channels that would skip the check.
    for (const s of shell) expect(methodCalls(s, 'on').filter((c) => c.expression.getText() === 'ipcMain.on'), s.fileName).toHaveLength(0);
  });

  it('18. Avoid usage of the file:// protocol and prefer usage of custom protocols', () => {
    for (const s of shell) expect(methodCalls(s, 'loadFile'), s.fileName).toHaveLength(0);
    expect(methodCalls(file('protocol.ts'), 'registerSchemesAsPrivileged')[0]?.getText()).toContain('standard: true, secure: true');
    const rendererDir = path.join(root, 'out', 'renderer');
    expect(resolveRendererFile(rendererDir, 'app://clipdesk/../../etc/passwd')).toBe(path.join(rendererDir, 'etc', 'passwd'));
    expect(resolveRendererFile(rendererDir, 'app://clipdesk/%2e%2e%2f%2e%2e%2fsecret')).toBeNull();
    expect(resolveRendererFile(rendererDir, 'file:///etc/passwd')).toBeNull();
  });

  it('19. Check which fuses you can change', () => {
    const yml = readFileSync(path.join(root, 'electron-builder.yml'), 'utf8');
    const block = /^electronFuses:\n((?: {2}.*\n|\s*#.*\n)*)/m.exec(yml)?.[1] ?? '';
    const fuses = Object.fromEntries([...block.matchAll(/^ {2}(\w+): (true|false)$/gm)].map((m) => [m[1], m[2]]));
    expect(fuses).toEqual({
      runAsNode: 'false',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableCookieEncryption: 'true',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
      grantFileProtocolExtraPrivileges: 'false',
    });
  });

  it('20. Do not expose Electron APIs to untrusted web content', () => {
    const exposes = methodCalls(preload, 'exposeInMainWorld');
    expect(exposes.map((c) => c.arguments.map((a) => a.getText()))).toEqual([["'clippings'", 'bridge']]);
    // The bridge holds the contract's methods and `on`, nothing of Electron's.
    const bridge = nodesOf(preload).find((n): n is ts.VariableDeclaration => ts.isVariableDeclaration(n) && n.name.getText() === 'bridge');
    expect(bridge?.initializer?.getText()).toBe('{ ...methods, on }');
    const imported = nodesOf(preload).filter(ts.isImportDeclaration).filter((d) => d.moduleSpecifier.getText() === "'electron'");
    expect(imported.map((d) => d.importClause?.getText())).toEqual(['{ contextBridge, ipcRenderer }', 'type { IpcRendererEvent }']);
  });
});

/**
 * Electron cannot run here, so the shell's security settings are checked in its source: the
 * TypeScript syntax tree of every file in main/electron and of the preload, not text matching,
 * so a comment or a renamed variable cannot fake a pass. Covers the Electron security
 * checklist items that live in code (the rest are in electron-builder.yml, checked at the end).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './policy.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
}

function nodesOf(source: ts.SourceFile): ts.Node[] {
  const all: ts.Node[] = [];
  const visit = (node: ts.Node): void => {
    all.push(node);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return all;
}

const shellFiles = readdirSync(here)
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
  .map((name) => path.join(here, name));

/** `new BrowserWindow({...})` option objects in a file. */
function browserWindowOptions(source: ts.SourceFile): ts.ObjectLiteralExpression[] {
  return nodesOf(source)
    .filter((n): n is ts.NewExpression => ts.isNewExpression(n) && n.expression.getText(source) === 'BrowserWindow')
    .map((n) => n.arguments?.[0])
    .filter((arg): arg is ts.ObjectLiteralExpression => arg !== undefined && ts.isObjectLiteralExpression(arg));
}

function property(object: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined {
  for (const p of object.properties) {
    if (ts.isPropertyAssignment(p) && p.name.getText() === name) return p.initializer;
  }
  return undefined;
}

function webPreferences(options: ts.ObjectLiteralExpression): Map<string, string> {
  const prefs = property(options, 'webPreferences');
  if (prefs === undefined || !ts.isObjectLiteralExpression(prefs)) throw new Error('webPreferences is not an object literal');
  return new Map(prefs.properties.filter(ts.isPropertyAssignment).map((p) => [p.name.getText(), p.initializer.getText()]));
}

/** Calls of `<anything>.method(...)` in a file. */
function methodCalls(source: ts.SourceFile, method: string): ts.CallExpression[] {
  return nodesOf(source).filter(
    (n): n is ts.CallExpression =>
      ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === method,
  );
}

/** `.on('<event>', handler)` registrations whose handler calls event.preventDefault(). */
function preventingHandlers(source: ts.SourceFile, event: string): ts.CallExpression[] {
  return methodCalls(source, 'on').filter((call) => {
    const [name, handler] = call.arguments;
    return (
      name !== undefined && ts.isStringLiteral(name) && name.text === event &&
      handler !== undefined && methodCalls(source, 'preventDefault').some((p) => p.pos >= handler.pos && p.end <= handler.end)
    );
  });
}

describe('the window (main/electron/window.ts)', () => {
  const source = parse(path.join(here, 'window.ts'));
  const [options] = browserWindowOptions(source);

  it('isolates the page: context isolation and sandbox on, Node off, web security on', () => {
    expect(options).toBeDefined();
    const prefs = webPreferences(options!);
    expect(prefs.get('contextIsolation')).toBe('true');
    expect(prefs.get('sandbox')).toBe('true');
    expect(prefs.get('nodeIntegration')).toBe('false');
    expect(prefs.get('nodeIntegrationInWorker')).toBe('false');
    expect(prefs.get('webSecurity')).toBe('true');
    expect(prefs.get('allowRunningInsecureContent')).toBe('false');
    expect(prefs.get('webviewTag')).toBe('false');
    expect(prefs.get('experimentalFeatures')).toBe('false');
    expect(prefs.get('preload')).toBeDefined();
  });

  it('is shown on ready-to-show, not before its first paint', () => {
    expect(property(options!, 'show')?.getText()).toBe('false');
    const readyToShow = [...methodCalls(source, 'once'), ...methodCalls(source, 'on')].filter((c) => {
      const first = c.arguments[0];
      return first !== undefined && ts.isStringLiteral(first) && first.text === 'ready-to-show';
    });
    expect(readyToShow).toHaveLength(1);
  });

  it('denies new windows and opens only checked web links outside', () => {
    const handlers = methodCalls(source, 'setWindowOpenHandler');
    expect(handlers).toHaveLength(1);
    const text = handlers[0]!.getText();
    expect(text).toContain("action: 'deny'");
    expect(text).not.toContain("action: 'allow'");
    expect(text).toMatch(/if \(isExternalWebUrl\(url\)\)[^;]*shell\.openExternal\(url\)/);
  });

  it('prevents navigation away from the app and webview attachment', () => {
    const navigate = preventingHandlers(source, 'will-navigate');
    expect(navigate).toHaveLength(1);
    expect(navigate[0]!.getText()).toContain('isAppUrl(url)');
    expect(preventingHandlers(source, 'will-redirect')).toHaveLength(1);
    expect(preventingHandlers(source, 'will-attach-webview')).toHaveLength(1);
  });

  it('loads the app over app://, never a remote or file URL', () => {
    const loads = methodCalls(source, 'loadURL').map((c) => c.arguments[0]?.getText());
    expect(loads).toEqual(['APP_START_URL']);
    expect(methodCalls(source, 'loadFile')).toHaveLength(0);
  });

  it('main.ts applies the guards to every web contents created', () => {
    const main = parse(path.join(here, 'main.ts'));
    const created = methodCalls(main, 'on').find((c) => c.arguments[0]?.getText() === "'web-contents-created'");
    expect(created?.getText()).toContain('guardNavigation(contents)');
  });
});

describe('every BrowserWindow in the shell', () => {
  it('keeps context isolation, the sandbox and no Node integration (also the print window)', () => {
    let windows = 0;
    for (const file of shellFiles) {
      for (const options of browserWindowOptions(parse(file))) {
        windows++;
        const prefs = webPreferences(options);
        expect(prefs.get('contextIsolation'), file).toBe('true');
        expect(prefs.get('sandbox'), file).toBe('true');
        expect(prefs.get('nodeIntegration'), file).toBe('false');
        expect(prefs.get('webSecurity') ?? 'true', file).toBe('true');
      }
    }
    expect(windows).toBe(2);
  });

  it('the print window runs no JavaScript', () => {
    const [options] = browserWindowOptions(parse(path.join(here, 'pdf-engine.ts')));
    expect(webPreferences(options!).get('javascript')).toBe('false');
  });
});

describe('the session (main/electron/session.ts) and the protocol', () => {
  const source = parse(path.join(here, 'session.ts'));

  it('denies every permission request and check', () => {
    const request = methodCalls(source, 'setPermissionRequestHandler');
    expect(request).toHaveLength(1);
    expect(request[0]!.getText()).toMatch(/callback\(false\)/);
    expect(methodCalls(source, 'setPermissionCheckHandler')[0]?.getText()).toMatch(/=> false\)$/);
  });

  it('sends the CSP with every response: the session and the app:// protocol', () => {
    expect(methodCalls(source, 'onHeadersReceived')[0]?.getText()).toContain("'Content-Security-Policy': [CONTENT_SECURITY_POLICY]");
    const protocol = parse(path.join(here, 'protocol.ts'));
    const headers = nodesOf(protocol).filter(
      (n) => ts.isPropertyAssignment(n) && n.name.getText() === "'content-security-policy'",
    );
    expect(headers.length).toBeGreaterThanOrEqual(2);
    for (const h of headers) expect((h as ts.PropertyAssignment).initializer.getText()).toBe('CONTENT_SECURITY_POLICY');
  });

  it('the CSP allows no remote or inline code', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values];
    }));
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
  });

  it('IPC handlers refuse calls from frames that are not the app', () => {
    const ipc = parse(path.join(here, 'ipc.ts'));
    const handle = methodCalls(ipc, 'handle');
    expect(handle).toHaveLength(1);
    const body = handle[0]!.getText();
    expect(body).toContain('event.senderFrame');
    expect(body).toMatch(/if \(!isAppUrl\(url\)\) return REFUSED;/);
  });
});

describe('the preload (preload/preload.ts)', () => {
  const file = path.join(root, 'preload', 'preload.ts');
  const source = parse(file);

  it('exposes exactly one object, window.clippings', () => {
    const exposes = methodCalls(source, 'exposeInMainWorld');
    expect(exposes).toHaveLength(1);
    expect(exposes[0]!.arguments.map((a) => a.getText())).toEqual(["'clippings'", 'bridge']);
  });

  it('never hands ipcRenderer itself to the page: only invoke, on and removeListener are used', () => {
    const uses = nodesOf(source).filter((n): n is ts.Identifier => ts.isIdentifier(n) && n.text === 'ipcRenderer');
    expect(uses.length).toBeGreaterThan(0);
    for (const use of uses) {
      const parent = use.parent;
      if (ts.isImportSpecifier(parent)) continue;
      expect(ts.isPropertyAccessExpression(parent) && parent.expression === use, use.getText()).toBe(true);
      expect(['invoke', 'on', 'removeListener']).toContain((parent as ts.PropertyAccessExpression).name.text);
    }
  });

  it('passes listeners the payload only, not the IPC event (whose sender is ipcRenderer)', () => {
    const on = methodCalls(source, 'on').filter((c) => c.expression.getText() === 'ipcRenderer.on');
    expect(on).toHaveLength(1);
    const forward = nodesOf(source).find(
      (n): n is ts.VariableDeclaration => ts.isVariableDeclaration(n) && n.name.getText() === 'forward',
    );
    expect(forward?.initializer?.getText()).toMatch(/^\(_event: IpcRendererEvent, payload[^)]*\): void => listener\(payload\)$/);
  });
});

describe('electron-builder.yml fuses', () => {
  const yml = readFileSync(path.join(root, 'electron-builder.yml'), 'utf8');
  it.each([
    ['runAsNode', 'false'],
    ['enableNodeOptionsEnvironmentVariable', 'false'],
    ['enableNodeCliInspectArguments', 'false'],
    ['enableCookieEncryption', 'true'],
    ['enableEmbeddedAsarIntegrityValidation', 'true'],
    ['onlyLoadAppFromAsar', 'true'],
  ])('%s is %s', (fuse, value) => {
    expect(yml).toMatch(new RegExp(`^electronFuses:\\n(?:  .*\\n|\\s*#.*\\n)*?  ${fuse}: ${value}$`, 'm'));
  });
  it('is valid for electron-builder (its own schema, as `npm run dist` would check it)', async () => {
    // electron-builder's validator and YAML reader, from the pinned electron-builder install.
    const require = createRequire(path.join(root, 'package.json'));
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      validateConfiguration(config: unknown, logger: unknown): Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    const { load } = require('js-yaml') as { load(text: string): unknown };
    await expect(validateConfiguration(load(yml), new DebugLogger(false))).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...(load(yml) as object), fusesTypo: true }, new DebugLogger(false))).rejects.toThrow();
  });
  it('packages with asar and ships no sources', () => {
    expect(yml).toMatch(/^asar: true$/m);
    expect(yml).not.toMatch(/^\s*- (main|preload|renderer)\//m);
  });
});

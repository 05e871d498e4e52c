/**
 * Reading TypeScript sources as syntax trees, for tests that check code that cannot run here
 * (Electron's shell): a comment or a renamed variable cannot fake a pass, as text matching could.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';

export function parseSource(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
}

export function nodesOf(source: ts.SourceFile): ts.Node[] {
  const all: ts.Node[] = [];
  const visit = (node: ts.Node): void => {
    all.push(node);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return all;
}

/** Calls of `<anything>.method(...)`. */
export function methodCalls(source: ts.SourceFile, method: string): ts.CallExpression[] {
  return nodesOf(source).filter(
    (n): n is ts.CallExpression => ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === method,
  );
}

/** `new BrowserWindow({...})` option objects. */
export function browserWindowOptions(source: ts.SourceFile): ts.ObjectLiteralExpression[] {
  return nodesOf(source)
    .filter((n): n is ts.NewExpression => ts.isNewExpression(n) && n.expression.getText(source) === 'BrowserWindow')
    .map((n) => n.arguments?.[0])
    .filter((arg): arg is ts.ObjectLiteralExpression => arg !== undefined && ts.isObjectLiteralExpression(arg));
}

function property(object: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined {
  for (const p of object.properties) if (ts.isPropertyAssignment(p) && p.name.getText() === name) return p.initializer;
  return undefined;
}

/** The webPreferences of a window's options, name to source text of the value. */
export function webPreferences(options: ts.ObjectLiteralExpression): Map<string, string> {
  const prefs = property(options, 'webPreferences');
  if (prefs === undefined || !ts.isObjectLiteralExpression(prefs)) throw new Error('webPreferences is not an object literal');
  return new Map(prefs.properties.filter(ts.isPropertyAssignment).map((p) => [p.name.getText(), p.initializer.getText()]));
}

/** Every property assignment named `name`, anywhere (object literals of any kind). */
export function propertiesNamed(source: ts.SourceFile, name: string): ts.PropertyAssignment[] {
  return nodesOf(source).filter((n): n is ts.PropertyAssignment => ts.isPropertyAssignment(n) && n.name.getText() === name);
}

/** `.on('<event>', handler)` registrations whose handler calls event.preventDefault(). */
export function preventingHandlers(source: ts.SourceFile, event: string): ts.CallExpression[] {
  return methodCalls(source, 'on').filter((call) => {
    const [name, handler] = call.arguments;
    return (
      name !== undefined && ts.isStringLiteral(name) && name.text === event &&
      handler !== undefined && methodCalls(source, 'preventDefault').some((p) => p.pos >= handler.pos && p.end <= handler.end)
    );
  });
}

/** The nearest enclosing `if` whose then-branch holds the node, or null. */
export function guardingIf(node: ts.Node): ts.IfStatement | null {
  for (let up: ts.Node | undefined = node.parent; up; up = up.parent) {
    if (ts.isIfStatement(up) && node.pos >= up.thenStatement.pos && node.end <= up.thenStatement.end) return up;
  }
  return null;
}

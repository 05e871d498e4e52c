/**
 * The Electron shell's security policy as plain functions and constants: which URLs are the
 * app's own, which may open in the system browser, which renderer files may be served, and the
 * Content-Security-Policy. Kept free of `electron` imports so Vitest can test it here, where
 * Electron's binary cannot run.
 */
import path from 'node:path';

/** The privileged scheme and host the renderer is served from (see protocol.ts). */
export const APP_SCHEME = 'app';
const APP_HOST = 'clipdesk';
const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/** No remote code, no plugins, no framing; inline styles only because React sets style attributes. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  // Photos reach the page only as blob: URLs of bytes the archive hands over (getImage): never data: or the web.
  "img-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for a URL served by the app itself (app://clipdesk/...), the only place the window may be. */
export function isAppUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
}

/** Links a clipping may carry open in the system browser, and only if they are plain web links. */
export function isExternalWebUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.host !== '';
}

/** The renderer saves exported PDFs from a blob: URL it made itself; nothing else may download. */
export function isAppBlobUrl(url: string): boolean {
  return url.startsWith(`blob:${APP_ORIGIN}/`);
}

/**
 * Maps an app:// URL to a file under the renderer's build folder, or null when the URL is not
 * the app's or its path would leave that folder (`..`, encoded separators, absolute paths).
 */
export function resolveRendererFile(rendererDir: string, url: string): string | null {
  const parsed = parseUrl(url);
  if (parsed === null || parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, relative);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  return file;
}

const MEDIA_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/** Module scripts are refused without a JavaScript media type, so the protocol states it itself. */
export function mediaTypeFor(file: string): string {
  return MEDIA_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

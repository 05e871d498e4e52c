/**
 * The app:// protocol: the renderer is served from out/renderer as a standard, secure origin
 * (app://clipdesk) instead of file://, so 'self' in the CSP means only the app's own files and
 * no page can read the disk by URL. Every response carries the Content-Security-Policy.
 */
import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';
import { APP_SCHEME, CONTENT_SECURITY_POLICY, mediaTypeFor, resolveRendererFile } from './policy.ts';

/** Must run before `app` is ready: privileges cannot be granted afterwards. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

function refusal(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'content-security-policy': CONTENT_SECURITY_POLICY },
  });
}

/** Serves app://clipdesk/<path> from rendererDir, refusing anything that would leave it. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405, 'Method not allowed');
    const file = resolveRendererFile(rendererDir, request.url);
    if (file === null) return refusal(403, 'Forbidden');
    let response: Response;
    try {
      response = await net.fetch(pathToFileURL(file).toString());
    } catch {
      return refusal(404, 'Not found');
    }
    if (!response.ok) return refusal(404, 'Not found');
    return new Response(response.body, {
      status: 200,
      headers: {
        'content-type': mediaTypeFor(file),
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-store',
      },
    });
  });
}

/**
 * The browser host's per-run token. The host opens `http://127.0.0.1:PORT/#token=TOKEN`; the
 * token is moved out of the address bar at once (so it is not bookmarked, shared or left in
 * history) and kept in sessionStorage, which survives a reload of this tab and nothing more.
 */

const STORAGE_KEY = 'clipdesk-token';

export function takeTokenFromLocation(): string | null {
  const params = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  const fromHash = params.get('token');
  if (fromHash) {
    try {
      window.sessionStorage.setItem(STORAGE_KEY, fromHash);
    } catch {
      // Storage can be disabled; the token then lives only as long as this page.
    }
    params.delete('token');
    const rest = params.toString();
    const clean = window.location.pathname + window.location.search + (rest ? `#${rest}` : '');
    window.history.replaceState(window.history.state, '', clean);
    return fromHash;
  }
  try {
    return window.sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

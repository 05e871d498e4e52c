/**
 * Settings, Browser capture: whether the capture endpoint listens, a one-time code to pair a
 * browser's Clipdesk extension, and the browsers paired, each with Revoke (refused at once).
 */
import { useCallback, useEffect, useState } from 'react';
import type { CaptureStatus, ClippingBridge, PairingCode } from '../../../preload/api/index.ts';
import { formatDate } from '../reader/formatDate.ts';

export function CaptureSettings({ api }: { api: ClippingBridge }) {
  const [status, setStatus] = useState<CaptureStatus | null>(null);
  const [code, setCode] = useState<PairingCode | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback(
    () =>
      api.captureStatus().then((r) => {
        if (r.ok) setStatus(r.value);
        else setError(r.error.message);
      }),
    [api],
  );
  useEffect(() => {
    void refresh();
    // A browser that pairs while Settings is open shows up here.
    const timer = window.setInterval(() => void refresh(), 2000);
    return () => window.clearInterval(timer);
  }, [refresh]);
  // A code is shown until it expires.
  useEffect(() => {
    if (!code) return;
    const timer = window.setTimeout(() => setCode(null), new Date(code.expiresAt).getTime() - new Date().getTime());
    return () => window.clearTimeout(timer);
  }, [code]);

  const pair = async (): Promise<void> => {
    const r = await api.startPairing();
    if (r.ok) setCode(r.value);
    else setError(r.error.message);
  };
  const revoke = async (id: number): Promise<void> => {
    const r = await api.revokePairing(id);
    if (!r.ok) setError(r.error.message);
    await refresh();
  };
  if (!status) return null;
  const paired = status.pairings;
  // Spent once a browser paired after it was made (codes last ten minutes).
  const codeLive = code && !paired.some((p) => new Date(p.createdAt).getTime() >= new Date(code.expiresAt).getTime() - 10 * 60_000);
  return (
    <fieldset className="capture-settings" data-testid="capture-settings">
      <legend>Browser capture</legend>
      <p className="field-hint" data-testid="capture-state">
        {status.listening ? `The Clipdesk browser extension sends clips to this computer only (127.0.0.1, port ${status.port}).` : status.problem}
      </p>
      {status.listening && (
        <div className="capture-pair">
          <button type="button" className="button" onClick={() => void pair()} data-testid="capture-pair">
            Pair a browser…
          </button>
          {codeLive && (
            <p className="pairing-code">
              Type this code in the extension: <strong data-testid="pairing-code">{code.code}</strong>
              <span className="field-hint"> (once, within 10 minutes)</span>
            </p>
          )}
        </div>
      )}
      {paired.length > 0 && (
        <ul className="pairings" data-testid="pairings">
          {paired.map((p) => (
            <li key={p.id} data-testid="pairing">
              <span>
                {p.label}
                <span className="field-hint"> · paired {formatDate(p.createdAt)}{p.lastUsedAt ? `, last clip ${formatDate(p.lastUsedAt)}` : ''}</span>
              </span>
              <button type="button" className="button button-small" onClick={() => void revoke(p.id)} data-testid="pairing-revoke">
                Revoke
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && <p className="export-error" role="alert">{error}</p>}
    </fieldset>
  );
}

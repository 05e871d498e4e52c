/**
 * The person's settings, read from the archive once and kept here; saving sends only what changed.
 * Kept in the archive, not localStorage: the browser host's origin changes every run.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ClippingBridge, Settings } from '../../../preload/api/index.ts';

const FALLBACK_SETTINGS: Settings = { preparedBy: '', paper: 'A4', margins: 'normal', printPhotos: true, keepPhotoLocation: false };

export interface SettingsStore {
  settings: Settings;
  /** Saves the changes; resolves with the error message when the archive refused them. */
  save(changes: Partial<Settings>): Promise<string | null>;
}

export function useSettings(api: ClippingBridge): SettingsStore {
  const [settings, setSettings] = useState<Settings>(FALLBACK_SETTINGS);
  useEffect(() => {
    let current = true;
    void api.getSettings().then((r) => {
      if (current && r.ok) setSettings(r.value);
    });
    return () => {
      current = false;
    };
  }, [api]);
  const save = useCallback(
    async (changes: Partial<Settings>): Promise<string | null> => {
      setSettings((s) => ({ ...s, ...changes }));
      const r = await api.setSettings(changes);
      if (r.ok) setSettings(r.value);
      return r.ok ? null : r.error.message;
    },
    [api],
  );
  return { settings, save };
}

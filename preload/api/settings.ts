/** The contract. Settings: the app and the person's preferences. */
import type { MarginSize, PaperSize } from './export.ts';
import type { Result } from './result.ts';

/** The person's preferences, kept in the archive (they follow it, whatever hosts the renderer). */
export interface Settings {
  /** Printed on a dossier's cover as "Prepared by"; '' when not set. */
  preparedBy: string;
  /** The paper a new export starts with. */
  paper: PaperSize;
  /** The margins a new export starts with (the last used). */
  margins: MarginSize;
  /** PDFs print the clippings' photos with their captions (issue 15); off prints captions only. */
  printPhotos: boolean;
  /** Photos keep their EXIF, the place they were taken included; off (the default) drops it at import. */
  keepPhotoLocation: boolean;
}

/** Commands the desktop menu (or a shortcut the host owns) asks the renderer to carry out. */
export type AppCommand = 'import' | 'export-pdf' | 'find' | 'undo';

export interface AppInfo {
  /** Which shell hosts the renderer. */
  host: 'electron' | 'browser';
  version: string;
  archivePath: string;
}

/** A browser paired for capture (the extension in one browser profile). */
export interface CapturePairing {
  id: number;
  /** What the extension called itself when pairing ("Chromium 140 on Linux"). */
  label: string;
  /** The extension's origin (chrome-extension://… or moz-extension://…). */
  origin: string;
  createdAt: string;
  lastUsedAt: string | null;
}

/** The capture endpoint: where the browser extension sends clips, and who may. */
export interface CaptureStatus {
  /** The loopback port it listens on (or tried to). */
  port: number;
  listening: boolean;
  /** Why it is not listening ("port 47615 is in use by another program"); null when it is. */
  problem: string | null;
  pairings: CapturePairing[];
}

/** A one-time code to type into the extension; it pairs one browser, once, before it expires. */
export interface PairingCode {
  code: string;
  expiresAt: string;
  port: number;
}

export interface SettingsApi {
  appInfo(): Promise<Result<AppInfo>>;
  /** The person's preferences; defaults for any never set. */
  getSettings(): Promise<Result<Settings>>;
  /** Changes the settings given, keeps the others; resolves with them all. */
  setSettings(changes: Partial<Settings>): Promise<Result<Settings>>;
  /** The browser capture endpoint and the browsers paired with it (issue 15). */
  captureStatus(): Promise<Result<CaptureStatus>>;
  /** Makes a new one-time pairing code (the previous one stops working). */
  startPairing(): Promise<Result<PairingCode>>;
  /** Unpairs a browser: its key is refused from this moment on. */
  revokePairing(id: number): Promise<Result<{ id: number }>>;
}

/** The transports are generated from these lists (joined in index.ts): a new method is added here too. */
export const SETTINGS_METHODS = [
  'appInfo',
  'getSettings',
  'setSettings',
  'captureStatus',
  'startPairing',
  'revokePairing',
] as const satisfies readonly (keyof SettingsApi)[];

/** Fails to compile when a method of SettingsApi is missing from SETTINGS_METHODS. */
type Missing = Exclude<keyof SettingsApi, (typeof SETTINGS_METHODS)[number]>;
const _complete: [Missing] extends [never] ? true : Missing = true;

/**
 * The one way the renderer reaches the archive. Under Electron the preload script exposes
 * `window.clippings`; in a browser, the same ClippingBridge is spoken over the host's HTTP API.
 */
import type { ClippingBridge } from '../../preload/api/index.ts';
import { createHttpBridge } from './transport/http-bridge.ts';
import { takeTokenFromLocation } from './transport/token.ts';

declare global {
  interface Window {
    clippings?: ClippingBridge;
  }
}

let bridge: ClippingBridge | null = null;

export function getBridge(): ClippingBridge {
  if (bridge) return bridge;
  bridge = window.clippings ?? createHttpBridge(window.location.origin, takeTokenFromLocation());
  return bridge;
}

/** How the web tests and the screenshot script start Debian's Chromium (CLIPDESK_CHROMIUM overrides). */
export const CHROMIUM_PATH = process.env.CLIPDESK_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  // Chromium's sandbox cannot start as root (CI containers); elsewhere it stays on.
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Clipped HTML is hostile. Today the ingest keeps only text (no HTML is stored or shown), so
 * nothing needs this yet; it is here for the day a clipping's markup is kept or shown: call
 * sanitizeClippingHtml on it before it is stored, and show only what it returns. It is DOMPurify
 * (on jsdom) with an allow-list of reading markup: no script, style, forms, frames, embeds or
 * event handlers; links only to http(s); images only from the archive itself (app://clipdesk/
 * or inline data: images), never from the web.
 *
 * safeWebUrl is what the ingest should apply to a page's own URL and to image sources it records
 * (main/archive/ingest/metadata.ts, where ParsedClipping.url and images[].src are set).
 */
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';

const ALLOWED_TAGS = [
  'p', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'q', 'cite', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'em', 'strong', 'b', 'i', 'u', 's', 'small', 'sub', 'sup', 'mark', 'abbr', 'time', 'span', 'div', 'section', 'article',
  'header', 'footer', 'figure', 'figcaption', 'img', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'caption', 'hr', 'pre', 'code',
];
const ALLOWED_ATTR = ['href', 'src', 'alt', 'title', 'datetime', 'colspan', 'rowspan', 'lang', 'dir'];
/** Archive images only: the app's own protocol, or an inline raster image. */
const ARCHIVE_IMAGE = /^(?:app:\/\/clipdesk\/|data:image\/(?:png|jpeg|gif|webp);base64,)/i;

const purify = createDOMPurify(new JSDOM('').window as unknown as Parameters<typeof createDOMPurify>[0]);
purify.addHook('afterSanitizeAttributes', (node) => {
  if (node.nodeName === 'IMG') {
    const src = node.getAttribute('src') ?? '';
    if (!ARCHIVE_IMAGE.test(src)) node.removeAttribute('src');
  }
  if (node.nodeName === 'A') {
    const href = node.getAttribute('href');
    if (href !== null && safeWebUrl(href) === null && !href.startsWith('#')) node.removeAttribute('href');
    // A link leaves the app (the shells open it outside); it never carries the app's context.
    if (node.hasAttribute('href')) node.setAttribute('rel', 'noreferrer noopener');
  }
});

/** The clipping's markup with everything that could run, load or submit taken out. Never throws. */
export function sanitizeClippingHtml(html: string): string {
  return purify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: [...ALLOWED_ATTR, 'rel'],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ALLOWED_URI_REGEXP: /^(?:https?:|#|app:\/\/clipdesk\/|data:image\/(?:png|jpeg|gif|webp);base64,)/i,
    WHOLE_DOCUMENT: false,
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'frame', 'object', 'embed', 'svg', 'math', 'base', 'meta', 'link'],
  });
}

/** An http(s) URL with a host, as written; null for javascript:, data:, file: and anything else. */
export function safeWebUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url.trim());
    return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname !== '' ? parsed.href : null;
  } catch {
    return null;
  }
}

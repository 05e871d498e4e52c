/**
 * What a page lays over or beside its article and never belongs in it: cookie and consent
 * banners, paywall and subscription prompts, newsletter pop-ups (share bars and related links are
 * Readability's to drop, and it does).
 * A browser capture serialises the page as rendered, so these are there in full; saved pages have
 * them too. Found by the words pages use for them in class names, ids and roles (never by any one
 * site's markup), and removed before Readability reads the page, unless the element holds the
 * article itself (its headline, or most of the page's text).
 */
const OVERLAY_WORDS = /(?:^|[-_\s])(?:cookies?|consent|gdpr|paywall|regwall|subscribe|subscription|newsletter|modal|overlay|popup|pop-up)(?:$|[-_\s])/i;
const KEPT_TAGS = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE', 'HEADER', 'FIGURE', 'FIGCAPTION', 'IMG', 'PICTURE', 'H1']);

function describes(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('role') === 'dialog' || el.getAttribute('aria-modal') === 'true' ? 'modal' : ''}`;
}

/** Removes overlays and share/related boxes from the document; returns how many went. */
export function removePageOverlays(doc: Document): number {
  const body = doc.body;
  if (!body) return 0;
  const total = (body.textContent ?? '').length || 1;
  let removed = 0;
  for (const el of [...body.querySelectorAll('[class], [id], [role="dialog"], [aria-modal="true"]')]) {
    if (!el.isConnected || KEPT_TAGS.has(el.tagName) || !OVERLAY_WORDS.test(describes(el))) continue;
    if (el.querySelector('h1, article') || (el.textContent ?? '').length > total * 0.25) continue;
    el.remove();
    removed += 1;
  }
  return removed;
}

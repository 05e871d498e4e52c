/**
 * Runs inside the page (chrome.scripting.executeScript): the page as rendered after its scripts
 * ran, serialised, or only the selected passage; and the bytes of its images, fetched from the
 * page's own context (its cookies, its referrer), so what Clipdesk keeps is what the reader saw.
 * Self-contained: executeScript sends this function's source alone, so it may use nothing outside it.
 */
export interface PageCapture {
  url: string;
  title: string;
  html: string;
  selectionHtml: string | null;
  images: { url: string; data: string }[];
  /** Images the page could not hand over (cross-origin without CORS): the background tries them. */
  missing: string[];
}

export async function capturePage(mode: 'page' | 'selection'): Promise<PageCapture> {
  const MAX_IMAGES = 60;
  const MAX_IMAGE_BYTES = 25 * 1024 * 1024;
  const MIN_SIDE = 48;
  let selectionHtml: string | null = null;
  let scope: ParentNode = document;
  if (mode === 'selection') {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) throw new Error('Nothing is selected on this page.');
    const holder = document.createElement('div');
    for (let i = 0; i < selection.rangeCount; i++) holder.append(selection.getRangeAt(i).cloneContents());
    // Addresses made absolute, so the passage reads the same outside its page.
    for (const el of holder.querySelectorAll('img[src], a[href]')) {
      const attr = el.tagName === 'IMG' ? 'src' : 'href';
      try {
        el.setAttribute(attr, new URL(el.getAttribute(attr) ?? '', document.baseURI).href);
      } catch {
        el.removeAttribute(attr);
      }
    }
    selectionHtml = holder.innerHTML;
    scope = holder;
  }
  const wanted: string[] = [];
  for (const img of scope.querySelectorAll('img')) {
    const live = mode === 'page' ? img : null;
    if (live && live.complete && live.naturalWidth > 0 && (live.naturalWidth < MIN_SIDE || live.naturalHeight < MIN_SIDE)) continue;
    for (const candidate of [live?.currentSrc, img.getAttribute('src'), img.getAttribute('data-src')]) {
      if (!candidate || candidate.startsWith('data:')) continue;
      try {
        const url = new URL(candidate, document.baseURI).href;
        if (/^https?:/.test(url) && !wanted.includes(url)) wanted.push(url);
      } catch {
        // not an address
      }
    }
    if (wanted.length >= MAX_IMAGES) break;
  }
  const toBase64 = (buffer: ArrayBuffer): string => {
    const bytes = new Uint8Array(buffer);
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  };
  const images: PageCapture['images'] = [];
  const missing: string[] = [];
  await Promise.all(
    wanted.slice(0, MAX_IMAGES).map(async (url) => {
      try {
        const response = await fetch(url, { credentials: 'include' });
        const buffer = await response.arrayBuffer();
        if (response.ok && buffer.byteLength > 0 && buffer.byteLength <= MAX_IMAGE_BYTES) images.push({ url, data: toBase64(buffer) });
        else if (!response.ok) missing.push(url);
      } catch {
        missing.push(url);
      }
    }),
  );
  return { url: location.href, title: document.title, html: document.documentElement.outerHTML, selectionHtml, images, missing };
}

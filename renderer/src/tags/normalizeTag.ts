/**
 * Tags compare case-insensitively; spaces inside become hyphens so a tag stays one word in search;
 * a slash makes a child ("Korea / North" is "korea/north"), so empty parts are dropped.
 */
export function normalizeTag(raw: string): string {
  return raw
    .trim()
    .toLowerCase()
    .split('/')
    .map((part) => part.trim().replace(/\s+/g, '-'))
    .filter(Boolean)
    .join('/');
}

/** Longest tag kept; longer input is a slip (a pasted paragraph), not a tag. */
const MAX_TAG_LENGTH = 80;

/**
 * One tag as stored: NFC, inner whitespace collapsed, and its path tidied ("korea / north/" is
 * "korea/north": a slash separates a parent from its child, so empty parts mean nothing).
 */
export function normalizeTag(raw: string): string {
  const spaced = raw.normalize('NFC').replace(/\s+/g, ' ');
  const path = spaced
    .split('/')
    .map((part) => part.trim())
    .filter(Boolean)
    .join('/');
  return path.slice(0, MAX_TAG_LENGTH).replace(/\/+$/, '').trim();
}

/**
 * Tags as stored: trimmed, inner whitespace collapsed, no empty ones, no duplicates ignoring case
 * (the first spelling wins), at most MAX_TAG_LENGTH characters.
 */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = normalizeTag(raw);
    const key = tag.toLocaleLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

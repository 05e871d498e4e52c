/** Longest tag kept; longer input is a slip (a pasted paragraph), not a tag. */
export const MAX_TAG_LENGTH = 80;

/**
 * Tags as stored: trimmed, inner whitespace collapsed, no empty ones, no duplicates ignoring case
 * (the first spelling wins), at most MAX_TAG_LENGTH characters.
 */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.normalize('NFC').trim().replace(/\s+/g, ' ').slice(0, MAX_TAG_LENGTH).trim();
    const key = tag.toLocaleLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

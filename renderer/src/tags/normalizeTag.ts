/** Tags compare case-insensitively; spaces inside become hyphens so a tag stays one word in search. */
export function normalizeTag(raw: string): string {
  return raw.trim().toLowerCase().replace(/\s+/g, '-');
}

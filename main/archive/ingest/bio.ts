/**
 * The author box at the end of an article: a name on its own line followed by paragraphs about
 * that person ("Jee Abbey Lee is a veteran broadcast journalist ..."), or, when the byline already
 * named the author, a closing paragraph that starts with that name and a describing verb.
 */
import { looksLikePersonLine } from './authors.ts';
import type { TextLine } from './lines.ts';
import type { BodyRegion } from './text-layout.ts';

export interface FoundBio {
  /** Position (in content lines) where the bio begins, its name line included. */
  start: number;
  name: string;
  text: string;
}

const BIO_VERB = /^(?:is|was|has|had|covers|covered|writes|wrote|reports|reported|joined|serves|served|works|worked|leads|edits|spent|became|graduated|received|holds|lives)\b/;
const MAX_BIO_PARAGRAPHS = 4;

export function findAuthorBio(content: TextLine[], region: BodyRegion, bylineAuthors: string[]): FoundBio | null {
  const lastLine = Math.min(content.length - 1, region.end + 6);
  for (let i = lastLine; i > region.start; i--) {
    const line = content[i];
    if (!line) continue;
    if (looksLikePersonLine(line.text) && !line.prose) {
      const paragraphs = bioParagraphs(content, i + 1, line.text);
      if (paragraphs.length > 0) return { start: i, name: line.text, text: paragraphs.join('\n\n') };
    }
  }
  // Without an author box, a closing "<Author> covers the White House. ..." paragraph; looked for
  // in the second half of the article only, where bios sit.
  const secondHalf = region.start + Math.floor((region.end - region.start) / 2);
  for (const author of bylineAuthors) {
    for (let i = region.end; i > secondHalf; i--) {
      const line = content[i];
      if (line && startsWithName(line.text, author, true)) {
        const paragraphs = bioParagraphs(content, i, author);
        if (paragraphs.length > 0) return { start: i, name: author, text: paragraphs.join('\n\n') };
      }
    }
  }
  return null;
}

/** The prose paragraphs from `from` on, provided the first one is about `name`. */
function bioParagraphs(content: TextLine[], from: number, name: string): string[] {
  const first = content[from];
  if (!first || !first.prose || !startsWithName(first.text, name, false)) return [];
  const paragraphs: string[] = [];
  for (let i = from; i < content.length && paragraphs.length < MAX_BIO_PARAGRAPHS; i++) {
    const line = content[i];
    if (!line || !line.prose) break;
    paragraphs.push(line.text);
  }
  return paragraphs;
}

/** "Jee Abbey Lee is ...", "Lee is ..." (surname), "She ..." is not enough on its own. */
function startsWithName(text: string, name: string, needVerb: boolean): boolean {
  const surname = name.split(/\s+/).at(-1) ?? name;
  for (const form of [name, surname]) {
    if (text.startsWith(`${form} `) || text.startsWith(`${form},`)) {
      const rest = text.slice(form.length).replace(/^[\s,]+/, '');
      return !needVerb || BIO_VERB.test(rest);
    }
  }
  return false;
}

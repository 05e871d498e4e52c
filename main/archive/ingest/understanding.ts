/**
 * What a reader understands beyond the fields: which body items are subheadings, the pull quotes
 * set apart, the quotations and their speakers, the people, places and organisations named, and
 * how sure the date is. Both parsers end here, so text and HTML clippings are understood alike.
 */
import type { ParsedClipping } from '../../../preload/api/index.ts';
import { dateInText } from './dates.ts';
import { findEntities } from './entities.ts';
import { findQuotes } from './quotes.ts';

export interface Found {
  /** Copied text: a short paragraph repeating words of a longer one is a pull quote set apart. */
  repeatsArePullQuotes: boolean;
  /** Texts of body items that are subheadings (kept as text: the parsers filter the body after). */
  headingTexts: ReadonlySet<string>;
  /** Pull quotes the page marks as such: they come out of the body wherever they are. */
  pullQuotes: string[];
  /**
   * Asides repeating a sentence of the article: pull quotes too, but the article's own copy of
   * the sentence stays in the body (only a second copy goes).
   */
  echoedQuotes: string[];
  updatedAt: string | null;
}

export function understand(parsed: ParsedClipping, found: Found): ParsedClipping {
  const split = setApartPullQuotes(withoutSecondCopies(parsed.body, found.echoedQuotes), found.pullQuotes, found.repeatsArePullQuotes);
  split.pullQuotes.push(...found.echoedQuotes.filter((q) => !split.pullQuotes.includes(q)));
  const body = split.body;
  const headings = body.flatMap((paragraph, i) => (found.headingTexts.has(paragraph) ? [i] : []));
  const headingSet = new Set(headings);
  let publishedAt = parsed.publishedAt;
  let dateConfidence: ParsedClipping['dateConfidence'] = publishedAt ? 'stated' : null;
  if (!publishedAt) {
    // A date in the running text is a guess at the publication date. Captions are not read:
    // a photo is often older than the story it illustrates.
    publishedAt = body.map((p, i) => (headingSet.has(i) ? null : dateInText(p))).find((d) => d !== null) ?? null;
    if (publishedAt) dateConfidence = 'inferred';
  }
  return {
    ...parsed,
    body,
    publishedAt,
    dateConfidence,
    updatedAt: found.updatedAt,
    pullQuotes: split.pullQuotes,
    headings,
    quotes: findQuotes(body, headingSet, parsed.language),
    entities: findEntities(parsed.title, body, parsed.images.map((image) => image.caption)),
  };
}

function withoutSecondCopies(body: string[], echoed: string[]): string[] {
  if (echoed.length === 0) return body;
  const wanted = new Set(echoed.map(folded));
  const seen = new Set<string>();
  return body.filter((paragraph) => {
    const text = folded(paragraph);
    if (!wanted.has(text)) return true;
    if (seen.has(text)) return false;
    seen.add(text);
    return true;
  });
}

const MIN_PULL_WORDS = 5;
const MAX_PULL_WORDS = 45;

/** Text folded for comparison: quote marks and case do not tell a pull quote from its source. */
function folded(text: string): string {
  return text.toLowerCase().replace(/["“”„«»‘’']/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * Pull quotes: those the page marked (HTML) come out of the body wherever Readability left them;
 * in a copied text, a short paragraph repeating words of a longer paragraph is one set apart.
 */
function setApartPullQuotes(body: string[], marked: string[], repeatsArePullQuotes: boolean): { body: string[]; pullQuotes: string[] } {
  const pullQuotes = marked.map((q) => q.replace(/\s+/g, ' ').trim()).filter((q) => q.split(' ').length >= MIN_PULL_WORDS - 2);
  const markedFolded = new Set(pullQuotes.map(folded));
  const foldedBody = body.map(folded);
  const kept: string[] = [];
  body.forEach((paragraph, i) => {
    const text = foldedBody[i]!;
    // A marked pull quote goes when it repeats the article's text; when it is the only copy of
    // its words, it stays where it stands (the reader sets it apart in place).
    if (markedFolded.has(text) && foldedBody.some((other, j) => j !== i && other.includes(text) && (other !== text || j < i))) return;
    const words = text.split(' ').length;
    // A sentence (not a list item), found in exactly one longer paragraph that is not its
    // neighbour: text repeated in many places is boilerplate, not a quote set apart.
    // Set in quotation marks, or repeating what was already read (a copy puts the pull quote
    // where the page showed it, after the passage it lifts).
    const quoted = /^["“].*["”]$/.test(paragraph);
    const sources = foldedBody.filter((other, j) => (quoted ? Math.abs(j - i) > 1 : j < i - 1) && other.length > text.length + 20 && other.includes(text));
    const repeats = repeatsArePullQuotes && words >= MIN_PULL_WORDS && words <= MAX_PULL_WORDS && text.length >= 30
      && /^["“]?\p{Lu}/u.test(paragraph) && /[.!?…]["”]?$/.test(paragraph) && sources.length === 1
      && foldedBody.filter((other) => other.includes(text)).length === 2;
    if (repeats) {
      if (!markedFolded.has(text)) pullQuotes.push(paragraph.replace(/^["“]|["”]$/g, ''));
      markedFolded.add(text);
      return;
    }
    kept.push(paragraph);
  });
  return { body: kept, pullQuotes };
}

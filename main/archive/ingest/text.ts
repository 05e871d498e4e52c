/**
 * Copied text (a browser's "select all, copy" of a page, or a plain newsletter) to a clipping.
 * The article is found from the shape of the text (text-layout.ts); around it we read the
 * headline, dek, byline and date above, captions (a caption printed twice is kept once), and the
 * author box below. Never throws: odd input gives an emptier clipping, not an exception.
 */
import type { ClippingImage, ParsedClipping } from '../../../preload/api/index.ts';
import { isLikelyPersonName, normaliseNameCase, splitByline } from './authors.ts';
import { findAuthorBio } from './bio.ts';
import { withoutBodyChrome } from './body-chrome.ts';
import { dateInText } from './dates.ts';
import { detectLanguage } from './language.ts';
import { isBylineLine, isCodeLine, isCreditLine, isDateLine, isMinorLine, splitCredit, toLines, type TextLine } from './lines.ts';
import { roleCreditNames, splitInlineByline } from './credit-lines.ts';
import { findPublication } from './publication.ts';
import { findBodyRegion, findTitle, type BodyRegion } from './text-layout.ts';
import { understand } from './understanding.ts';

export function parseTextClipping(text: string): ParsedClipping {
  const all = toLines(typeof text === 'string' ? text : '');
  const content = all.filter((line) => !line.chrome);
  const region = endAtComments(content, findBodyRegion(content) ?? { start: content.length, end: content.length - 1 });
  const chosen = findTitle(content, region.start);
  const titleIndex = chosen?.index ?? null;
  const chosenTitle = titleIndex === null ? fallbackTitle(content, region.start) : (content[titleIndex]?.text ?? '');
  // "Headline by Jane Doe February 1, 2016": the byline and date printed on the headline's line.
  const inline = splitInlineByline(chosenTitle);
  const title = inline?.headline ?? chosenTitle;
  // The headline and the lines repeating its pieces (kicker, display headline) are neither body nor byline.
  const used = new Set<number>(chosen ? [chosen.index, ...chosen.pieces] : []);

  const headerStart = titleIndex === null ? region.start : titleIndex + 1;
  const header = readHeader(content, headerStart, region.start, used);
  const images = collectCaptions(content, headerStart, region.end, used);
  const bio = findAuthorBio(content, region, header.authors);
  const bodyEnd = bio ? bio.start - 1 : region.end;
  const headingTexts = new Set<string>();
  const body = withoutBodyChrome(collectBody(content, region.start, bodyEnd, used, headingTexts));
  // A few lines of running text with no page around them (paragraphs copied from the middle of an
  // article): all of it is the text, named by its first words below.
  if (body.length <= 1 && content.length >= 2 && content.length <= 8 && content.every((line) => line.words >= 6)) {
    return parseBareParagraphs(content.map((line) => line.text));
  }
  // A clipping of one long paragraph: it is the text, not only a headline.
  if (body.length === 0 && titleIndex !== null && (content[titleIndex]?.words ?? 0) >= 12) body.push(title);
  // Paragraphs copied without their headline: the clipping is named by its first words.
  const shownTitle = title !== '' ? title : titleFromFirstWords(body[0] ?? '');
  const url = findUrl(all);
  const authors = header.authors.length > 0 ? header.authors : inline?.authors ?? (bio ? [bio.name] : []);

  return understand({
    title: shownTitle,
    subtitle: header.subtitle,
    authors,
    source: findPublication(all.filter((l) => l.text !== '').map((l) => l.text), bio?.text ?? null, header.bylines, url),
    url,
    publishedAt: header.publishedAt ?? inline?.publishedAt ?? null,
    language: detectLanguage(body.join('\n')),
    images,
    body,
    authorBio: bio ? { name: bio.name, text: bio.text } : null,
  }, { repeatsArePullQuotes: true, headingTexts, pullQuotes: [], echoedQuotes: [], updatedAt: header.updatedAt });
}

function parseBareParagraphs(body: string[]): ParsedClipping {
  return understand({
    title: titleFromFirstWords(body[0] ?? ''), subtitle: null, authors: [], source: null, url: null, publishedAt: null,
    language: detectLanguage(body.join('\n')), images: [], body, authorBio: null,
  }, { repeatsArePullQuotes: false, headingTexts: new Set(), pullQuotes: [], echoedQuotes: [], updatedAt: null });
}

/** "Updated: Nov. 21, 2014", "Last modified 21.11.2014": the date after the word is the update. */
const UPDATED = /(?:last\s+)?(?:updated|modified|aktualisiert|mis à jour|actualizado|atualizado)\s*(?:on|at|:)?\s*(.*)$/i;

function updatedDate(text: string): string | null {
  const match = UPDATED.exec(text);
  return match ? dateInText(match[1] ?? '') : null;
}

/** A dek is a sentence or two under the headline; anything longer is the first paragraph. */
const MAX_DEK_WORDS = 45;

/** Readers' comments follow the article: a comments heading after a few paragraphs ends the body. */
function endAtComments(content: TextLine[], region: BodyRegion): BodyRegion {
  let paragraphs = 0;
  for (let i = region.start; i <= region.end; i++) {
    const line = content[i];
    if (line?.afterCommentsHeading && paragraphs >= 3) return { start: region.start, end: i - 1 };
    if (line?.prose) paragraphs++;
  }
  return region;
}

interface Header {
  subtitle: string | null;
  authors: string[];
  publishedAt: string | null;
  updatedAt: string | null;
  /** The byline lines as printed, for the agency they may credit. */
  bylines: string[];
}

/**
 * The lines between the headline and the article proper, plus the first few of the article
 * (a byline often sits inside the first block): byline, bare author name, date, and a dek.
 */
function readHeader(content: TextLine[], from: number, bodyStart: number, used: Set<number>): Header {
  const header: Header = { subtitle: null, authors: [], publishedAt: null, updatedAt: null, bylines: [] };
  const end = Math.min(content.length, Math.max(bodyStart, from) + 3, from + 14);
  let personLine: number | null = null;
  for (let i = from; i < end; i++) {
    const line = content[i];
    if (!line || used.has(i)) continue;
    if (isBylineLine(line.text)) {
      header.bylines.push(line.text);
      if (header.authors.length === 0) header.authors = splitByline(line.text);
      header.publishedAt ??= dateInText(line.text);
      used.add(i);
    } else if (header.authors.length === 0 && roleCreditNames(line.text)) {
      // "Jon Henley Europe correspondent", "Tom Davies Associated Press": a byline without "By".
      header.bylines.push(line.text);
      header.authors = roleCreditNames(line.text) ?? [];
      header.publishedAt ??= dateInText(line.text);
      used.add(i);
    } else if (isDateLine(line.text) && !/[.!?]$/.test(line.text)) {
      header.updatedAt ??= updatedDate(line.text);
      // A line that only says when the piece was updated does not say when it was published.
      if (!/^\s*(?:last\s+)?(?:updated|modified)\b/i.test(line.text)) header.publishedAt ??= dateInText(line.text);
      used.add(i);
    } else if (personLine === null && i < bodyStart && i - from <= 4 && isAuthorNameLine(content, i)) {
      personLine = i;
    } else if (header.subtitle === null && i === from && line.words >= 5 && line.words <= MAX_DEK_WORDS && !isRepeated(content, i)) {
      const next = content[i + 1];
      // A standfirst often ends without a full stop; a credit line right under it says it is one.
      const credited = !!next && (isBylineLine(next.text) || roleCreditNames(next.text) !== null);
      if ((line.prose || (line.words >= 8 && credited)) && next && (!next.prose || credited)) {
        header.subtitle = line.text;
        used.add(i);
      }
    }
  }
  // A bare name is the author only when no "By ..." line said otherwise.
  if (header.authors.length === 0 && personLine !== null) {
    header.authors = [normaliseNameCase(content[personLine]?.text ?? '')];
    used.add(personLine);
  }
  if (header.authors.length === 0) findAuthorsAround(content, from, bodyStart, used, header);
  return header;
}

/**
 * Some pages put the author above the headline (a name and "11 min read"), or the headline was
 * not where we looked: search the stretch before the article for a byline, then for a name set
 * next to a date or reading time.
 */
function findAuthorsAround(content: TextLine[], from: number, bodyStart: number, used: Set<number>, header: Header): void {
  const start = Math.max(0, Math.min(from, bodyStart) - 8);
  const end = Math.min(content.length, bodyStart + 3);
  for (let i = start; i < end; i++) {
    const line = content[i];
    if (line && !used.has(i) && isBylineLine(line.text)) {
      const names = splitByline(line.text);
      if (names.length === 0) continue;
      header.bylines.push(line.text);
      header.authors = names;
      header.publishedAt ??= dateInText(line.text);
      used.add(i);
      return;
    }
  }
  for (let i = start; i < end; i++) {
    if (!used.has(i) && isAuthorNameLine(content, i)) {
      header.authors = [normaliseNameCase(content[i]?.text ?? '')];
      used.add(i);
      return;
    }
  }
}

/**
 * A name alone on a line is an author credit when placed like one: next to the date line, or
 * repeated a line or two later (name link and profile link); "Resize Text" is neither.
 */
function isAuthorNameLine(content: TextLine[], i: number): boolean {
  const line = content[i];
  if (!line || !isLikelyPersonName(line.text)) return false;
  const near = [content[i - 1], content[i + 1], content[i + 2], content[i + 3]].filter((l): l is TextLine => !!l);
  const repeated = [content[i + 1], content[i + 2], content[i + 3], content[i + 4]].some((l) => l?.text === line.text);
  // A writer's handle under the name ("@NATASHATURAK") credits them as surely as a date.
  const handle = /^@\w{2,}$/.test(content[i + 1]?.text ?? '');
  return near.some((l) => isDateLine(l.text)) || repeated || handle;
}

function isRepeated(content: TextLine[], i: number): boolean {
  const line = content[i];
  return !!line && (content[i + 1]?.text === line.text || content[i - 1]?.text === line.text);
}

/**
 * Captions: a line printed twice in a row (alt text and caption), or a sentence carrying a photo
 * credit, each kept once; a credit on its own line right after a caption belongs to it.
 */
/** Captions are a sentence or two; a longer repeated block is text repeated, not a caption. */
const MAX_CAPTION_WORDS = 55;

function collectCaptions(content: TextLine[], from: number, to: number, used: Set<number>): ClippingImage[] {
  const images: ClippingImage[] = [];
  const seen = new Set<string>();
  for (let i = from; i <= to && i < content.length; i++) {
    const line = content[i];
    if (!line || used.has(i)) continue;
    const repeated = content[i + 1]?.text === line.text && line.words >= 4 && line.words <= MAX_CAPTION_WORDS;
    const split = splitCredit(line.text);
    const credited = split.credit !== null && line.words >= 4 && line.words <= MAX_CAPTION_WORDS;
    // "The Apple Vision Pro." over "Image: Vjeran Pavic / The Verge": a caption with its credit line.
    const next = content[i + 1];
    const overCredit = !!next && isCreditLine(next.text) && line.words >= 2 && line.words <= MAX_CAPTION_WORDS && !isCreditLine(line.text);
    if (!repeated && !credited && !overCredit) continue;
    used.add(i);
    if (repeated) used.add(i + 1);
    const after = content[repeated ? i + 2 : i + 1];
    let credit = split.credit;
    if (!credit && after && isCreditLine(after.text)) {
      credit = splitCredit(after.text).credit ?? after.text.replace(/^\(|\)$/g, '');
      used.add(content.indexOf(after));
    }
    if (seen.has(split.caption)) continue;
    seen.add(split.caption);
    images.push({ caption: split.caption, credit, src: null });
  }
  return images;
}

/** Body paragraphs: the prose of the region, and short lines that read as subheadings. */
function collectBody(content: TextLine[], from: number, to: number, used: Set<number>, headingTexts: Set<string>): string[] {
  const body: string[] = [];
  let code: string[] = [];
  const flushCode = (): void => {
    if (code.length > 0) body.push(code.join('\n'));
    code = [];
  };
  for (let i = from; i <= to && i < content.length; i++) {
    const line = content[i];
    if (!line || used.has(i)) continue;
    if (isCodeLine(line.text) && !line.prose) {
      code.push(line.text); // a code listing stays one block
      continue;
    }
    flushCode();
    if (line.prose || isMinorLine(line)) body.push(line.text);
    else if (isSubheading(content, i, from, to)) {
      body.push(line.text);
      headingTexts.add(line.text);
    }
  }
  flushCode();
  return body;
}

/** A short line between two prose lines, not a byline, date or credit: a section heading. */
function isSubheading(content: TextLine[], i: number, from: number, to: number): boolean {
  const line = content[i];
  const before = content[i - 1];
  const after = content[i + 1];
  if (!line || !before || !after || i <= from || i >= to) return false;
  if (line.words < 2 || line.words > 16 || isBylineLine(line.text) || isDateLine(line.text) || isCreditLine(line.text)) return false;
  return before.prose && after.prose;
}

/** Words a title made from the text keeps: enough to recognise it in a list. */
const FIRST_WORDS = 10;

/** "The water authority said on Tuesday that reservoirs…": the first sentence, cut to its first words. */
function titleFromFirstWords(paragraph: string): string {
  const sentence = (/^.*?[.!?…](?=\s|$)/.exec(paragraph)?.[0] ?? paragraph).trim();
  const words = sentence.split(/\s+/).filter(Boolean);
  if (words.length <= FIRST_WORDS + 2) return sentence.replace(/[.!?…]$/, '');
  return `${words.slice(0, FIRST_WORDS).join(' ').replace(/[,;:]$/, '')}…`;
}

function fallbackTitle(content: TextLine[], bodyStart: number): string {
  const first = content.find((line, i) => i < bodyStart || !line.prose);
  return first && first.words <= 30 ? first.text : '';
}

/** A page address printed alone on a line near the top (copies of some pages carry one). */
function findUrl(all: TextLine[]): string | null {
  for (const line of all.slice(0, 60)) {
    const match = /^https?:\/\/[^\s]+$/i.exec(line.text);
    if (match) return match[0];
  }
  return null;
}


/**
 * A copied page as a list of lines with what we can tell about each: whether it is chrome, prose,
 * a byline, a date, a caption. The text parser works on these instead of on raw strings.
 */
import { cleanLine, isChromeLine } from './chrome.ts';
import { dateInText } from './dates.ts';

export interface TextLine {
  /** Position among all lines of the copy (blank lines included). */
  index: number;
  text: string;
  words: number;
  chrome: boolean;
  prose: boolean;
  /** Non-empty chrome lines between this line and the previous non-chrome line. */
  chromeBefore: number;
  /** A comments heading ("Comments", "Show Comments", "12 comments") came right before this line. */
  afterCommentsHeading: boolean;
}

const COMMENTS_HEADING = /^\[?\s*(?:\d+\s+comments?|(?:show |view |read |read all |reader |leave a |post a |add a |top rated |most popular |most liked )?comments|(?:join the )discussion|kommentare(?: lesen)?|commentaires|comentários|comentarios|commenti|reacties)(?:\s*\(\d+[^)]*\))?\s*\]?$/i;

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;

export function countWords(text: string): number {
  const spaced = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const cjk = (text.match(CJK) ?? []).length;
  return Math.max(spaced, Math.round(cjk / 2));
}

/** Running text: a full sentence, or a line too long to be a menu item or a headline. */
function isProse(text: string, words = countWords(text)): boolean {
  if (words >= 20) return true;
  return words >= 8 && /[.!?…:;"”’»)\]。！？」]$/.test(text);
}

export function toLines(text: string): TextLine[] {
  const lines = unwrap(text.split(/\r\n|\r|\n|\u2028|\u2029/).map(cleanLine)).map((line, index) => {
    const words = countWords(line);
    const chrome = line === '' || isChromeLine(line) || COMMENTS_HEADING.test(line);
    return { index, text: line, words, chrome, prose: !chrome && isProse(line, words), chromeBefore: 0, afterCommentsHeading: false };
  });
  markSlideshows(lines);
  let chromeRun = 0;
  let commentsHeading = false;
  lines.forEach((line, i) => {
    if (!line.chrome) {
      line.chromeBefore = chromeRun;
      line.afterCommentsHeading = commentsHeading;
      chromeRun = 0;
      commentsHeading = false;
    } else if (line.text !== '') {
      chromeRun++;
      if (COMMENTS_HEADING.test(line.text) && !inShareBar(lines, i)) commentsHeading = true;
    }
  });
  return lines;
}

const SHARE_BUTTON = /^(?:facebook|twitter|x|email|e-mail|print|share|linkedin|whatsapp|reddit|pinterest|flipboard|copy link|save)$/i;

/** "Facebook / Twitter / Comments / Print / Email": a comments button among share buttons is not the comments. */
function inShareBar(lines: TextLine[], i: number): boolean {
  const near = (step: number): string | undefined => {
    for (let j = i + step; j >= 0 && j < lines.length; j += step) if (lines[j]!.text !== '') return lines[j]!.text;
    return undefined;
  };
  return [near(-1), near(1)].some((text) => text !== undefined && SHARE_BUTTON.test(text.trim()));
}

/** Below this many characters a line is not a wrapped piece of a paragraph. */
const MIN_WRAPPED_LINE = 40;

/**
 * Hard-wrapped paragraphs (plain-text newsletters, <pre>-ish pages) come as one paragraph over
 * several lines. A line that does not end a sentence, followed directly by one that starts in
 * lower case, continues it; so does a line in a block whose continuations mostly do.
 */
function unwrap(lines: string[]): string[] {
  const out: string[] = [];
  let block: string[] = [];
  const flush = (): void => {
    const continuations = block.slice(1).filter((line) => /^[\p{Ll}(“"'‘]/u.test(line)).length;
    const wrappedBlock = block.length >= 3 && continuations * 2 >= block.length - 1
      && block.slice(0, -1).every((line) => line.length >= MIN_WRAPPED_LINE);
    if (wrappedBlock) {
      out.push(block.join(' '));
    } else {
      for (const line of block) {
        const previous = out.length > 0 ? out[out.length - 1] : undefined;
        if (previous && previous !== '' && previous.length >= MIN_WRAPPED_LINE && !/[.!?:;"”]$/.test(previous) && /^\p{Ll}/u.test(line)) {
          out[out.length - 1] = `${previous} ${line}`;
        } else {
          out.push(line);
        }
      }
    }
    block = [];
  };
  for (const line of lines) {
    if (line === '') {
      flush();
      out.push('');
    } else {
      block.push(line);
    }
  }
  flush();
  return out;
}

const SLIDE_COUNTER = /^\d{1,3}\s*(?:\/|of)\s*\d{1,3}\b/i;
const MAX_SLIDE_LINES = 4;

/**
 * An embedded slideshow ("1/50 United goin down", its caption, its credit, "2/50 ...") copies as a
 * run of counters each followed by a caption: all of it is page furniture, not the article.
 */
function markSlideshows(lines: TextLine[]): void {
  const counters = lines.filter((line) => SLIDE_COUNTER.test(line.text) && line.words <= 16);
  if (counters.length < 3) return;
  for (const counter of counters) {
    counter.chrome = true;
    counter.prose = false;
    let taken = 0;
    for (let i = counter.index + 1; i < lines.length && taken < MAX_SLIDE_LINES; i++) {
      const line = lines[i];
      if (!line || SLIDE_COUNTER.test(line.text)) break;
      if (line.text === '') continue;
      line.chrome = true;
      line.prose = false;
      taken++;
      // The caption is one paragraph; a credit line may follow it, the article does not.
      if (taken >= 2 || (line.words > 3 && !/^\S+(?:\s+\S+){0,3}$/.test(lines[i + 2]?.text ?? ''))) break;
    }
  }
}

/**
 * Lines that neither make nor break an article: a short sentence (a list item, a one-line
 * paragraph) or a line of code in a technical post. They neither add weight nor open a gap.
 */
export function isMinorLine(line: TextLine): boolean {
  if (line.prose || line.chrome) return false;
  if (line.words >= 3 && /[.!?…。]["”’)]?$/.test(line.text)) return true;
  return isCodeLine(line.text);
}

export function isCodeLine(text: string): boolean {
  return /[{};]\s*$|^[})\]]/.test(text) || /^(?:\/\/|\/\*|\*\s|#\s|\$ |<\/?[a-z][\w-]*[\s>]|(?:var|let|const|function|import|export|return|def|class|if|for|while)\b[\s(])/.test(text);
}

const BYLINE = /^[^\p{L}\d]{0,3}(?:(?:written|posted|published|reported)\s+)?(?:by|par|por|von|door|di|av|af)\s+\p{Lu}/iu;
/** "on March 10, 2015 by Nikhil Marathe", "Posted June 3 by Ann Lee": a dated line ending in a byline. */
const DATED_BYLINE = /^(?:(?:posted|published|written)\s+)?(?:on\s+)?.{3,40}?\s+by\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u;

/** "By JANE DOE", "Par Sébastien Farcis", "by Steven Musil January 18, 2017 11:00 PM PST". */
export function isBylineLine(text: string): boolean {
  if (DATED_BYLINE.test(text) && dateInText(text) && countWords(text) <= 14) return true;
  if (BYLINE.test(text) && /^\S+\s+[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3},\s+(?:a|an|the|who)\s/u.test(text)) return true;
  return BYLINE.test(text) && countWords(text) <= 16 && !/[.!?]$/.test(text.replace(/\b(?:[A-Z]|Jr|Sr|Dr|St|Mr|Mrs|Ms)\.$/, ''));
}

/** A short line that is (mostly) a date or time: "JAN. 13, 2017", "1:39 PM ET", "08.04.2015 12:46". */
export function isDateLine(text: string): boolean {
  if (countWords(text) > 14) return false;
  if (dateInText(text)) return true;
  return /^(?:updated|published|posted|last updated)?[:\s]*\d{1,2}[:.h]\d{2}\s*(?:am|pm)?\s*(?:[A-Z]{2,4})?$/i.test(text)
    || /^\d{1,2}\/\d{1,2}\/\d{2,4}(?:\s+\d{1,2}:\d{2}\s*(?:am|pm)?)*(?:\s+\d{1,2}\/\d{1,2}\/\d{2,4}\s+\d{1,2}:\d{2}\s*(?:am|pm)?)*$/i.test(text)
    || /^\d+\s+(?:minutes?|hours?|days?|weeks?)\s+ago$/i.test(text)
    || /^\d+\s*(?:min|minutes?)\.?\s+(?:read|de lecture|lesezeit|de leitura|de lectura)$/i.test(text); // "5 min read"
}

/** "... at dawn. Benoit Tessier/Reuters", "... - Heinrich Aikawa/Instituto Lula": a name, a slash, an agency. */
const NAME_SLASH_AGENCY = /(?:\s+[-–—|]\s*|\s+)(\p{Lu}[\p{L}'’.-]+\s+\p{Lu}[\p{L}'’.-]+\s*\/\s*\p{Lu}[\p{L}&.'’-]*(?:[\s-]+\p{Lu}[\p{L}&.'’-]*){0,3}(?:\s+[-–—]\s+\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,2})?)$/u;
const CREDIT_TAIL = /\s*(?:\((?:(?:AP|AFP|Reuters|Getty|EPA)[^)]*|(?:Photo|Foto|Bild|Image|Picture|Credit|Crédit|Source)[^)]*)\)|(?:Photo|Photograph|Image|Picture|Foto|Bild)(?:\s+by|\s*:)\s+[^.]{2,80}|(?:Credit|Crédit|Credits)\s*:?\s+[^.]{2,120})\s*\.?$/;

/** Splits a trailing photo credit off a caption: "(AP Photo/Jane Doe)", "Credit X/Agency", "Photo: X". */
export function splitCredit(caption: string): { caption: string; credit: string | null } {
  const agency = NAME_SLASH_AGENCY.exec(caption);
  if (agency?.[1] && agency.index > 0 && !CREDIT_TAIL.test(caption)) {
    return { caption: caption.slice(0, agency.index).replace(/\s*[-–—|]\s*$/, '').trim(), credit: agency[1].trim() };
  }
  const match = CREDIT_TAIL.exec(caption);
  if (!match || match.index === undefined) return { caption: caption.trim(), credit: null };
  const credit = match[0]
    .trim()
    .replace(/^\(|\)\.?$/g, '')
    .replace(/^(?:Credit|Crédit|Credits)\s*:?\s+/i, '')
    .replace(/^(?:Photo|Photograph|Image|Picture|Foto|Bild)\s*(?:by|:)\s+/i, '')
    .trim();
  return { caption: caption.slice(0, match.index).trim(), credit: credit === '' ? null : credit };
}

/** A line that is only a credit ("Photo by James Martin/CNET", "(Bild: Hersteller)"). */
export function isCreditLine(text: string): boolean {
  if (countWords(text) > 14) return false;
  return /^\(?\s*(?:photo|photograph|image|picture|foto|bild|credit|crédit|source)\s*(?:by|:)\s*\S.*$/i.test(text)
    || /^\((?:AP|AFP|Reuters|Getty|EPA)\b[^)]*\)$/.test(text);
}

/**
 * Page furniture that survives into an article's body, whether Readability kept it from a saved
 * page or the text parser from a copy: a date or byline line, a photo caption or credit, a
 * "Read more: ..." or "Continue reading" line, a teaser that is only a link, a promotion shouted in
 * capitals, a call to subscribe, a copyright line, and the list of links under "More:" or "You may
 * also like:". These are the ways news pages are built in general, not any one site's markup.
 */
import { isChromeLine } from './chrome.ts';
import { countWords, isBylineLine, isCreditLine, isDateLine, splitCredit } from './lines.ts';

/** "Read more: ...", "SEE MORE: ...", "Related: ...": a pointer to another story. */
const POINTER = /^(?:read|see|watch|listen|view)\s+(?:more|also|next)\b|^(?:related(?:\s+(?:post|story|article|content|coverage|news|video|reading))?s?|also|more|see also|don'?t miss|must read|trending|recommended|top stories|popular|editor'?s picks?|latest|up next|you might also like|you may also like|more from [^:]{1,40}|more on [^:]{1,40}|further reading|also read|also see|leia também|lire aussi|lea también|mehr zum thema|leggi anche)\s*[:»›|-]/i;
/** A heading that opens a list of other stories. */
const LIST_HEADING = /^(?:more|related|related (?:stories|articles|posts|content|coverage|news)|you (?:may|might) also like|recommended(?: for you)?|more stories|more from [^.]{1,40}|more on [^.]{1,40}|read more|read next|see also|also on [^.]{1,40}|further reading|popular|most read|trending|top stories|latest|don'?t miss|holiday gift guides?)\s*:?$/i;
/** Asking the reader to do something other than read: subscribe, sign up, follow, get the app, comment. */
const CALL_TO_ACTION = /\b(?:click here|tap here|sign up|subscribe(?: now| today| to)?|newsletter|follow (?:us|\w+ on)|download (?:the|our) app|get the [\w\s]{1,30} app|on the go by clicking|by clicking here|join the conversation|(?:breaking )?news alerts|delivered (?:daily|weekday|every|each)|leave a comment|post comment|tell us what you think|share this|share your thoughts|delivered (?:to your inbox|through your letterbox)|in your inbox|get access to)\b/i;
/** A credit line: "Image copyright Getty Images", "Image caption ...", "Natalie Naccache | Bloomberg | Getty Images". */
const CREDIT_LINE = /^(?:image|photo|picture|video)\s+(?:copyright|caption|source|credit)\b|\((?:image|photo|picture|credit|source)\s*:[^)]*\)\.?$|\b(?:getty images|shutterstock|istock(?:photo)?|afp via getty images|associated press|ap photo|reuters\/[\p{L} ]+)\s*\)?\.?$/iu;
/** "Tempo de leitura: 1 minuto", "5 min read", "Reading time: 3 minutes". */
const READING_TIME = /^(?:reading time|read time|temps de lecture|tempo de leitura|tiempo de lectura|lesezeit|tempo di lettura)\b|^\d+\s*(?:min|minutes?)\.?\s+read$/i;
/** A moderation notice above readers' comments. */
const COMMENT_RULES = /\b(?:comments?|commentaires|comentários|comentarios|kommentare)\b.{0,120}\b(?:moderat\w*|approv\w*|aprovad\w*|publiés?|review\w*)\b/i;
/** Furniture words alone on a line, beyond the copy-wide list (chrome.ts). */
const FURNITURE = /^(?:advert|adverts|review|latest news|breaking news emails|continue reading below|continue reading|story continues|article continues(?: after advertisement)?|see more photos|more photos|gallery|photo gallery|video player|watch video|watch now)\s*:?$/i;
/** A caption copied into the body: it ends in a photo credit in brackets ("(AP Photo/Alan Diaz, File)"). */
const PHOTO_CREDIT_TAIL = /\((?:[^()]*\b(?:photo|photograph|foto|image|picture)s?\b[^()]*|(?:AP|AFP|EPA|Reuters|Getty)[^()]*)\)\.?$/i;
/** "Published 1 day ago", "PUBLISHED: 10:48, Tue, Nov 19, 2019", "| UPDATED: ...", "First Published: ...". */
const DATELINE = /^[|•·\s]*(?:first\s+)?(?:published|updated|posted|last updated|modified|publié|mis à jour|publicado|atualizado|aktualisiert|veröffentlicht)\b\s*(?:on|at|:)?/i;

function words(text: string): number {
  return countWords(text);
}

export interface BodyChromeHints {
  /** The paragraph's text is (almost) all link text: on a saved page, a teaser or a related story. */
  linkOnly?: boolean;
  /** From a saved page's article, where a bare number is a table cell, not a counter. */
  fromPage?: boolean;
}

/** Is this body paragraph page furniture rather than the article? */
function isBodyChrome(paragraph: string, hints: BodyChromeHints = {}): boolean {
  const text = paragraph.trim();
  const count = words(text);
  // A source's address or a tweet's attribution ("— Name (@handle) November 18, 2019") is the article's.
  if (/^https?:\/\/\S+$/i.test(text) || /^[—–-]\s*.+\(@\w+\)/.test(text)) return false;
  if (hints.fromPage && /^[\d\s.,:/%+\-–—−]+$/.test(text)) return false;
  if (text === '' || isChromeLine(text)) return true;
  if (count <= 16 && (DATELINE.test(text) || (isDateLine(text) && !/[.!?]["”]?$/.test(text)))) return true;
  if (count <= 16 && isBylineLine(text)) return true;
  if (/^(?:by|par|por|von)$/i.test(text)) return true;
  if (count <= 40 && (CREDIT_LINE.test(text) || isCreditLine(text))) return true;
  // A caption copied into the body: a short description ending in a credit.
  if (count <= 40 && splitCredit(text).credit !== null && !/[.!?]["”]?$/.test(splitCredit(text).caption)) return true;
  if (count <= 30 && POINTER.test(text)) return true;
  if (FURNITURE.test(text) || (count <= 8 && READING_TIME.test(text))) return true;
  if (count <= 60 && COMMENT_RULES.test(text)) return true;
  if (count <= 60 && PHOTO_CREDIT_TAIL.test(text)) return true;
  if (count <= 40 && CALL_TO_ACTION.test(text) && !/["“”]/.test(text)) return true;
  if (count <= 30 && /(?:©|\bcopyright\b)/i.test(text)) return true;
  if (hints.linkOnly && count <= 25) return true;
  return false;
}

/**
 * The body without its furniture: each paragraph judged alone, and the run of short items under a
 * list heading ("More:", "You may also like:") dropped with the heading. `links` (from a saved
 * page) names the paragraphs that are wholly links; null for a copied text.
 */
export function withoutBodyChrome(body: string[], links: ReadonlySet<string> | null = null): string[] {
  const kept: string[] = [];
  let inList = false;
  for (const paragraph of body) {
    const count = words(paragraph);
    if (LIST_HEADING.test(paragraph.trim())) {
      inList = true;
      continue;
    }
    // Items under a list heading are titles: short, with no closing full stop.
    if (inList && count <= 20 && !/[.!?]["”]?$/.test(paragraph)) continue;
    inList = false;
    if (isBodyChrome(paragraph, { linkOnly: links?.has(paragraph) ?? false, fromPage: links !== null })) continue;
    kept.push(paragraph);
  }
  return kept;
}

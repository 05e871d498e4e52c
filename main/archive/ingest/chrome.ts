/**
 * Page chrome: the lines a "select all, copy" picks up that are not the article (navigation, share
 * and subscribe prompts, cookie and JavaScript notices, image placeholders, ad labels). These are
 * general patterns of web pages, not any one site's; a line is chrome only when the whole line is.
 */

/** Whole-line phrases (compared case-folded, punctuation and counters trimmed). */
const CHROME_PHRASES = new Set([
  'accessibility links', 'skip to main content', 'skip to content', 'skip to navigation', 'skip navigation',
  'skip to footer', 'skip to search', 'jump to content', 'main menu', 'menu', 'close', 'open menu',
  'close menu', 'search', 'close search', 'toggle navigation', 'navigation', 'site navigation', 'home',
  'home page', 'back to top', 'top', 'more', 'see more', 'show more', 'load more', 'read more',
  'continue reading', 'continue reading the main story', 'loading', 'breaking news', 'live', 'latest',
  'trending', 'just in', 'share', 'share this', 'share this page', 'share this article', 'share this story',
  'share on facebook', 'share on twitter', 'share via email', 'tweet', 'email', 'e-mail', 'print',
  'save', 'copy link', 'copy', 'link copied', 'facebook', 'twitter', 'x', 'linkedin', 'whatsapp',
  'pinterest', 'reddit', 'telegram', 'comments', 'comment', 'view comments', 'show comments',
  'leave a comment', 'post a comment', 'add a comment', 'subscribe', 'subscribe now', 'sign up',
  'sign in', 'sign out', 'log in', 'login', 'log out', 'register', 'my account', 'manage account',
  'follow', 'follow us', 'unfollow', 'followed', 'advertisement', 'advertising', 'ad', 'sponsored',
  'sponsored content', 'supported by', 'related', 'related articles', 'related stories', 'related content',
  'recommended', 'recommended for you', 'you may also like', 'most popular', 'most read', 'popular',
  'more stories', 'more from', 'up next', 'next', 'previous', 'next article', 'previous article',
  'photo', 'photos', 'image', 'video', 'audio', 'listen', 'listen to this article', 'play', 'pause',
  'enlarge this image', 'toggle caption', 'hide caption', 'expand', 'collapse', 'embed', 'download',
  'accept', 'accept all', 'reject all', 'decline', 'i agree', 'agree', 'got it', 'ok', 'no thanks',
  'no, thanks', 'dismiss', 'settings', 'cookie settings', 'manage cookies', 'privacy policy',
  'terms of use', 'terms of service', 'terms and conditions', 'contact us', 'about us', 'sitemap',
  'rss', 'newsletter', 'newsletters', 'all rights reserved', 'view mobile version', 'mobile version',
  'desktop version', 'text size', 'a a a', 'font size', 'print this page', 'print this article',
  'opens in new window', 'external link', 'go', 'submit', 'cancel', 'clear', 'edition', 'get started',
  'get the app', 'download the app', 'watch live', 'watch', 'tags', 'topics', 'filed under',
  'filed to', 'see all', 'view all', 'view gallery', 'view slideshow', 'open gallery', 'full screen',
  'fullscreen', 'zoom', 'feedback', 'report an error', 'corrections', 'back', 'forward',
  // Video player controls, which a copy of a page with an embedded player picks up line by line.
  'play video', 'mute', 'unmute', 'playback rate', 'chapters', 'descriptions', 'subtitles', 'captions',
  'quality', 'speed', 'normal', 'auto', 'replay', 'watch again', 'picture-in-picture', 'exit fullscreen',
  'non-fullscreen', 'seek', 'volume', 'closed captions', 'cc', 'stream type live', 'defaults done', 'done',
  'reset', 'restore all settings to the default values', 'close modal dialog', 'end of dialog window',
  'beginning of dialog window', 'text edge style', 'font family', 'font size', 'window', 'background',
  'foreground', 'transparency', 'opaque', 'semi-transparent', 'semi-opaque', 'transparent', 'none',
  'raised', 'depressed', 'uniform', 'dropshadow', 'drop shadow', 'default', 'monospace serif',
  'proportional serif', 'monospace sans-serif', 'proportional sans-serif', 'casual', 'script', 'small caps',
  'white', 'black', 'red', 'green', 'blue', 'yellow', 'magenta', 'cyan', 'caption area background',
  'stream type', 'live stream', 'seek to live, currently behind live', 'seek to live, currently playing live',
]);

/** The same furniture in the other languages clippings commonly come in (pt, es, fr, de, it, nl). */
const CHROME_PHRASES_INTERNATIONAL = [
  'compartilhe', 'compartilhar', 'leia mais', 'leia também', 'voltar', 'ver novamente', 'copiar link',
  'ouvir o texto', 'diminuir fonte', 'aumentar fonte', 'assine', 'entrar', 'sair', 'publicidade',
  'tópicos relacionados', 'comentários', 'imprimir', 'enviar', 'fechar', 'siga',
  'compartir', 'leer más', 'lee también', 'volver', 'suscríbete', 'iniciar sesión', 'publicidad',
  'comentarios', 'ver más', 'temas relacionados', 'cerrar', 'noticias relacionadas',
  'partager', 'lire aussi', 'à lire aussi', 'a lire aussi', 'lire la suite', 'retour', "s'abonner",
  'abonnez-vous', 'se connecter', 'publicité', 'commentaires', 'imprimer', 'envoyer', 'sur le même sujet',
  'voir aussi', 'fermer', 'suivez-nous',
  'teilen', 'mehr zum thema', 'weiterlesen', 'zurück', 'abonnieren', 'anmelden', 'anzeige', 'werbung',
  'kommentare', 'drucken', 'senden', 'schließen', 'lesen sie auch', 'vorige', 'nächste', 'mehr',
  'condividi', 'leggi anche', 'torna', 'abbonati', 'accedi', 'pubblicità', 'commenti', 'stampa', 'invia',
  'delen', 'lees ook', 'reageer', 'advertentie',
  // Social networks named alone (share buttons).
  'messenger', 'google', 'google+', 'tumblr', 'flipboard', 'instagram', 'youtube', 'snapchat', 'tiktok',
  'threads', 'bluesky', 'mastodon', 'vk', 'line', 'weibo', 'wechat', 'pocket',
];
for (const phrase of CHROME_PHRASES_INTERNATIONAL) CHROME_PHRASES.add(phrase);

/** Whole-line patterns for chrome whose wording varies. */
const CHROME_PATTERNS: RegExp[] = [
  /^[\d\s.,:/%+\-–—−]+$/, // a bare number, percentage, time or counter ("50%", "0:00", "+12", "/")
  /^\d+\s*x\s*\d+\s+(image|photo|video|picture)$/i, // image placeholders: "16x9 Image"
  /^(image|photo|picture|video)\s*\d*\s*(of\s*\d+)?$/i, // "Photo 3 of 12"
  /^\d+\s*(of|\/)\s*\d+(\s+(articles?|photos?|images?|free articles?)(\s+read)?)?$/i,
  /\bcookies?\b.*\b(use|accept|consent|settings|policy|experience|agree)\b/i,
  /\b(use|accept|consent)\b.*\bcookies?\b/i,
  /\b(enable|turn on|requires?|activate)\b.*\bjavascript\b/i,
  /\bjavascript\b.*\b(disabled|enabled|required|turned off)\b/i,
  /\byour browser\b.*\b(not supported|out of date|outdated|does not support)\b/i,
  /^(subscribe|sign up|register)\b.{0,80}\b(newsletter|inbox|updates|alerts|free|today|now|access)\b/i,
  /^(get|receive)\b.{0,60}\b(newsletter|in your inbox|email alerts)\b/i,
  /^(follow|like)\s+(us|me)\b/i,
  /^share\s+(on|via|to|this)\b/i,
  /^(click|tap) (here|to)\b.{0,60}$/i,
  /^go to\b.{0,60}$/i, // "Go to About the ACLU", "Go to page 2"
  /^(©|\(c\)|copyright\b)/i,
  /^all rights reserved\b/i,
  /^(advertisement|advertising|ad)\b\s*([-–:].*|(story|article) continues below.*|scroll to continue.*)?$/i,
  /^(story|article) continues below/i,
  /^a version of this (article|story|review) appears in print\b/i,
  /^(scroll|swipe) (down|to continue|for more)/i,
  /^you can skip this ad\b/i,
  /^(read|see|watch|view) (more|also|next|the full|all)\b.{0,60}$/i,
  /^(related|more)\s*:\s*.{0,80}$/i,
  /^\d+\s+(comments?|shares?|replies|responses|views)$/i,
  /^(kommentare|comentários|comentarios|commentaires|commenti|comments?)\s+(lesen|ver|voir|leggi|read|view)?\s*\(?\d*\s*\w*\)?$/i,
  /^(teilen|tweet|shares?|partager|compartilhe)\s*\d+$/i, // share counters: "teilen17"
  /^(comments?|shares?|views)\s*\(?\d+\)?$/i,
  /^<[a-z!/][^>]*>.*$/i, // raw markup that a copy sometimes carries (noscript image tags)
  /<[a-z]+\s[^>]*\b(?:class|id|src|href|style)\s*=\s*["'][^>]*>/i, // ...or in the middle of a line
  /(?:…|\.\.\.)\s*(?:read more|continue reading|more|lire la suite|weiterlesen|leia mais|leer más)\b.{0,30}$/i, // a teaser cut short
  /^(.{8,}?)(?:\s+\1){1,}$/, // a card title printed two or three times in one line
  /^https?:\/\/\S+$/i, // a bare address
  /^[@#]\w+$/, // a handle or a hashtag alone
  /^[«‹]?\s*(previous|prev|vorige|précédent)\b.*\|.*\b(next|nächste|suivant)\s*[»›]?$/i,
  /^(this|the) (article|story|page) (is|was) (more than|over) \d+ (years?|months?) old/i,
  /^(updated|last updated|published|posted)\s*:?\s*$/i,
  /^(tap|click|press) (to|for) (enlarge|expand|play|unmute)/i,
  /^(current time|duration time|duration|remaining time|loaded|progress|elapsed)\s*:?\s*-?[\d:.%]*\s*$/i,
  /^(descriptions|subtitles|captions|chapters|audio track)\s+(off|on|settings)\b.*$/i,
  /^(captions settings|default|english|en)\s*,\s*(selected|opens captions settings dialog)$/i,
  /^this is a modal window\b/i,
  /^(sections|site search navigation|site mobile navigation|search \S+\.\w+)$/i,
];

function fold(line: string): string {
  return line
    .toLowerCase()
    .replace(/[\u200b\u00a0]/g, ' ')
    .replace(/^[\s•·▪►▶|:>»›*–—-]+|[\s•·▪►▶|:>»›*–—.…!-]+$/g, '')
    .replace(/\s*\(\d+\)$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A cookie notice opens by saying so, however long it runs: "This website uses cookies to ...", "Necessary cookies are ...". */
const COOKIE_NOTICE = /^(?:this (?:web)?site|we|our (?:web)?site|this page)\b.{0,40}\bcookies\b|^(?:necessary|functional|analytics|performance|advertisement|marketing|other uncategori[sz]ed) cookies\b/i;

/** True when the whole line is page chrome rather than article text. */
export function isChromeLine(line: string): boolean {
  const folded = fold(line);
  if (folded === '') return true;
  if (CHROME_PHRASES.has(folded)) return true;
  const trimmed = line.trim();
  if (isBreadcrumb(trimmed)) return true;
  // Long lines are prose; only notices (cookies, JavaScript) run that long and still are chrome.
  if (trimmed.split(/\s+/).length > 70) return COOKIE_NOTICE.test(trimmed);
  return CHROME_PATTERNS.some((pattern) => pattern.test(trimmed));
}

/** "Home > News > 2015 > Title": three or more short segments joined by the same separator. */
function isBreadcrumb(line: string): boolean {
  for (const separator of [/\s+[>›»]\s+|[›»]/, /\s+\/\s+/, /\s+\|\s+/]) {
    const segments = line.split(separator);
    if (segments.length >= 3 && segments.every((s) => s.trim().split(/\s+/).length <= 10)) return true;
  }
  return false;
}

/** Removes bullet marks and odd spacing that a copy of a list item or menu brings along. */
export function cleanLine(line: string): string {
  return line
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/^\s*[•·▪◦●■►▶]\s*/, '')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

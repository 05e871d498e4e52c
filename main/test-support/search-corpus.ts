/**
 * Test support: a small seeded corpus of news-like clippings and queries of every Lunr form, for
 * the differential test against stock Lunr. Real English words (so the stemmer has work: "meeting",
 * "meetings", "met"), function words (stop words), Zipf-distributed synthetic words, punctuation,
 * hyphens, numbers and a few non-ASCII words.
 */
import type { IndexDoc } from '../archive/search/lunr-index.ts';

export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REAL = (
  'government minister election elections elected voting voters council councils meeting meetings met report reported reporting ' +
  'reports market markets trade trading traded economy economic economist bank banks banking police arrest arrested court courts ' +
  'judge judges ruling ruled school schools teacher teachers student students health hospital hospitals doctor doctors patient ' +
  'weather storm storms flood flooding rain city cities village villages river rivers bridge bridges road roads railway train ' +
  'trains energy power nuclear solar wind oil gas price prices rising fell falling growth company companies worker workers strike ' +
  'strikes union unions protest protests protesters war peace talks treaty army soldiers border refugees museum art artist music ' +
  'festival film films football match matches player players coach season league championship science scientist research study ' +
  'studies climate carbon emissions forest forests farmer farmers harvest crops fishing fishermen port ports ship ships airport'
).split(' ');
const FUNCTION_WORDS = 'the of and to a in that is was he for it with as his on be at by i this had not are but from or have an they which one you were her all she there would their we him been has when who will more no if out so said what up its about into than them can only other new some could time these two may then do first any my now such like our over man me even most made after also did many before must through back years where much your way well down should because each just those people mr how too little state good very make world still own see men work long get here between both life being under never day same another know while last might us great old year off come since against go came right used take three'.split(' ');
const ODD = ['café', 'Москва', 'naïve', 'e-mail', 'co-operation', '2024', '3.5%', "o'neill", 'U.S.', 'self-driving', '—', '"quoted"', '(aside)', 'São', 'Zürich'];
const SYLLABLES = ['ka', 'lo', 'mir', 'ten', 'sa', 'vu', 'pre', 'dor', 'ix', 'an', 'bel', 'qu', 'ra', 'sto', 'ne', 'li'];

export interface Corpus {
  docs: IndexDoc[];
  /** Words that occur in it, for queries. */
  words: string[];
}

export function generateCorpus(count: number, seed: number, bodyWords = 220): Corpus {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const synthetic: string[] = [];
  for (let i = 0; i < 3000; i += 1) {
    const n = 2 + Math.floor(random() * 3);
    let word = '';
    for (let k = 0; k < n; k += 1) word += pick(SYLLABLES);
    synthetic.push(word + (random() < 0.2 ? pick(['ing', 's', 'ed', 'ly', 'ation']) : ''));
  }
  // Zipf: rank r drawn with probability ∝ 1/r.
  const zipf = (items: readonly string[]): string => items[Math.min(items.length - 1, Math.floor(Math.exp(random() * Math.log(items.length + 1)) - 1))] as string;
  const word = (): string => {
    const r = random();
    if (r < 0.45) return pick(FUNCTION_WORDS);
    if (r < 0.7) return zipf(REAL);
    if (r < 0.98) return zipf(synthetic);
    return pick(ODD);
  };
  const sentence = (n: number): string => {
    const words: string[] = [];
    for (let i = 0; i < n; i += 1) words.push(word());
    const first = words[0] ?? '';
    words[0] = first.charAt(0).toUpperCase() + first.slice(1);
    return `${words.join(random() < 0.1 ? ' - ' : ' ')}${pick(['.', '.', ',', '!', '?', ';'])}`;
  };
  const text = (n: number): string => {
    const parts: string[] = [];
    for (let left = n; left > 0; ) {
      const k = Math.min(left, 5 + Math.floor(random() * 15));
      parts.push(sentence(k));
      left -= k;
    }
    return parts.join(' ');
  };
  const names = ['Ada Jannuzi', 'Tomás Ortega', 'Li Wei', 'Sara Okafor', 'John Smith', 'Marie Curie-Dubois', 'Ivan Petrov'];
  const sources = ['The Daily Ledger', 'Wire Service', 'Morning Post', 'Le Monde', 'El País', 'Harbor Gazette'];
  const tags = ['politics', 'economy', 'climate', 'sports', 'culture', 'science', 'local-news', 'world'];
  const docs: IndexDoc[] = [];
  for (let id = 1; id <= count; id += 1) {
    docs.push({
      id,
      title: sentence(4 + Math.floor(random() * 8)),
      authors: random() < 0.9 ? [pick(names), ...(random() < 0.3 ? [pick(names)] : [])].join(', ') : '',
      source: pick(sources),
      tags: [pick(tags), pick(tags), ...(random() < 0.5 ? [pick(tags)] : [])].join(' '),
      captions: random() < 0.4 ? text(8 + Math.floor(random() * 20)) : '',
      body: text(Math.floor(bodyWords * (0.5 + random()))),
      bio: random() < 0.2 ? text(20) : '',
    });
  }
  return { docs, words: [...REAL, ...synthetic.slice(0, 300), ...FUNCTION_WORDS.slice(0, 40), 'cafe', 'naive', 'jannuzi', 'ortega', 'ledger'] };
}

const QUERY_FIELDS = ['title', 'authors', 'source', 'tags', 'captions', 'body', 'bio'];

/** Queries of every Lunr form: terms, +/-, field:, wildcards, ~fuzzy, ^boost, and mixes of them. */
export function generateQueries(words: readonly string[], count: number, seed: number): string[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const w = (): string => pick(words);
  const forms: Array<() => string> = [
    () => w(),
    () => `${w()} ${w()}`,
    () => `+${w()} ${w()}`,
    () => `+${w()} +${w()}`,
    () => `${w()} -${w()}`,
    () => `-${w()}`,
    () => `${pick(QUERY_FIELDS)}:${w()}`,
    () => `+title:${w()} ${w()}`,
    () => `${w().slice(0, 3)}*`,
    () => `*${w().slice(-3)}`,
    () => `${w().slice(0, 2)}*${w().slice(-1)}`,
    () => `${w()}~1`,
    () => `${w()}~2`,
    () => `${w()}^10 ${w()}`,
    () => `${w()}^3 -${pick(QUERY_FIELDS)}:${w()} ${w().slice(0, 4)}*`,
    () => `title:${w()}^2 body:${w()}~1`,
    () => `${w()} ${w()} ${w()} ${w()}`,
    () => `-${w()} -title:${w()}`,
    () => `${w()} ${w()}`.toUpperCase(),
    () => `+${w()}* -${w()}`,
  ];
  const queries: string[] = [];
  for (let i = 0; i < count; i += 1) queries.push((forms[i % forms.length] as () => string)());
  return queries;
}

/**
 * generateClippings: a deterministic stream of realistic clippings. The same (count, seed) always
 * gives the same clippings, and a shorter run is a prefix of a longer one with the same seed.
 */
import type { AuthorBio, ClippingImage } from '../../preload/api/index.ts';
import { FOREIGN_LANGUAGES, FOREIGN_SHARE, type LanguageText } from './languages.ts';
import { anyPerson, staffWriter } from './people.ts';
import { englishBody, englishSentence, foreignBody, headline } from './prose.ts';
import { Random, ZipfSampler } from './random.ts';
import { BEATS, OUTLETS, PHOTO_AGENCIES, TOPICS, WIRES, type Outlet, type Topic } from './world.ts';
import { editWireCopy } from './wire.ts';
import type { GeneratedClipping } from './generated-clipping.ts';


const FIRST_DAY = Date.UTC(2006, 0, 1);
const DAYS = 20 * 365;
const DAY_MS = 86_400_000;
/** Share of new stories that are wire stories run by several outlets. */
const WIRE_SHARE = 0.04;

const outletZipf = new ZipfSampler(OUTLETS.length, 0.7);
const topicZipf = new ZipfSampler(TOPICS.length, 0.6);

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function slug(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'story';
}

function tagsFor(random: Random, topic: Topic): string[] {
  const tags = [random.chance(0.08) ? topic.tag.split('/')[0]! : topic.tag];
  if (random.chance(0.35)) tags.push(TOPICS[topicZipf.rank(random)]!.tag);
  if (random.chance(0.05)) tags.push('to-read');
  return [...new Set(tags)];
}

function images(random: Random, outlet: Outlet, caption: () => string): ClippingImage[] {
  const count = random.chance(0.55) ? random.int(1, 3) : 0;
  const out: ClippingImage[] = [];
  for (let i = 0; i < count; i++) {
    const credit = random.chance(0.85) ? `${random.pick(PHOTO_AGENCIES)}/${anyPerson(random)}` : null;
    const src = random.chance(0.7) ? `https://www.${outlet.domain}/images/${Math.floor(random.next() * 2 ** 32).toString(16)}.jpg` : null;
    out.push({ caption: caption(), credit, src });
  }
  return out;
}

function bio(random: Random, name: string, outlet: Outlet): AuthorBio {
  const first = name.split(' ')[0]!;
  const place = random.pick(TOPICS).places[0]!;
  return {
    name,
    text: `${name} is a ${random.pick(['correspondent', 'staff writer', 'senior editor', 'reporter'])} for ${outlet.name} covering ${random.pick(BEATS)}.\n\nBefore joining ${outlet.name}, ${first} reported from ${place} for ${random.int(2, 15)} years.`,
  };
}

class ClippingGenerator {
  readonly #random: Random;
  /** Wire copies waiting for their turn, by the position they come out at. */
  readonly #pending: { at: number; clipping: GeneratedClipping }[] = [];
  #position = 0;
  #wireStories = 0;

  constructor(seed: number) {
    this.#random = new Random(seed);
  }

  next(): GeneratedClipping {
    const position = this.#position++;
    const due = this.#pending.findIndex((p) => p.at <= position);
    if (due !== -1) return this.#pending.splice(due, 1)[0]!.clipping;
    const random = this.#random;
    const foreign = random.chance(FOREIGN_SHARE);
    const clipping = foreign ? this.#foreign(random.pick(FOREIGN_LANGUAGES)) : this.#english();
    if (!foreign && random.chance(WIRE_SHARE)) this.#syndicate(clipping, position);
    return clipping;
  }

  #english(): GeneratedClipping {
    const random = this.#random;
    const topic = TOPICS[topicZipf.rank(random)]!;
    const outlet = OUTLETS[outletZipf.rank(random)]!;
    const person = (): string => anyPerson(random);
    const authorCount = random.chance(0.06) ? 0 : random.chance(0.15) ? 2 : 1;
    const authors = Array.from({ length: authorCount }, () => staffWriter(random));
    const title = headline(random, topic);
    const day = FIRST_DAY + random.int(0, DAYS - 1) * DAY_MS;
    return {
      title,
      subtitle: random.chance(0.3) ? englishSentence(random, topic, person) : null,
      authors: [...new Set(authors)],
      source: outlet.name,
      url: random.chance(0.8) ? `https://www.${outlet.domain}/${isoDay(day).replaceAll('-', '/')}/${slug(title)}` : null,
      publishedAt: isoDay(day),
      language: 'en',
      images: images(random, outlet, () => englishSentence(random, topic, person)),
      body: englishBody(random, topic, random.int(450, 750), person),
      authorBio: authors[0] && random.chance(0.4) ? bio(random, authors[0], outlet) : null,
      tags: tagsFor(random, topic),
      importedAt: this.#importedAt(day),
      wireStory: null,
    };
  }

  #foreign(language: LanguageText): GeneratedClipping {
    const random = this.#random;
    const topic = TOPICS[topicZipf.rank(random)]!;
    const outlet = random.pick(language.outlets);
    const day = FIRST_DAY + random.int(0, DAYS - 1) * DAY_MS;
    const author = staffWriter(random);
    return {
      title: random.pick(language.titles),
      subtitle: null,
      authors: random.chance(0.8) ? [author] : [],
      source: outlet.name,
      url: `https://www.${outlet.domain}/article/${random.int(100000, 999999)}`,
      publishedAt: isoDay(day),
      language: language.code,
      images: images(random, outlet, () => random.pick(language.sentences)),
      body: foreignBody(random, language, random.pick(topic.places), isoDay(day)),
      authorBio: null,
      tags: tagsFor(random, topic),
      importedAt: this.#importedAt(day),
      wireStory: null,
    };
  }

  /** Makes the clipping a wire story and queues its lightly edited copies under other outlets. */
  #syndicate(original: GeneratedClipping, position: number): void {
    const random = this.#random;
    const story = ++this.#wireStories;
    const wire = random.pick(WIRES);
    original.wireStory = story;
    original.authors = random.chance(0.5) ? [wire] : original.authors;
    const copies = random.int(1, 5);
    const used = new Set([original.source]);
    for (let i = 0; i < copies; i++) {
      const outlet = OUTLETS[outletZipf.rank(random)]!;
      if (used.has(outlet.name)) continue;
      used.add(outlet.name);
      const copy = editWireCopy(random, original, outlet.name, wire);
      copy.importedAt = this.#importedAt(Date.parse(copy.publishedAt!));
      this.#pending.push({ at: position + random.int(1, 40), clipping: copy });
    }
  }

  #importedAt(publishedMs: number): string {
    const random = this.#random;
    return new Date(publishedMs + random.int(0, 30) * DAY_MS + random.int(0, DAY_MS - 1)).toISOString();
  }
}

/** `count` clippings, the same for the same seed. */
export function* generateClippings(count: number, seed: number): Iterable<GeneratedClipping> {
  const generator = new ClippingGenerator(seed);
  for (let i = 0; i < count; i++) yield generator.next();
}

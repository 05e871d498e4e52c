/**
 * Clippings written for tests and benchmarks: plain text as a person would copy it from a news
 * page (title, date, byline, paragraphs), varied in length and date so dossiers have real page
 * breaks and a real date order. Deterministic: clipping n is always the same text.
 */
const TOPICS = ['trade talks', 'the border crossing', 'a summit in Moscow', 'sanctions', 'the port of Rajin', 'rail links', 'fishing rights'];
const SENTENCES = [
  'Officials from both governments met for three days of talks that ended without a joint statement.',
  'Analysts in Seoul said the meeting showed how far the two sides had come since the last round.',
  'Diplomats familiar with the discussions described them as frank, a word often used for hard talks.',
  'Trade between the neighbours has grown each year, though it remains small by regional standards.',
  'Critics warned that the agreement could weaken pressure on Pyongyang over its weapons programme.',
  'A spokesman for the foreign ministry declined to say when the next meeting would take place.',
];
const FIRST_NAMES = ['Anna', 'Boris', 'Chloe', 'David', 'Elena', 'Farid', 'Grace'];
const LAST_NAMES = ['Park', 'Ivanova', 'Moreau', 'Kim', 'Novak', 'Haddad', 'Lee', 'Stone'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface GeneratedClipping {
  name: string;
  text: string;
  title: string;
  /** ISO day the text states. */
  publishedAt: string;
}

/** Clipping `n` (1-based): its title names n, its date moves back a few days per n, its length cycles from short to about three pages. */
export function generatedClipping(n: number): GeneratedClipping {
  const topic = TOPICS[n % TOPICS.length]!;
  const title = `Report ${n}: envoys discuss ${topic}`;
  const day = new Date(Date.UTC(2015, 5, 30) - n * 3 * 86_400_000);
  const publishedAt = day.toISOString().slice(0, 10);
  const dateLine = `${MONTHS[day.getUTCMonth()]} ${day.getUTCDate()}, ${day.getUTCFullYear()}`;
  const paragraphs = Array.from({ length: 3 + ((n * 7) % 40) }, (_, k) => {
    const a = SENTENCES[(n + k) % SENTENCES.length]!;
    const b = SENTENCES[(n + 2 * k + 1) % SENTENCES.length]!;
    return `Paragraph ${k + 1} of report ${n}. ${a} ${b}`;
  });
  const text = [title, dateLine, `By ${FIRST_NAMES[n % FIRST_NAMES.length]} ${LAST_NAMES[n % LAST_NAMES.length]}`, ...paragraphs].join('\n\n');
  return { name: `report-${n}.txt`, text, title, publishedAt };
}

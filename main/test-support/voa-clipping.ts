/**
 * Test support: the VOA sample clipping written out by hand, field by field, as the ingest part
 * would produce it (not used by the app).
 */
import type { Clipping } from '../../preload/api/index.ts';

export const VOA_BODY = [
  'U.S. experts say North Korea’s recent dispatch of a special envoy to Russia is an attempt to ease diplomatic isolation by expanding ties with Moscow.',
  'Choe Ryong Hae, a high-ranking member of the North’s ruling Workers’ Party, wrapped up a week-long trip to Russia Monday.',
  'During the rare trip, Choe received a warm welcome when he met with Russian President Vladimir Putin and handed him a letter from North Korean leader Kim Jong Un. The contents of the letter are not known.',
  '"We maintain friendly relations with one of our neighbors, the Democratic People’s Republic of Korea," said the Russian president.',
  'Frank Jannuzi is the president of the Mansfield Foundation and a long-time North Korea watcher. He said easing diplomatic isolation, along with expansion of economic ties with Moscow, was one of the achievements of Choe’s trip.',
  'This report was produced in collaboration with the VOA Korean service.',
];

/** The VOA sample's fields, as the ingest part would produce them. */
export function voaClipping(overrides: Partial<Clipping> = {}): Clipping {
  return {
    id: 1,
    title: 'US Experts: N. Korean Envoy Sent to Russia to Ease Diplomatic Isolation',
    subtitle: null,
    authors: ['Jee Abbey Lee'],
    source: 'Voice of America',
    url: 'https://www.voanews.com/a/north-korean-envoy-russia/2530425.html',
    publishedAt: '2014-11-24',
    language: 'en',
    images: [
      {
        caption:
          'Russian Foreign Minister Sergey Lavrov, right, welcomes North Korea\'s special envoy Choe Ryong Hae during their meeting in Moscow, Russia, Nov. 20, 2014.',
        credit: 'AP Photo',
        src: 'https://gdb.voanews.com/lavrov-choe.jpg',
      },
    ],
    body: VOA_BODY,
    authorBio: {
      name: 'Jee Abbey Lee',
      text:
        'Jee Abbey Lee is a veteran broadcast journalist with more than 10 years of experience in TV, radio, and the web. She serves as Voice of America\'s social media correspondent and is an expert of millennial lifestyle.\n\n' +
        'Lee received her graduate degree from the Medill School of Journalism at Northwestern University. Prior to joining VOA, she worked at the Seoul bureau of CNN Travel and served as the chief Bank of Korea correspondent for Arirang TV.',
    },
    tags: ['dprk-russia', 'diplomacy'],
    importedAt: '2026-11-29T06:30:00.000Z',
    original: { name: 'voa-choe-ryong-hae-russia.txt', sha256: '0'.repeat(64), size: 4096, mediaType: 'text/plain' },
    ...overrides,
  };
}

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTextClipping } from './index.ts';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const sample = readFileSync(path.join(repoRoot, 'assets/sample-voa-choe-ryong-hae-russia.txt'), 'utf8');

describe('parseTextClipping on the bundled VOA sample', () => {
  const clipping = parseTextClipping(sample);

  it('finds the headline', () => {
    expect(clipping.title).toBe('US Experts: N. Korean Envoy Sent to Russia to Ease Diplomatic Isolation');
  });

  it('keeps the caption printed twice once, with no credit stated and no image address', () => {
    expect(clipping.images).toEqual([
      {
        caption:
          "Russian Foreign Minister Sergey Lavrov, right, welcomes North Korea's special envoy Choe Ryong Hae during their meeting in Moscow, Russia, Nov. 20, 2014.",
        credit: null,
        src: null,
      },
    ]);
  });

  it('reads the body paragraphs in order, from the first to the production note', () => {
    expect(clipping.body[0]).toBe(
      'U.S. experts say North Korea’s recent dispatch of a special envoy to Russia is an attempt to ease diplomatic isolation by expanding ties with Moscow.',
    );
    expect(clipping.body[1]).toBe(
      'Choe Ryong Hae, a high-ranking member of the North’s ruling Workers’ Party, wrapped up a week-long trip to Russia Monday.',
    );
    expect(clipping.body.at(-1)).toBe('This report was produced in collaboration with the VOA Korean service.');
    expect(clipping.body).toHaveLength(14);
    expect(clipping.body.some((p) => p.includes('said Jannuzi.'))).toBe(true);
  });

  it('takes the author and the bio from the author box', () => {
    expect(clipping.authors).toEqual(['Jee Abbey Lee']);
    expect(clipping.authorBio).toEqual({
      name: 'Jee Abbey Lee',
      text:
        "Jee Abbey Lee is a veteran broadcast journalist with more than 10 years of experience in TV, radio, and the web. She serves as Voice of America's social media correspondent and is an expert of millennial lifestyle.\n\n" +
        'Lee received her graduate degree from the Medill School of Journalism at Northwestern University. Prior to joining VOA, she worked at the Seoul bureau of CNN Travel and served as the chief Bank of Korea correspondent for Arirang TV.',
    });
  });

  it('names the source, detects English, and invents no date', () => {
    expect(clipping.source).toBe('Voice of America');
    expect(clipping.language).toBe('en');
    expect(clipping.publishedAt).toBeNull(); // "Nov. 20, 2014" is in a photo caption, not a dateline
    expect(clipping.url).toBeNull();
    expect(clipping.subtitle).toBeNull();
  });

  it('drops the page chrome and keeps neither caption nor bio in the body', () => {
    const everything = [clipping.title, ...clipping.body].join('\n');
    for (const chrome of ['Accessibility links', 'Breaking News', '16x9 Image', 'Russian Foreign Minister Sergey Lavrov, right', 'veteran broadcast journalist']) {
      expect(everything).not.toContain(chrome);
    }
  });
});

describe('parseTextClipping on other shapes of copied text', () => {
  it('reads "By X and Y" bylines with a date, subheadings, and credits on captions', () => {
    const text = [
      'Skip to main content', 'Home', 'World', 'Business', 'Share', 'Tweet', '',
      'Flooding Closes Roads Across the Valley',
      'By JANE DOE and John Smith March 3, 2021', '',
      'Residents wade through a flooded street in the valley on Tuesday. (AP Photo/Sam Lee)', '',
      'Heavy rain closed dozens of roads across the valley on Tuesday, officials said, as rivers rose to levels not seen in a decade.', '',
      'Emergency crews worked through the night to clear debris from the main highway into town, and schools were closed.', '',
      'What comes next', '',
      'Forecasters expect the rain to ease by the weekend, though rivers may keep rising for several days afterwards.', '',
      'Subscribe to our newsletter for daily updates', 'Related', 'Five things to know about floods', 'Cookie settings',
      'We use cookies to improve your experience. By continuing you accept our use of cookies.',
    ].join('\n');
    const clipping = parseTextClipping(text);
    expect(clipping.title).toBe('Flooding Closes Roads Across the Valley');
    expect(clipping.authors).toEqual(['Jane Doe', 'John Smith']);
    expect(clipping.publishedAt).toBe('2021-03-03');
    expect(clipping.images).toEqual([{ caption: 'Residents wade through a flooded street in the valley on Tuesday.', credit: 'AP Photo/Sam Lee', src: null }]);
    expect(clipping.body).toEqual([
      'Heavy rain closed dozens of roads across the valley on Tuesday, officials said, as rivers rose to levels not seen in a decade.',
      'Emergency crews worked through the night to clear debris from the main highway into town, and schools were closed.',
      'What comes next',
      'Forecasters expect the rain to ease by the weekend, though rivers may keep rising for several days afterwards.',
    ]);
  });

  it('names the source from a masthead line or a wire credit, never from a mention in the story', () => {
    const story = [
      'Rains ease after a week of floods across the region, forecasters said on Sunday morning.',
      'Farmers began to count the cost as water drained from fields that had been under a metre of water, Reuters reported.',
    ];
    const masthead = parseTextClipping(['Menu', 'The Washington Post', '', 'Floods Ease Across Region', 'By Ann Lee', '', ...story].join('\n'));
    expect(masthead.source).toBe('The Washington Post');
    const wire = parseTextClipping(['Floods Ease Across Region', 'By Ann Lee, Reuters', '', ...story].join('\n'));
    expect(wire.authors).toEqual(['Ann Lee']);
    expect(wire.source).toBe('Reuters');
    const dateline = parseTextClipping(['Floods Ease Across Region', 'By Ann Lee', '', `LONDON (AP) — ${story[0]}`, story[1]].join('\n'));
    expect(dateline.source).toBe('Associated Press');
    const none = parseTextClipping(['Floods Ease Across Region', 'By Ann Lee', '', ...story].join('\n'));
    expect(none.source).toBeNull();
  });

  it('reads a hard-wrapped plain-text newsletter as whole paragraphs', () => {
    const text = [
      'Weekly Harbour Notes',
      '',
      'The harbour board met on Tuesday and agreed to extend the',
      'opening hours of the fish market through the summer, after',
      'traders asked for longer days to meet demand from visitors.',
      '',
      'Work on the new breakwater will start in September and is',
      'expected to last two years, the board said in a statement.',
    ].join('\n');
    const clipping = parseTextClipping(text);
    expect(clipping.title).toBe('Weekly Harbour Notes');
    expect(clipping.body).toEqual([
      'The harbour board met on Tuesday and agreed to extend the opening hours of the fish market through the summer, after traders asked for longer days to meet demand from visitors.',
      'Work on the new breakwater will start in September and is expected to last two years, the board said in a statement.',
    ]);
  });

  it('gives an empty clipping, not an exception, for text with no article', () => {
    for (const text of ['', '   \n\n', 'Home\nShare\nPrint', 'Buy milk']) {
      const clipping = parseTextClipping(text);
      expect(clipping.body.length).toBeLessThanOrEqual(1);
      expect(clipping.authorBio).toBeNull();
    }
    expect(parseTextClipping('').body).toEqual([]);
    expect(parseTextClipping('Home\nShare\nPrint').body).toEqual([]);
  });

  it('does not guess a language from a few words', () => {
    expect(parseTextClipping('Short note.').language).toBeNull();
  });
});

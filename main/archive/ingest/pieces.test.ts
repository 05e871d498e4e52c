import { describe, expect, it } from 'vitest';
import { splitByline } from './authors.ts';
import { isChromeLine } from './chrome.ts';
import { dateInText, normaliseIsoDate } from './dates.ts';
import { decodeBytes, describeBinary } from './decode.ts';
import { detectLanguage, normaliseLanguageTag } from './language.ts';
import { splitCredit } from './lines.ts';

describe('splitByline', () => {
  it.each([
    ['By JANE DOE and John Smith March 3, 2021', ['Jane Doe', 'John Smith']],
    ['by Steven Musil January 18, 2017 11:00 PM PST', ['Steven Musil']],
    ['Par Sébastien Farcis', ['Sébastien Farcis']],
    ['Jane Doe, Reuters', ['Jane Doe']],
    ['By Alex Heath, a deputy editor and author of the Command Line newsletter.', ['Alex Heath']],
    ['on March 10, 2015 by Nikhil Marathe', ['Nikhil Marathe']],
    ['Posted by Andrew Hayden, Software Engineer on Google Play', ['Andrew Hayden']],
    ['Ana Costa, Ben Ode & Carla Dias', ['Ana Costa', 'Ben Ode', 'Carla Dias']],
    ['Mac & i', ['Mac & i']],
    ['Bradley M. Kuhn (http://ebb.org/bkuhn/)', ['Bradley M. Kuhn']],
    ['By Kelli  Miller\n   WebMD Health News', ['Kelli Miller']],
    ['Last Updated: January 7, 2025', []],
    ['2/26/2015 7:11 AM PST BY TMZ STAFF', []],
    ['', []],
  ])('%j -> %j', (byline, names) => {
    expect(splitByline(byline)).toEqual(names);
  });
});

describe('dates', () => {
  it.each([
    ['JAN. 13, 2017', '2017-01-13'],
    ['AFP 30 avril 2015 à 07:19', '2015-04-30'],
    ['21.dez.2018 às 12h55', '2018-12-21'],
    ['08.04.2015 12:46', '2015-04-08'],
    ['Friday 25 December 2015', '2015-12-25'],
    ['Associated PressDecember 2, 2016', '2016-12-02'],
    ['Mayor 12, 2020', null],
    ['February 30, 2020', null],
    ['3/09/15 8:00am', null], // month/day order unknown: not guessed
  ])('dateInText(%j) = %j', (text, iso) => {
    expect(dateInText(text)).toBe(iso);
  });

  it('normalises metadata dates to ISO and refuses nonsense', () => {
    expect(normaliseIsoDate('2015-09-17T16:57:43+0100')).toBe('2015-09-17T16:57:43+01:00');
    expect(normaliseIsoDate('2015-04-30T07:19:58')).toBe('2015-04-30T07:19:58');
    expect(normaliseIsoDate('2020-07-10')).toBe('2020-07-10');
    expect(normaliseIsoDate('Thu, 17 Sep 2015 15:57:43 GMT')).toBe('2015-09-17');
    expect(normaliseIsoDate('soon')).toBeNull();
    expect(normaliseIsoDate(null)).toBeNull();
  });
});

describe('page chrome', () => {
  it.each(['Accessibility links', 'Breaking News', '16x9 Image', 'Share', 'Print', 'Skip to main content', 'Share on Facebook',
    'We use cookies to improve your experience. By continuing you accept our use of cookies.', 'Please enable JavaScript to view the comments.',
    'Subscribe to our newsletter for daily updates', 'Advertisement', 'Home > News > World', 'Compartilhe', 'Lire aussi', '12 comments',
    'Ever come home and wondered why on earth you bought it? As it… Read more Read more', '50%', 'Current Time 0:00', '© 2017 The Times'])(
    '%j is chrome', (line) => {
      expect(isChromeLine(line)).toBe(true);
    },
  );

  it.each(['U.S. experts say North Korea’s recent dispatch of a special envoy to Russia is an attempt to ease isolation.', 'What comes next',
    'Adding salt is optional.', 'The company said it would use cookies less, and accept the ruling.'.repeat(8)])('%j is not chrome', (line) => {
    expect(isChromeLine(line)).toBe(false);
  });
});

describe('photo credits', () => {
  it.each([
    ['Boats at dawn. (AP Photo/Kim Lee)', 'Boats at dawn.', 'AP Photo/Kim Lee'],
    ['Peacekeepers at a camp. Credit Ashraf Shazly/Agence France-Presse — Getty Images', 'Peacekeepers at a camp.', 'Ashraf Shazly/Agence France-Presse — Getty Images'],
    ['The Moulin Rouge cabaret in Paris Benoit Tessier/Reuters', 'The Moulin Rouge cabaret in Paris', 'Benoit Tessier/Reuters'],
    ['A quiet street. Photo: Jane Doe', 'A quiet street.', 'Jane Doe'],
    ['Prices rose in Europe/Asia', 'Prices rose in Europe/Asia', null],
  ])('%j', (text, caption, credit) => {
    expect(splitCredit(text)).toEqual({ caption, credit });
  });
});

describe('decoding and language', () => {
  it('prefers valid UTF-8 over a wrong declaration and falls back to windows-1252', () => {
    expect(decodeBytes(new TextEncoder().encode('Grüße'), 'gb2312')).toBe('Grüße');
    expect(decodeBytes(Uint8Array.from([0x47, 0x72, 0xfc, 0xdf, 0x65, 0x80]))).toBe('Grüße€');
    expect(decodeBytes(Uint8Array.from([0xfe, 0xff, 0x00, 0x41]))).toBe('A');
  });

  it('honours a declared charset when the bytes are not UTF-8', () => {
    const gbk = Uint8Array.from([0xc4, 0xe3, 0xba, 0xc3]); // 你好 in GB2312
    expect(decodeBytes(gbk, 'gb2312')).toBe('你好');
  });

  it('tells binary from text', () => {
    expect(describeBinary(Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]))).toBe('a PDF document');
    expect(describeBinary(new TextEncoder().encode('plain words\n'))).toBeNull();
  });

  it('detects languages and reads language tags', () => {
    expect(detectLanguage('Le séisme a fait près de 5 500 morts et touche huit des 28 millions d’habitants du Népal, selon les autorités.')).toBe('fr');
    expect(detectLanguage('Hello')).toBeNull();
    expect(normaliseLanguageTag('en-US')).toBe('en');
    expect(normaliseLanguageTag('und')).toBeNull();
  });
});

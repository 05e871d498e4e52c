import { describe, expect, it } from 'vitest';
import { headlineTokens, preferFullerHeadline } from './fuller-headline.ts';
import { parseTextClipping } from './index.ts';
import { toLines } from './lines.ts';

const menu = ['Celebs', 'Videos', 'Photos', 'Sign In', 'Register'];
const teasers = [
  'Pop Singer Cancels Tour After Vocal Strain',
  'Reality Star Opens Bakery in Burbank',
  'Director Says Sequel Is Finally Happening',
];
const article = [
  "Marla Quint's diamond-studded gown from the Golden Lens gala was taken from her hotel suite on Tuesday, police said.",
  'Detectives are reviewing camera footage from the hallway and interviewing staff who had keys to the room on the fourth floor.',
  'The gown, stitched with 4,000 small diamonds, is insured for about $90,000 according to people close to the designer.',
];

describe('a headline printed in full and then split into kicker and display line', () => {
  const copy = [
    ...menu,
    ...teasers,
    'Home',
    "Marla Quint's $90K Diamond Gala Gown -- GONE!!!",
    'Marla Quint',
    '$90K Diamond Gala Gown ... GONE!!!!',
    '3/4/2016 9:15 AM PST BY STAFF',
    '',
    ...article,
  ].join('\n');
  const clipping = parseTextClipping(copy);

  it('takes the full line as the title', () => {
    expect(clipping.title).toBe("Marla Quint's $90K Diamond Gala Gown -- GONE!!!");
  });

  it('does not take the kicker for an author nor put the pieces in the body', () => {
    expect(clipping.authors).not.toContain('Marla Quint');
    expect(clipping.body.join('\n')).not.toContain('GONE');
    expect(clipping.body[0]).toBe(article[0]);
  });
});

describe('a Chinese headline followed by a subheading that repeats its second half', () => {
  const copy = [
    '首页|新闻|图片|评论|娱乐|财经|体育|旅游',
    '首页 >> 科技资讯 >> 科技新闻 >> 正文',
    '城市骑行者说：共享单车改变通勤习惯',
    '发稿时间：2019-05-12 09:30:00 来源：某某日报',
    '',
    '图为一位骑行者在早高峰穿过路口。',
    '',
    '共享单车改变通勤习惯',
    '',
    '骑车上班前：地铁太挤怎么办？',
    '',
    '在采访中，不少上班族告诉记者，他们过去每天都要在地铁站排长队，如今改骑共享单车，通勤时间反而缩短了十几分钟。',
    '在城东一家软件公司工作的王先生说，他每天早上骑车二十分钟到公司，既锻炼了身体，也不用再担心地铁晚点的问题。',
    '也有受访者表示，雨雪天气和停车难仍然是共享单车需要解决的问题，希望城市能够规划更多的停车区域和专用车道。',
  ].join('\n');

  it('prefers the headline that contains the later subheading', () => {
    expect(parseTextClipping(copy).title).toBe('城市骑行者说：共享单车改变通勤习惯');
  });
});

describe('lines that must not replace the headline', () => {
  const body = [
    'The city council voted on Monday to extend the night bus service to the northern suburbs for another two years.',
    'Council members said ridership had doubled since the pilot began, and that the cost per ride had fallen by a third.',
    'The new timetable takes effect in March, with buses every twenty minutes between midnight and five in the morning.',
  ];

  it('keeps the headline when the fuller line above is a breadcrumb', () => {
    const copy = ['News', 'Sports', 'Home > Local > Council Extends Night Bus Service Again', 'Council Extends Night Bus Service', 'By Dana Reyes', ...body].join('\n');
    expect(parseTextClipping(copy).title).toBe('Council Extends Night Bus Service');
  });

  it('keeps the headline when the line above shares only a few of its words', () => {
    const copy = ['News', 'Sports', 'Council Budget Vote Delayed Again', 'Council Extends Night Bus Service', 'By Dana Reyes', ...body].join('\n');
    expect(parseTextClipping(copy).title).toBe('Council Extends Night Bus Service');
  });
});

describe('preferFullerHeadline on its own (every line scored alike)', () => {
  const choose = (texts: string[], best: number) => preferFullerHeadline(toLines(texts.join('\n')), { index: best, score: 5 }, () => 5);

  it('moves up to a longer line containing the chosen one, and marks the kicker and the chosen line as its pieces', () => {
    expect(choose(['Tenor Ruins Gala Night -- Walks Off!', 'Tenor', 'Gala Night ... Walks Off'], 2)).toEqual({ index: 0, pieces: [1, 2] });
  });

  it('leaves a line between that is not part of the headline out of the pieces', () => {
    expect(choose(['Tenor Ruins Gala Night -- Walks Off!', 'March 3, 2020', 'Gala Night ... Walks Off'], 2)).toEqual({ index: 0, pieces: [2] });
  });

  it('does not move to a breadcrumb or a "Title | Site" tab title', () => {
    expect(choose(['World › Music › Gala Night Walks Off', 'Gala Night Walks Off'], 1).index).toBe(1);
    expect(choose(['Gala Night Walks Off | The Daily Stage', 'Gala Night Walks Off'], 1).index).toBe(1);
    expect(choose(['Accueil » Musique » Gala Night Walks Off', 'Gala Night Walks Off'], 1).index).toBe(1);
  });

  it('moves over a French headline quoting with « »', () => {
    expect(choose(['Le ténor : « Gala Night Walks Off »', 'Gala Night Walks Off'], 1).index).toBe(0);
  });

  it('does not move to a line far above, a much longer one, or one scored far lower', () => {
    expect(choose(['Gala Night Walks Off Again', 'a', 'b', 'c', 'd', 'Gala Night Walks Off'], 5).index).toBe(5);
    expect(choose(['Gala Night Walks Off while the orchestra keeps playing and the audience in the hall cheers loudly', 'Gala Night Walks Off'], 1).index).toBe(1);
    const lines = toLines('Tenor Ruins Gala Night -- Walks Off!\nGala Night ... Walks Off');
    expect(preferFullerHeadline(lines, { index: 1, score: 9 }, (i) => (i === 0 ? 4 : 9)).index).toBe(1);
    expect(preferFullerHeadline(lines, { index: 1, score: 9 }, (i) => (i === 0 ? null : 9)).index).toBe(1);
  });
});

describe('headlineTokens', () => {
  it('splits spaced words and single CJK characters, lower-cased', () => {
    expect(headlineTokens('Night Bus 夜班车 -- OK')).toEqual(['night', 'bus', '夜', '班', '车', 'ok']);
  });
});

import { describe, expect, it } from 'vitest';
import { textHasPhrase } from './phrases.ts';
import { matchNames } from './names.ts';

describe('containsPhrase', () => {
  const text = 'North Korea’s envoy,\nsent to Russia. 北韩导弹发射了。북한이 오늘 오전 동해상으로 탄도미사일을 발사했다고 밝혔다. Les négociations sur le climat';
  const containsPhrase = textHasPhrase;

  it('matches words in order, case, punctuation and line breaks aside', () => {
    expect(containsPhrase(text, 'north korea s envoy')).toBe(true);
    expect(containsPhrase(text, 'ENVOY sent to')).toBe(true);
    expect(containsPhrase(text, 'envoy to')).toBe(false);
    expect(containsPhrase(text, 'korea envoy')).toBe(false);
  });

  it('matches whole words only in spaced scripts', () => {
    expect(containsPhrase(text, 'nvoy sent')).toBe(false);
    expect(containsPhrase(text, 'orth korea')).toBe(false);
    expect(containsPhrase('Northern Korea; north  Korea', 'north korea')).toBe(true);
    expect(containsPhrase('Northern Korea', 'north korea')).toBe(false);
    expect(containsPhrase(text, 'les négociations')).toBe(true);
    expect(containsPhrase(text, 'LES NÉGOCIATIONS')).toBe(true);
  });

  it('finds Korean words and Chinese characters', () => {
    expect(containsPhrase(text, '탄도미사일을 발사했다고')).toBe(true);
    expect(containsPhrase(text, '발사했다고 탄도미사일을')).toBe(false);
    expect(containsPhrase(text, '导弹发射')).toBe(true);
    expect(containsPhrase(text, '发射导弹')).toBe(false);
  });
});

describe('matchNames', () => {
  const names = ['The Guardian', 'The Korea Herald', 'Korea JoongAng Daily', 'Kim Min-jun', 'Ji-woo Kim', 'Akim Smith'];
  it('prefers the exact name, else names with the typed text at a word start', () => {
    expect(matchNames('the guardian', names)).toEqual(['The Guardian']);
    expect(matchNames('guardian', names)).toEqual(['The Guardian']);
    expect(matchNames('korea', names)).toEqual(['The Korea Herald', 'Korea JoongAng Daily']);
    expect(matchNames('kim', names)).toEqual(['Kim Min-jun', 'Ji-woo Kim']);
    expect(matchNames('planet', names)).toEqual([]);
    expect(matchNames('  ', names)).toEqual([]);
  });
});

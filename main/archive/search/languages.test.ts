/**
 * Clippings in other languages are found by their words: real sentences in Korean, Chinese,
 * Japanese, Russian and French, indexed with their language's pipeline (or, without a language,
 * by their script), next to English ones that index exactly as before.
 */
import { describe, expect, it } from 'vitest';
import { buildCompactIndex } from './compact-builder.ts';
import { guessLanguage } from './languages.ts';
import { SegmentedIndex } from './segments.ts';
import { makeDoc } from '../../test-support/search-fixtures.ts';

const docs = [
  makeDoc(1, { title: '서울에서 열린 국제 회의', body: '대한민국 정부는 서울에서 기후 변화에 관한 국제 회의를 열었다. 참가자들은 탄소 배출을 줄이기로 합의했다.', language: 'ko' }),
  makeDoc(2, { title: '北京举行国际会议', body: '中国政府在北京举行了关于气候变化的国际会议。与会者同意减少碳排放。', language: 'zh' }),
  makeDoc(3, { title: '東京で国際会議が開かれた', body: '日本政府は東京で気候変動に関する国際会議を開催しました。参加者は炭素排出量の削減に合意しました。', language: 'ja' }),
  makeDoc(4, { title: 'Международная конференция в Москве', body: 'Правительство провело международную конференцию о климате. Участники договорились сократить выбросы.', language: 'ru' }),
  makeDoc(5, { title: 'Une conférence internationale à Paris', body: 'Le gouvernement a organisé des négociations sur le climat. Les participants ont accepté de réduire les émissions.', language: 'fr' }),
  makeDoc(6, { title: 'International meeting in London', body: 'The government held international meetings on the climate. Delegates agreed to cut emissions.', language: 'en' }),
  // No language given: Korean recognised by its script.
  makeDoc(7, { title: '부산 항구의 새로운 선박', body: '부산 항구에 새로운 선박들이 도착했다. 항구 관계자들은 물동량이 늘었다고 말했다.' }),
  // A Russian clipping with Latin-script tags, source and names: those words are English to the index.
  makeDoc(8, { title: 'Санкции против Газпрома', source: 'Interfax', tags: 'energy sanctions-watch', body: 'Компания Gazprom заявила о новых контрактах. Представитель сказал, что sanctions не повлияют на поставки.', language: 'ru' }),
];

function found(index: SegmentedIndex, query: string): number[] {
  const outcome = index.search(query);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.hits.map((hit) => hit.id).sort((a, b) => a - b);
}

describe('search in the languages of the archive', () => {
  const index = new SegmentedIndex(buildCompactIndex(docs));

  it('finds Korean words, with particles attached in the text or not', () => {
    expect(found(index, '서울')).toEqual([1]);
    expect(found(index, '기후')).toEqual([1]);
    expect(found(index, '회의')).toEqual([1]);
  });

  it('finds Chinese words in text written without spaces', () => {
    expect(found(index, '北京')).toEqual([2]);
    expect(found(index, '气候变化')).toEqual([2]);
  });

  it('finds Japanese words segmented by TinySegmenter', () => {
    expect(found(index, '東京')).toEqual([3]);
    expect(found(index, '気候変動')).toEqual([3]);
  });

  it('stems Russian and French with their own stemmers', () => {
    expect(found(index, 'конференции')).toEqual([4]);
    expect(found(index, 'климат')).toEqual([4]);
    expect(found(index, 'négociation')).toEqual([5]);
    expect(found(index, '+participant')).toEqual([5]);
  });

  it('finds Latin-script words (tags, sources, names) in a clipping in another alphabet', () => {
    expect(found(index, 'interfax')).toEqual([8]);
    expect(found(index, 'tags:energy')).toEqual([8]);
    expect(found(index, 'gazprom')).toEqual([8]);
    expect(found(index, 'sanction')).toEqual([8]);
    expect(found(index, 'контракт')).toEqual([8]);
  });

  it('keeps English as Lunr indexes it', () => {
    expect(found(index, 'meeting')).toEqual([6]);
    expect(found(index, 'governments')).toEqual([6]);
  });

  it('recognises a clipping in Hangul without a language, and finds it', () => {
    expect(found(index, '부산')).toEqual([7]);
    expect(found(index, '선박')).toEqual([7]);
  });

  it('finds the same words in a clipping added later, as a recent segment', () => {
    const later = new SegmentedIndex(buildCompactIndex(docs.slice(5)));
    later.apply([docs[0]!, docs[1]!, docs[2]!], []);
    expect(found(later, '서울')).toEqual([1]);
    expect(found(later, '北京')).toEqual([2]);
    expect(found(later, '東京')).toEqual([3]);
  });

  it('guesses scripts English cannot index, and nothing else', () => {
    expect(guessLanguage('서울에서 열린 국제 회의')).toBe('ko');
    expect(guessLanguage('東京で国際会議が開かれた')).toBe('ja');
    expect(guessLanguage('中国政府在北京举行了')).toBe('zh');
    expect(guessLanguage('Правительство провело')).toBe('ru');
    expect(guessLanguage('The mayor of Москва spoke in Zürich')).toBe('en');
  });
});

describe('snippets of clippings in other languages', () => {
  it('marks the Chinese, Japanese and Korean words a query matched', async () => {
    const { makeSnippet } = await import('./snippet.ts');
    const index = new SegmentedIndex(buildCompactIndex(docs));
    for (const [query, id, word] of [['气候变化', 2, '气候变化'], ['東京', 3, '東京'], ['서울', 1, '서울']] as const) {
      const outcome = index.search(query);
      const hit = outcome.ok ? outcome.hits.find((h) => h.id === id) : undefined;
      const marked = makeSnippet(docs[id - 1]!.body, hit?.terms ?? []).filter((part) => part.mark).map((part) => part.text);
      expect(marked).toContain(word);
    }
  });
});

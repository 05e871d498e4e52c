import { describe, expect, it } from 'vitest';
import { bylineText, publishedText } from './clippingWords.ts';

describe('the words around a clipping, in its language', () => {
  it('writes dates as a person does, with the update when it is another day', () => {
    expect(publishedText('2017-01-13', '2017-01-14', 'en')).toBe('13 January 2017, updated 14 January');
    expect(publishedText('2017-01-13', '2017-01-13', 'en')).toBe('13 January 2017');
    expect(publishedText('2016-12-31', '2017-01-02', 'en')).toBe('31 December 2016, updated 2 January 2017');
    expect(publishedText('sometime in 2014', null, 'en')).toBe('sometime in 2014');
  });
  it('labels French and Portuguese clippings in French and Portuguese', () => {
    expect(publishedText('2015-04-30', '2015-05-02', 'fr')).toBe('30 avril 2015, mis à jour le 2 mai');
    expect(bylineText('Sébastien Farcis', 'fr')).toBe('Par Sébastien Farcis');
    expect(publishedText('2018-12-21', '2018-12-22', 'pt-BR')).toBe('21 de dezembro de 2018, atualizado em 22 de dezembro');
    expect(bylineText('Bruno Rodrigues', 'pt')).toBe('Por Bruno Rodrigues');
  });
  it('drops the word in a language it does not know, rather than saying it in English', () => {
    expect(bylineText('田中太郎', 'ja')).toBe('田中太郎');
    expect(bylineText('Jane Doe', null)).toBe('By Jane Doe');
  });
});

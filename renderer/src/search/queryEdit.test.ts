import { describe, expect, it } from 'vitest';
import { addFilterToQuery, filterText, filtersAsQuery } from './queryEdit.ts';

describe('addFilterToQuery', () => {
  it('writes the filter in the query language, quoting values with spaces', () => {
    expect(filterText('tag', 'korea/north')).toBe('tag:korea/north');
    expect(filterText('source', 'The Korea Herald')).toBe('source:"The Korea Herald"');
    expect(filterText('author', 'Bad "quote"')).toBe('author:"Bad quote"');
  });

  it('appends once, after what was typed', () => {
    expect(addFilterToQuery('', 'tag', 'korea')).toBe('tag:korea');
    expect(addFilterToQuery(' envoy ', 'date', '2019')).toBe('envoy date:2019');
    expect(addFilterToQuery('envoy tag:korea', 'tag', 'korea')).toBe('envoy tag:korea');
    expect(addFilterToQuery('"north korea" source:"The Guardian"', 'source', 'The Guardian')).toBe('"north korea" source:"The Guardian"');
  });
});

describe('filtersAsQuery', () => {
  it('writes the library filters in the query language', () => {
    expect(filtersAsQuery({})).toBe('');
    expect(filtersAsQuery({ tags: ['korea', 'energy/oil'], source: 'The Guardian', language: 'en', from: '2019-01', to: '2020' })).toBe(
      'tag:korea tag:energy/oil source:"The Guardian" lang:en after:2019-01 before:2020',
    );
    expect(filtersAsQuery({ tags: ['korea', 'north korea'], tagMatch: 'any' })).toBe('tag:"korea,north korea"');
  });
});

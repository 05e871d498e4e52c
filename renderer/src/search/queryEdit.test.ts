import { describe, expect, it } from 'vitest';
import { addFilterToQuery, filterText } from './queryEdit.ts';

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

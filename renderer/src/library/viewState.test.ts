import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, filterFields, formatView, parseView, viewOfSaved, type LibraryViewState } from './viewState.ts';

describe('library view in the URL', () => {
  it('round-trips every part of a view', () => {
    const view: LibraryViewState = {
      text: 'envoy "six party"',
      sort: 'title',
      filters: { tags: ['korea/north', 'russia & co'], tagMatch: 'any', source: 'Voice of America', author: 'Jee Abbey Lee', language: 'en', from: '2014', to: '2015-06' },
      open: 42,
      trash: false,
    };
    expect(parseView(formatView(view))).toEqual(view);
    const trash = { ...DEFAULT_VIEW, trash: true };
    expect(parseView(formatView(trash))).toEqual(trash);
  });

  it('writes the default view as a bare hash and reads an empty one as the default', () => {
    expect(formatView(DEFAULT_VIEW)).toBe('#/');
    expect(parseView('')).toEqual(DEFAULT_VIEW);
    expect(parseView('#/')).toEqual(DEFAULT_VIEW);
  });

  it('leaves out what it cannot read instead of failing', () => {
    expect(parseView('#/?sort=random&open=-3&from=last-week&to=2014-13-99x&tag=')).toEqual(DEFAULT_VIEW);
  });

  it('sends only filters with a value, and "any" only for two tags or more', () => {
    expect(filterFields({ tags: [], tagMatch: 'any', source: '', author: 'A' })).toEqual({ author: 'A' });
    expect(filterFields({ tags: ['a'], tagMatch: 'any' })).toEqual({ tags: ['a'] });
    expect(viewOfSaved({ text: 'x', tags: ['a', 'b'], tagMatch: 'any' })).toEqual({ text: 'x', sort: 'imported', filters: { tags: ['a', 'b'], tagMatch: 'any' }, trash: false });
  });
});

import { describe, expect, it } from 'vitest';
import type { Clipping } from '../../../preload/api/index.ts';
import { describeReparse } from './useCorrections.ts';

const clipping: Clipping = {
  id: 1, title: 'Harbour Talks Resume', subtitle: null, authors: ['Ana Ruiz'], source: null, url: null, publishedAt: null,
  language: 'en', images: [], body: ['The talks resumed on Monday.'], authorBio: null, tags: [], importedAt: '2026-11-29T09:00:00Z',
  original: { name: 'harbour.txt', sha256: 'a'.repeat(64), size: 40, mediaType: 'text/plain' },
};

describe('describeReparse', () => {
  it('says nothing changed when the parser finds the same, and names the original', () => {
    expect(describeReparse(clipping, { ...clipping })).toBe('Re-parsed from harbour.txt: nothing changed.');
  });

  it('says updated when a parsed field differs, and counts the corrections kept', () => {
    const after: Clipping = {
      ...clipping,
      body: ['The talks resumed on Monday.', 'A second paragraph found.'],
      corrections: [{ field: 'title', original: 'Harbour', correctedAt: '2026-11-29T09:01:00Z' }],
    };
    expect(describeReparse(clipping, after)).toBe('Re-parsed from harbour.txt: updated. 1 correction kept.');
    const two: Clipping = { ...after, corrections: [...after.corrections!, { field: 'source', original: null, correctedAt: '2026-11-29T09:02:00Z' }] };
    expect(describeReparse(clipping, two)).toBe('Re-parsed from harbour.txt: updated. 2 corrections kept.');
  });
});

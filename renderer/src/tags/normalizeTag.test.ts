import { describe, expect, it } from 'vitest';
import { normalizeTag } from './normalizeTag.ts';

describe('normalizeTag', () => {
  it('lower-cases, hyphenates spaces and tidies a hierarchy', () => {
    expect(normalizeTag('  North Korea ')).toBe('north-korea');
    expect(normalizeTag('Korea / North Side/')).toBe('korea/north-side');
    expect(normalizeTag('//')).toBe('');
  });
});

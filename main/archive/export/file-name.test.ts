import { describe, expect, it } from 'vitest';
import { pdfFileName } from './file-name.ts';
import { voaClipping } from '../../test-support/voa-clipping.ts';

describe('pdfFileName', () => {
  it('is "<source> - <title> (<date>).pdf"', () => {
    expect(pdfFileName(voaClipping())).toBe(
      'Voice of America - US Experts- N. Korean Envoy Sent to Russia to Ease Diplomatic Isolation (2014-11-24).pdf',
    );
  });

  it('strips path separators, characters Windows rejects and control characters', () => {
    const name = pdfFileName(voaClipping({ title: '../../etc/passwd\\evil\u0000\u0007 <a|b>?*"', source: 'A/B\nNews' }));
    // eslint-disable-next-line no-control-regex
    expect(name).not.toMatch(/[/\\<>:"|?*\u0000-\u001f]/);
    expect(name).toBe('A-B News - ..-..-etc-passwd-evil -a-b---- (2014-11-24).pdf');
  });

  it('does not start with a dot or end in spaces before the extension', () => {
    expect(pdfFileName(voaClipping({ source: null, title: '  ...hidden.  ', publishedAt: null }))).toBe('hidden (2026-11-29).pdf');
  });

  it('falls back to the clipping id when the title is empty, and to the import date', () => {
    expect(pdfFileName(voaClipping({ id: 42, title: ' \t ', source: null, publishedAt: null }))).toBe('Clipping 42 (2026-11-29).pdf');
  });

  it('keeps long names under file system limits, cut at a word', () => {
    const name = pdfFileName(voaClipping({ title: 'word '.repeat(200) }));
    expect(Buffer.byteLength(name)).toBeLessThan(255);
    expect(name).toMatch(/word \(2014-11-24\)\.pdf$/);
  });
});

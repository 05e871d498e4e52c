import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { defaultTitle, describeTarget, fileStem, overallFraction, phaseWords, searchTarget, targetCount } from './exportTarget.ts';
import { zipFiles } from './zipFiles.ts';

describe('what an export is made from', () => {
  it('a search carries its filters in the query language and highlights only the typed words', () => {
    const target = searchTarget(' ferry ', { tags: ['transport'], source: 'The Times' }, 4);
    expect(target).toMatchObject({ kind: 'search', terms: 'ferry', count: 4 });
    expect(target.kind === 'search' && target.query).toMatch(/^ferry tag:transport source:/);
    expect(defaultTitle(target)).toBe('Search: ferry');
    expect(describeTarget(target)).toBe('4 clippings found by “' + (target.kind === 'search' ? target.query : '') + '”');
  });

  it('a filter-only saved search is titled by its name', () => {
    const target = searchTarget('', { tags: ['korea'] }, 1, 'Korea watch');
    expect(target.kind === 'search' && target.query).toBe('tag:korea');
    expect(defaultTitle(target)).toBe('Korea watch');
    expect(describeTarget(target)).toBe('1 clipping found by the saved search “Korea watch”');
  });

  it('titles and counts for a pick, a tag and one clipping', () => {
    expect(defaultTitle({ kind: 'selection', ids: [3, 1, 2] })).toBe('Dossier of 3 clippings');
    expect(targetCount({ kind: 'selection', ids: [3, 1, 2] })).toBe(3);
    expect(defaultTitle({ kind: 'tag', tag: 'asia/korea', count: 12 })).toBe('Clippings tagged “asia/korea”');
    expect(describeTarget({ kind: 'tag', tag: 'asia/korea', count: 12 })).toContain('12 clippings');
    expect(targetCount({ kind: 'clipping', id: 9, title: 'A' })).toBe(1);
  });
});

describe('progress in words and as a fraction', () => {
  it('says each phase in words, with counts when known', () => {
    expect(phaseWords('gathering', 12, 60)).toBe('Gathering the clippings (12 of 60)');
    expect(phaseWords('layout', 0, 1)).toBe('Laying out the pages');
    expect(phaseWords('numbering', 30, 120)).toBe('Numbering the pages (30 of 120)');
    expect(phaseWords('printing', 0, 1)).toBe('Printing the final PDF');
  });

  it('never runs backwards from one phase to the next', () => {
    const steps = [
      overallFraction('gathering', 0, 60),
      overallFraction('gathering', 60, 60),
      overallFraction('layout', 0, 1),
      overallFraction('layout', 1, 1),
      overallFraction('numbering', 0, 0),
      overallFraction('numbering', 120, 120),
      overallFraction('printing', 0, 1),
      overallFraction('printing', 1, 1),
      overallFraction('done', 1, 1),
    ];
    for (let i = 1; i < steps.length; i++) expect(steps[i]).toBeGreaterThanOrEqual(steps[i - 1]!);
    expect(steps.at(-1)).toBe(1);
    expect(overallFraction('gathering', 90, 60)).toBe(overallFraction('gathering', 60, 60));
  });
});

describe('file names and the .zip', () => {
  it('makes a plain file stem from a title', () => {
    expect(fileStem('Été à Séoul: “briefing” #2')).toBe('Ete-a-Seoul-briefing-2');
    expect(fileStem('“ ”')).toBe('clippings');
  });

  it('zips the files so each comes back whole, a repeated name kept apart', () => {
    const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
    const zip = zipFiles(
      [
        { fileName: 'a.md', mediaType: 'text/markdown', data: bytes('---\ntitle: A\n---\n') },
        { fileName: 'a.md', mediaType: 'text/markdown', data: bytes('---\ntitle: B\n---\n') },
      ],
      'notes.zip',
    );
    expect(zip).toMatchObject({ fileName: 'notes.zip', mediaType: 'application/zip' });
    const files = unzipSync(zip.data);
    expect(Object.keys(files).sort()).toEqual(['a-2.md', 'a.md']);
    expect(new TextDecoder().decode(files['a-2.md'])).toContain('title: B');
  });
});

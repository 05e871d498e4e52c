import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { API_METHODS } from '../../preload/api/index.ts';
import { openTempArchive, type TempArchive } from '../test-support/temp-archive.ts';
import { SAMPLE_FILE } from '../archive/location.ts';
import { createDispatcher, type Dispatch } from './dispatch.ts';
import { ARGUMENT_SCHEMAS } from './schemas.ts';

let t: TempArchive;
let dispatch: Dispatch;
beforeAll(async () => {
  t = await openTempArchive();
  dispatch = createDispatcher(t.archive);
});
afterAll(async () => {
  await t.dispose();
});

describe('createDispatcher', () => {
  it('has an argument schema for every method of the contract', () => {
    expect(Object.keys(ARGUMENT_SCHEMAS).sort()).toEqual([...API_METHODS].sort());
  });

  it('calls the archive with valid arguments', async () => {
    const data = new Uint8Array(readFileSync(SAMPLE_FILE));
    const imported = await dispatch('importFiles', [[{ name: 'voa.txt', data }]]);
    expect(imported).toMatchObject({ ok: true, value: { outcomes: [{ status: 'imported' }] } });
    expect(await dispatch('list', [{ sort: 'published' }])).toMatchObject({ ok: true, value: { total: 1 } });
    expect(await dispatch('importText', ['Some pasted words about Jannuzi and Pyongyang.', undefined])).toMatchObject({ ok: true });
  });

  it.each([
    ['an unknown method', 'deleteEverything', []],
    ['a method name from Object.prototype', 'constructor', []],
    ['a string id', 'get', ['1']],
    ['a negative id', 'deleteClipping', [-1]],
    ['a fractional id', 'get', [1.5]],
    ['missing arguments', 'setTags', [1]],
    ['extra arguments', 'listTags', [1]],
    ['an unknown option', 'list', [{ sort: 'imported', evil: true }]],
    ['a bad sort', 'list', [{ sort: 'random' }]],
    ['a file that is not bytes', 'importFiles', [[{ name: 'a.txt', data: 'text' }]]],
    ['a path instead of a file', 'importFiles', ['/etc/passwd']],
    ['an empty file list', 'importFiles', [[]]],
    ['a paper size nobody has', 'exportPdf', [1, { paper: 'A0' }]],
    ['a too long query', 'search', [{ text: 'x'.repeat(5000) }]],
  ])('refuses %s with a typed invalid-argument error', async (_what, method, args) => {
    const result = await dispatch(method, args as unknown[]);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-argument');
      expect(result.error.message.length).toBeGreaterThan(10);
    }
  });
});

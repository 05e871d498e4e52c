/**
 * Test support: the real index worker on a slow disk. Every fsync takes half a second longer, so a
 * test can catch the worker in the middle of saving index.bin (the binary image is written too
 * fast to catch otherwise) and check that closing lets the save finish.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const fsync = fs.fsyncSync;
fs.fsyncSync = (fd: number): void => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
  fsync(fd);
};
syncBuiltinESMExports();
await import('../archive/search/index-worker.ts');

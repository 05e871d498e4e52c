/**
 * Test support: the real index worker, except that it refuses every merge, so a test can see the
 * index fall back to rebuilding from the archive (and what it says when that fails too).
 */
import { parentPort } from 'node:worker_threads';
import type { WorkerRequest } from '../archive/search/index-worker.ts';

const port = parentPort;
if (port) {
  const on = port.on.bind(port);
  port.on = ((event: string, listener: (request: WorkerRequest) => void) =>
    on(event, (request: WorkerRequest) => {
      if (event === 'message' && request.kind === 'merge') port.postMessage({ id: request.id, kind: 'failed', message: 'this test worker refuses merges' });
      else listener(request);
    })) as typeof port.on;
}
await import('../archive/search/index-worker.ts');

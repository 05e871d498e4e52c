/**
 * A handshake in shared memory between the main thread and the index worker, so closing never
 * kills the worker in the middle of writing index.json: the worker writes only after turning the
 * gate from open to writing, and the main thread terminates it only after turning the gate from
 * open to closed. Whichever turns it first wins; no message can arrive too late.
 */
const OPEN = 0;
const WRITING = 1;
const CLOSED = 2;

export type PersistGate = Int32Array;

export function makePersistGate(): PersistGate {
  return new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
}

/** Worker side: true when it may write now (and must call endWrite after); false once closing. */
export function beginWrite(gate: PersistGate): boolean {
  return Atomics.compareExchange(gate, 0, OPEN, WRITING) === OPEN;
}

export function endWrite(gate: PersistGate): void {
  Atomics.compareExchange(gate, 0, WRITING, OPEN);
}

/** Main side: true when no write is under way and none can start; false while one is. */
export function tryCloseGate(gate: PersistGate): boolean {
  const before = Atomics.compareExchange(gate, 0, OPEN, CLOSED);
  return before === OPEN || before === CLOSED;
}

/** Main side, for a fresh worker after one died (perhaps while writing). */
export function reopenGate(gate: PersistGate): void {
  Atomics.store(gate, 0, OPEN);
}

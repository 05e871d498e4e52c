import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { base64ToBytes, bytesToBase64, decodeWire, encodeWire } from './wire.ts';

describe('wire codec', () => {
  it('round-trips bytes of any length through base64, as Node encodes them', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = bytesToBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect(base64ToBytes(text)).toEqual(bytes);
      }),
    );
  });

  it('carries Uint8Array values inside JSON and leaves other objects alone', () => {
    const value = { args: [[{ name: 'a.txt', data: new Uint8Array([0, 1, 255]) }], { $bytes: 1, other: 2 }] };
    expect(decodeWire(encodeWire(value))).toEqual(value);
  });

  it('refuses base64 with characters outside the alphabet', () => {
    expect(() => base64ToBytes('ab$d')).toThrow(/invalid base64/);
  });
});

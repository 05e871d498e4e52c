/**
 * Bytes to text. Order of trust: a byte-order mark, then the bytes themselves when they are valid
 * UTF-8 with non-ASCII content (pages often declare a charset they were not saved in, e.g. gb2312
 * on a UTF-8 file, and random bytes in another encoding are almost never valid UTF-8), then a
 * declared charset, then windows-1252 (the superset of Latin-1 that browsers use for it).
 */

const SNIFF_BYTES = 4096;

export function decodeBytes(data: Uint8Array, declaredCharset?: string | null): string {
  const bom = bomEncoding(data);
  if (bom) return new TextDecoder(bom.encoding).decode(data.subarray(bom.length));
  if (isValidUtf8(data)) return new TextDecoder('utf-8').decode(data);
  const declared = declaredCharset ?? sniffDeclaredCharset(data);
  if (declared) {
    const decoder = decoderFor(declared);
    if (decoder) return decoder.decode(data);
  }
  return new TextDecoder('windows-1252').decode(data);
}

function bomEncoding(data: Uint8Array): { encoding: string; length: number } | null {
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (data[0] === 0xff && data[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (data[0] === 0xfe && data[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

function isValidUtf8(data: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(data);
    return true;
  } catch {
    return false;
  }
}

function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label.trim().toLowerCase());
  } catch {
    return null; // an unknown label: fall back rather than fail the import
  }
}

/** The charset a page or message declares near its start (meta charset, http-equiv, MIME header). */
function sniffDeclaredCharset(data: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(data.subarray(0, SNIFF_BYTES));
  const match = /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return match?.[1] ?? null;
}

/** The first bytes, read as Latin-1 so that every byte maps to one character (for sniffing). */
export function headAsLatin1(data: Uint8Array, length = SNIFF_BYTES): string {
  return new TextDecoder('latin1').decode(data.subarray(0, length));
}

const BINARY_SIGNATURES: { name: string; bytes: number[] }[] = [
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'a ZIP archive (or an Office document)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'a WebP or other RIFF media file', bytes: [0x52, 0x49, 0x46, 0x46] },
];

/**
 * Says what binary data this looks like, or null for text. Known signatures first; otherwise NUL
 * bytes or many control characters in the first block (text files have neither; UTF-16 files carry
 * a BOM and are handled before this).
 */
export function describeBinary(data: Uint8Array): string | null {
  for (const signature of BINARY_SIGNATURES) {
    if (signature.bytes.every((byte, i) => data[i] === byte)) return signature.name;
  }
  if (bomEncoding(data)) return null;
  const sample = data.subarray(0, SNIFF_BYTES);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return 'binary data';
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05 ? 'binary data' : null;
}

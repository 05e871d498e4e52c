/**
 * Where an image's bytes come from when a page is imported: the parts of an MHTML file, the files
 * beside a page saved "complete" (read by the importer and handed over here as a map), and data:
 * URIs inside the page itself. Nothing is ever fetched from the web: an address not found in what
 * was imported stays an address.
 */
import { decodeTransfer, parameter, splitHeaders, splitMultipart } from '../mhtml.ts';

/** The bytes of the first of `refs` that the source holds, with the address they were found under; or null. */
export type ImageResolver = (refs: readonly string[]) => { bytes: Uint8Array; ref: string } | null;

/** The bytes a data: URI carries (base64 or percent-encoded); null when it is not one. */
function dataUriBytes(uri: string): Uint8Array | null {
  const match = /^data:([^,]*?)(;base64)?,(.*)$/is.exec(uri.trim());
  if (!match) return null;
  const payload = match[3] ?? '';
  try {
    return match[2] ? Uint8Array.from(Buffer.from(payload.replace(/\s+/g, ''), 'base64')) : new TextEncoder().encode(decodeURIComponent(payload));
  } catch {
    return null;
  }
}

/** Every non-HTML part of an MHTML file by its Content-Location (and `cid:` Content-ID). */
export function mhtmlResources(data: Uint8Array): Map<string, Uint8Array> {
  const top = splitHeaders(new TextDecoder('latin1').decode(data));
  const contentType = top.headers.get('content-type') ?? '';
  const resources = new Map<string, Uint8Array>();
  if (!/multipart\//i.test(contentType)) return resources;
  for (const part of splitMultipart(top.body, parameter(contentType, 'boundary'))) {
    if (/^text\/html\b/i.test(part.headers.get('content-type') ?? '')) continue;
    const bytes = decodeTransfer(part.body, part.headers.get('content-transfer-encoding') ?? '');
    const location = part.headers.get('content-location');
    const id = part.headers.get('content-id')?.replace(/^<|>$/g, '');
    if (location && !resources.has(location)) resources.set(location, bytes);
    if (id) resources.set(`cid:${id}`, bytes);
  }
  return resources;
}

/** A relative address as a path inside the page's folder: "./Page_files/a%20b.jpg" is "Page_files/a b.jpg"; null when it leaves the folder. */
function relativeResourcePath(ref: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('/') || ref.startsWith('\\')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(ref.split(/[?#]/)[0] ?? '');
  } catch {
    return null;
  }
  const parts: string[] = [];
  for (const piece of decoded.split(/[\\/]+/)) {
    if (piece === '' || piece === '.') continue;
    if (piece === '..' || piece.includes('\0')) return null;
    parts.push(piece);
  }
  return parts.length > 0 ? parts.join('/') : null;
}

/**
 * The resolver for a page: data: URIs always; then the resources given, looked up by the address
 * as written, and for relative addresses by their path inside the page's folder (among the
 * resources, else read from beside the page by `readBeside`).
 */
export function pageResolver(resources: ReadonlyMap<string, Uint8Array> = new Map(), readBeside?: (relativePath: string) => Uint8Array | null): ImageResolver {
  return (refs) => {
    for (const ref of refs) {
      if (/^data:/i.test(ref)) {
        const bytes = dataUriBytes(ref);
        if (bytes) return { bytes, ref };
        continue;
      }
      const direct = resources.get(ref);
      if (direct) return { bytes: direct, ref };
      const relative = relativeResourcePath(ref);
      const byPath = relative === null ? undefined : (resources.get(relative) ?? readBeside?.(relative) ?? undefined);
      if (byPath) return { bytes: byPath, ref };
      // Files picked together without their folder (a file dialog gives names only): by file name.
      const byName = relative === null ? undefined : resources.get(relative.split('/').at(-1) ?? '');
      if (byName) return { bytes: byName, ref };
    }
    return null;
  };
}

/**
 * Every image that enters the archive passes through here: its type is told from its bytes (never
 * from a name or a declared type), it is decoded within pixel and byte limits, and it is encoded
 * again, so what is stored is a plain JPEG, PNG or WebP that this code wrote itself. SVG is drawn
 * to pixels and never kept as markup. Metadata is dropped (EXIF location with it) unless the
 * person asked to keep it. A thumbnail is made at the same time, once.
 */
import { createHash } from 'node:crypto';
import type { Metadata, Sharp } from 'sharp';

/** Bytes of one image as found; a bigger file is not a news photo. */
export const MAX_IMAGE_BYTES = 25 * 1024 * 1024;
/** Pixels decoded at most (a decompression bomb stops here, before memory is spent on it). */
const MAX_IMAGE_PIXELS = 60_000_000;
/** The long side kept: enough to read a photo on any screen and print it at full page width. */
export const MAX_STORED_SIDE = 3000;
/** An image smaller than this either way is an icon, a spacer or a tracking pixel, not a photo. */
const MIN_PHOTO_SIDE = 48;
/** The list's thumbnail fits in this square (twice its size on screen, for sharp HiDPI displays). */
const THUMBNAIL_SIDE = 240;

export type StoredMediaType = 'image/jpeg' | 'image/png' | 'image/webp';
export type SniffedType = 'jpeg' | 'png' | 'gif' | 'webp' | 'avif' | 'svg';

export interface EncodedImage {
  data: Uint8Array;
  mediaType: StoredMediaType;
  width: number;
  height: number;
}

export interface NormalisedImage extends EncodedImage {
  /** SHA-256 of the stored bytes: the same photo in many clippings is kept once. */
  sha256: string;
  thumbnail: EncodedImage;
}

export interface ImageCodecOptions {
  /** Keep the photo's EXIF (GPS location included); otherwise all metadata is dropped. */
  keepLocation?: boolean;
}

/** Why an image was not kept, in words for the import report. */
export class ImageRejected extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImageRejected';
  }
}

const startsWith = (bytes: Uint8Array, signature: number[], at = 0): boolean => signature.every((b, i) => bytes[at + i] === b);
const ascii = (bytes: Uint8Array, from: number, to: number): string => String.fromCharCode(...bytes.subarray(from, to));

/** The image format the bytes themselves announce; null for anything else. */
export function sniffImageType(bytes: Uint8Array): SniffedType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return 'gif';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  if (ascii(bytes, 4, 8) === 'ftyp' && /^avi[fs]$/.test(ascii(bytes, 8, 12))) return 'avif';
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 1024)).replace(/^\ufeff/, '').trimStart();
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype svg[^>]*>\s*)?<svg[\s>]/i.test(head)) return 'svg';
  return null;
}

/** What the stored copy is written as: photos stay JPEG, lossless pictures stay lossless. */
function outputFor(type: SniffedType): StoredMediaType {
  if (type === 'jpeg' || type === 'avif') return 'image/jpeg';
  if (type === 'webp') return 'image/webp';
  return 'image/png';
}

function encode(pipeline: Sharp, mediaType: StoredMediaType): Sharp {
  if (mediaType === 'image/jpeg') return pipeline.jpeg({ quality: 88, chromaSubsampling: '4:2:0' });
  if (mediaType === 'image/webp') return pipeline.webp({ quality: 86 });
  return pipeline.png({ compressionLevel: 7 });
}

/**
 * Verifies, re-encodes and thumbnails one image. Throws ImageRejected, with the reason, for bytes
 * that are not an image of a kept type, that lie about their type, or that pass a limit.
 */
export async function normaliseImage(bytes: Uint8Array, options: ImageCodecOptions = {}): Promise<NormalisedImage> {
  if (bytes.byteLength > MAX_IMAGE_BYTES) {
    throw new ImageRejected(`it is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB, more than the ${MAX_IMAGE_BYTES / 1024 / 1024} MB an image may be`);
  }
  const type = sniffImageType(bytes);
  if (!type) throw new ImageRejected('its bytes are not a JPEG, PNG, GIF, WebP, AVIF or SVG image');
  // libvips is loaded on the first image, not with the importer: a text clipping never waits for it.
  const { default: sharp } = await import('sharp');
  const input = (): Sharp =>
    sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error', animated: false, density: type === 'svg' ? 72 : undefined }).timeout({ seconds: 20 });
  let meta: Metadata;
  try {
    meta = await input().metadata();
  } catch (error) {
    throw new ImageRejected(`it cannot be decoded (${(error as Error).message})`);
  }
  const declared = meta.format === 'heif' ? 'avif' : meta.format;
  if (declared !== type) throw new ImageRejected(`its bytes start like ${type} but decode as ${meta.format ?? 'nothing known'}`);
  const width = meta.autoOrient?.width ?? meta.width ?? 0;
  const height = meta.autoOrient?.height ?? meta.height ?? 0;
  if (width * height > MAX_IMAGE_PIXELS) throw new ImageRejected(`it is ${width}×${height} pixels, more than Clipdesk decodes`);
  if (width < MIN_PHOTO_SIDE || height < MIN_PHOTO_SIDE) throw new ImageRejected(`it is ${width}×${height} pixels: an icon or a spacer, not a photo`);
  const mediaType = outputFor(type);
  try {
    let pipeline = input().rotate().resize({ width: MAX_STORED_SIDE, height: MAX_STORED_SIDE, fit: 'inside', withoutEnlargement: true });
    if (options.keepLocation) pipeline = pipeline.keepExif();
    const stored = await encode(pipeline, mediaType).toBuffer({ resolveWithObject: true });
    const thumb = await sharp(stored.data)
      .resize({ width: THUMBNAIL_SIDE, height: THUMBNAIL_SIDE, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 72 })
      .toBuffer({ resolveWithObject: true });
    const data = new Uint8Array(stored.data);
    return {
      data,
      mediaType,
      width: stored.info.width,
      height: stored.info.height,
      sha256: createHash('sha256').update(data).digest('hex'),
      thumbnail: { data: new Uint8Array(thumb.data), mediaType: 'image/webp', width: thumb.info.width, height: thumb.info.height },
    };
  } catch (error) {
    throw new ImageRejected(`it cannot be decoded (${(error as Error).message})`);
  }
}

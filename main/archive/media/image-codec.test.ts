import exifReader from 'exif-reader';
import sharp from 'sharp';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { makePhoto, makePhotoWithLocation, makeSvg } from '../../test-support/photos.ts';
import { ImageRejected, MAX_STORED_SIDE, normaliseImage, sniffImageType } from './image-codec.ts';

const gpsOf = async (data: Uint8Array) => {
  const { exif } = await sharp(data).metadata();
  return exif ? (exifReader(exif).GPSInfo ?? null) : null;
};

describe('images are verified and encoded again', () => {
  it('tells the type from the bytes, not from a name', async () => {
    expect(sniffImageType(await makePhoto(1, 64, 64, 'jpeg'))).toBe('jpeg');
    expect(sniffImageType(await makePhoto(1, 64, 64, 'png'))).toBe('png');
    expect(sniffImageType(await makePhoto(1, 64, 64, 'webp'))).toBe('webp');
    expect(sniffImageType(await makePhoto(1, 64, 64, 'gif'))).toBe('gif');
    expect(sniffImageType(makeSvg())).toBe('svg');
    expect(sniffImageType(new TextEncoder().encode('<html><body>not an image</body></html>'))).toBeNull();
  });

  it('stores a JPEG as a JPEG of the same size, with a WebP thumbnail, and hashes what it stores', async () => {
    const image = await normaliseImage(await makePhoto(2, 800, 533));
    expect(image).toMatchObject({ mediaType: 'image/jpeg', width: 800, height: 533 });
    expect(image.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(image.thumbnail).toMatchObject({ mediaType: 'image/webp', width: 240, height: 160 });
    expect((await sharp(image.thumbnail.data).metadata()).format).toBe('webp');
  });

  it('drops EXIF, GPS location included, unless asked to keep it', async () => {
    const photo = await makePhotoWithLocation(3);
    expect(await gpsOf(photo)).toMatchObject({ GPSLatitudeRef: 'N' });
    expect(await gpsOf((await normaliseImage(photo)).data)).toBeNull();
    expect(await gpsOf((await normaliseImage(photo, { keepLocation: true })).data)).toMatchObject({ GPSLatitude: [48, 51, 30] });
  });

  it('draws SVG to a PNG: no markup, no script is kept', async () => {
    const image = await normaliseImage(makeSvg(400, 300));
    expect(image).toMatchObject({ mediaType: 'image/png', width: 400, height: 300 });
    expect(Buffer.from(image.data).includes('<script')).toBe(false);
    expect((await sharp(image.data).metadata()).format).toBe('png');
  });

  it('refuses what is not an image, lies about its type, is cut short, tiny or too big', async () => {
    const jpeg = await makePhoto(4, 320, 200);
    const cases: [string, Uint8Array, RegExp][] = [
      ['html', new TextEncoder().encode('<html><script>alert(1)</script></html>'), /not a JPEG, PNG/],
      ['PNG header on JPEG bytes', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...jpeg.subarray(8)]), /decode/],
      ['truncated', jpeg.subarray(0, jpeg.length / 3), /cannot be decoded/],
      ['tracking pixel', await makePhoto(5, 1, 1, 'gif'), /icon or a spacer/],
    ];
    for (const [, bytes, message] of cases) await expect(normaliseImage(bytes)).rejects.toThrow(message);
    // A decompression bomb: a small PNG that claims 20,000 × 20,000 pixels.
    const bomb = Buffer.from(await makePhoto(6, 64, 64, 'png'));
    bomb.writeUInt32BE(20_000, 16);
    bomb.writeUInt32BE(20_000, 20);
    bomb.writeUInt32BE(crc32(bomb.subarray(12, 29)), 29);
    await expect(normaliseImage(new Uint8Array(bomb))).rejects.toBeInstanceOf(ImageRejected);
  });

  it('keeps the long side at most MAX_STORED_SIDE', async () => {
    const big = new Uint8Array(await sharp({ create: { width: 4000, height: 1000, channels: 3, background: '#468' } }).jpeg().toBuffer());
    const image = await normaliseImage(big);
    expect([image.width, image.height]).toEqual([MAX_STORED_SIDE, 750]);
  });
});

/**
 * Test photos, made on the spot: deterministic (a seed gives the same bytes on every machine
 * with the same sharp) and small, so no binary test data lives in the repository. A photo is a
 * few soft colour fields with a seeded pattern, which compresses like a real picture rather than
 * like a flat fill.
 */
import sharp from 'sharp';

export type PhotoFormat = 'jpeg' | 'png' | 'webp' | 'gif';

/** A tiny seeded generator (mulberry32): the same seed, the same picture. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Raw RGB pixels of a photo-like picture. */
export function photoPixels(seed: number, width: number, height: number): Buffer {
  const random = seeded(seed);
  const blobs = Array.from({ length: 6 }, () => ({ x: random() * width, y: random() * height, r: (0.2 + random() * 0.5) * Math.max(width, height), c: [random() * 255, random() * 255, random() * 255] }));
  const sky = [80 + random() * 120, 110 + random() * 100, 150 + random() * 100];
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 3;
      const shade = y / height;
      const rgb = sky.map((v) => v * (1 - shade) + 40 * shade);
      for (const blob of blobs) {
        const d = Math.hypot(x - blob.x, y - blob.y) / blob.r;
        if (d < 1) for (let i = 0; i < 3; i++) rgb[i] = rgb[i]! * d + blob.c[i]! * (1 - d);
      }
      // Sensor-like grain, so a photo compresses (and thumbnails) about as a real one does.
      const grain = random() * 20 - 10;
      for (let i = 0; i < 3; i++) pixels[o + i] = Math.max(0, Math.min(255, Math.round(rgb[i]! + grain)));
    }
  }
  return pixels;
}

/** A photo of the given size and format. */
export async function makePhoto(seed: number, width = 640, height = 427, format: PhotoFormat = 'jpeg'): Promise<Uint8Array> {
  const image = sharp(photoPixels(seed, width, height), { raw: { width, height, channels: 3 } });
  const encoded = format === 'jpeg' ? image.jpeg({ quality: 82 }) : format === 'png' ? image.png() : format === 'webp' ? image.webp({ quality: 80 }) : image.gif();
  return new Uint8Array(await encoded.toBuffer());
}

/** Where the test photo with GPS was "taken" (the Eiffel Tower), as EXIF writes it. */
export const TEST_GPS = { latitude: '48/1 51/1 30/1', longitude: '2/1 17/1 40/1' };

/** A JPEG whose EXIF names a camera and the place it was taken. */
export async function makePhotoWithLocation(seed: number, width = 640, height = 427): Promise<Uint8Array> {
  const image = sharp(photoPixels(seed, width, height), { raw: { width, height, channels: 3 } });
  const data = await image
    .jpeg({ quality: 82 })
    .withExif({
      IFD0: { Make: 'Clipdesk Test Camera', Model: 'T-1' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: TEST_GPS.latitude, GPSLongitudeRef: 'E', GPSLongitude: TEST_GPS.longitude },
    })
    .toBuffer();
  return new Uint8Array(data);
}

/** An SVG drawing (kept only as pixels). */
export function makeSvg(width = 400, height = 300): Uint8Array {
  return new TextEncoder().encode(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#2a6"/><circle cx="${width / 2}" cy="${height / 2}" r="${height / 3}" fill="#fd3"/><script>alert(1)</script></svg>`,
  );
}

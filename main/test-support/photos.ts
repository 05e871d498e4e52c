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
function photoPixels(seed: number, width: number, height: number): Buffer {
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
const TEST_GPS = { latitude: '48/1 51/1 30/1', longitude: '2/1 17/1 40/1' };

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

/**
 * A harbour at dawn, drawn (an SVG made into a JPEG by sharp): sky, sun, hills, sea, a breakwater
 * and boats placed by the seed. For pages whose photos a person looks at (the README's screenshot).
 */
export async function makeHarbourPhoto(seed: number, width = 960, height = 640): Promise<Uint8Array> {
  const random = seeded(seed);
  const horizon = height * (0.5 + random() * 0.1);
  const boats = Array.from({ length: 4 }, (_, i) => {
    const x = width * (0.12 + i * 0.21 + random() * 0.06);
    const y = horizon + (height - horizon) * (0.3 + random() * 0.45);
    const s = (0.6 + (y - horizon) / (height - horizon)) * width / 960;
    const hull = ['#b23a2c', '#f3efe4', '#2f5d8a', '#e0a526'][i % 4];
    return `<g transform="translate(${x.toFixed(1)} ${y.toFixed(1)}) scale(${s.toFixed(3)})">
      <path d="M-60 0 L60 0 L45 22 L-48 22 Z" fill="${hull}"/><rect x="-20" y="-26" width="34" height="26" fill="#f7f4ec"/>
      <rect x="-2" y="-70" width="3" height="46" fill="#3b3b3b"/><path d="M-60 24 Q0 34 60 24" stroke="#0d2a3a" stroke-width="4" fill="none" opacity="0.5"/></g>`;
  }).join('');
  const waves = Array.from({ length: 18 }, (_, i) => {
    const y = horizon + 8 + i * ((height - horizon) / 18);
    return `<path d="M0 ${y.toFixed(1)} ${Array.from({ length: 12 }, (_, k) => `Q ${(k * width / 12 + width / 24).toFixed(1)} ${(y + (k % 2 ? 3 : -3)).toFixed(1)} ${((k + 1) * width / 12).toFixed(1)} ${y.toFixed(1)}`).join(' ')}" stroke="#ffffff" stroke-opacity="${(0.06 + i * 0.006).toFixed(3)}" stroke-width="2" fill="none"/>`;
  }).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
    <defs>
      <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#7fa6cf"/><stop offset="0.7" stop-color="#f2c79a"/><stop offset="1" stop-color="#f8dcb8"/></linearGradient>
      <linearGradient id="sea" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#6f8fa6"/><stop offset="1" stop-color="#173a4f"/></linearGradient>
      <radialGradient id="sun"><stop offset="0" stop-color="#fff6d8"/><stop offset="1" stop-color="#ffd28a" stop-opacity="0"/></radialGradient>
    </defs>
    <rect width="100%" height="100%" fill="url(#sky)"/>
    <circle cx="${(width * (0.6 + random() * 0.25)).toFixed(1)}" cy="${(horizon - height * 0.08).toFixed(1)}" r="${(height * 0.22).toFixed(1)}" fill="url(#sun)"/>
    <path d="M0 ${horizon} L0 ${horizon - height * 0.08} Q ${width * 0.2} ${horizon - height * 0.16} ${width * 0.4} ${horizon - height * 0.06} T ${width * 0.75} ${horizon - height * 0.1} T ${width} ${horizon - height * 0.05} L ${width} ${horizon} Z" fill="#5b6f80" opacity="0.55"/>
    <rect y="${horizon}" width="100%" height="${height - horizon}" fill="url(#sea)"/>
    ${waves}
    <path d="M${width * 0.55} ${horizon + 6} L${width} ${horizon - 4} L${width} ${horizon + 26} L${width * 0.55} ${horizon + 16} Z" fill="#4a4a48"/>
    ${boats}
  </svg>`;
  return new Uint8Array(await sharp(Buffer.from(svg)).jpeg({ quality: 84 }).toBuffer());
}

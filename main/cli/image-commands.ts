/**
 * `clipdesk export-images ID --out DIR`: a clipping's stored photos written out as files, named by
 * their order and caption ("1-fishing-boats-in-the-inner-basin.jpg"); with --json, the list of
 * files with each image's id, media type, size, caption and credit.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Archive } from '../archive/archive.ts';
import { UsageError, optionValue, type CliArgs } from './args.ts';
import { value } from './command-error.ts';

const EXTENSIONS: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' };

/** A plain file-name part from a caption: letters and digits, dashes between, at most 60 characters. */
function slug(caption: string): string {
  return caption.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '') || 'photo';
}

export async function exportImagesCommand(args: CliArgs, archive: Archive): Promise<{ json: unknown; text: string }> {
  const id = Number(args.operands[0]);
  const out = optionValue(args, 'out');
  if (!Number.isInteger(id) || id <= 0 || !out) throw new UsageError('Usage: clipdesk export-images ID --out FOLDER');
  const clipping = value(await archive.get(id));
  const photos = clipping.images.filter((image) => image.stored);
  await mkdir(out, { recursive: true });
  const files = [];
  for (const [i, image] of photos.entries()) {
    const bytes = value(await archive.getImage(image.stored!.id));
    const file = path.join(out, `${i + 1}-${slug(image.caption)}.${EXTENSIONS[bytes.mediaType] ?? 'img'}`);
    await writeFile(file, bytes.data);
    files.push({ file, id: image.stored!.id, mediaType: bytes.mediaType, width: bytes.width, height: bytes.height, size: bytes.data.byteLength, caption: image.caption, credit: image.credit });
  }
  const text = files.length
    ? files.map((f) => `${f.file}  (${f.mediaType}, ${f.width}×${f.height}, ${Math.round(f.size / 1024)} KB)`).join('\n')
    : `Clipping ${id} has no stored photos.`;
  return { json: { id, files }, text };
}

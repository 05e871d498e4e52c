/**
 * What travels between the browser extension and Clipdesk's capture endpoint: the paths, the
 * limits and the shape of each request, checked with zod before anything runs. The extension
 * has its own copy of the paths and the shape it sends (extension/src/protocol.ts); the endpoint's
 * tests send what the extension sends.
 */
import { z } from 'zod';

export const CAPTURE_PATHS = {
  status: '/capture/v1/status',
  pair: '/capture/v1/pair',
  clip: '/capture/v1/clip',
  open: '/capture/v1/open',
} as const;

/** A whole clip: the rendered page, up to 60 images, in base64 inside JSON. */
export const MAX_CAPTURE_BYTES = 80 * 1024 * 1024;
const MAX_PAGE_CHARS = 30 * 1024 * 1024;
const MAX_IMAGES = 60;

const webUrl = z
  .string()
  .max(4096)
  .refine((value) => /^https?:\/\//i.test(value), 'a web address (http or https)');

export const pairRequestSchema = z.object({ code: z.string().min(4).max(20), browser: z.string().max(120) }).strict();

export const openRequestSchema = z.object({ id: z.number().int().positive() }).strict();

export const captureRequestSchema = z
  .object({
    url: webUrl,
    title: z.string().max(2000),
    html: z.string().min(1).max(MAX_PAGE_CHARS),
    selectionHtml: z.string().min(1).max(MAX_PAGE_CHARS).nullable(),
    images: z
      .array(z.object({ url: z.string().max(4096).refine((v) => /^(?:https?|data):/i.test(v), 'an image address'), data: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64') }).strict())
      .max(MAX_IMAGES),
    tags: z.array(z.string().trim().min(1).max(200)).max(50),
  })
  .strict();

import { z } from 'zod';
import type { ApiMethod } from '../../preload/api.ts';

/**
 * The arguments each API method accepts, checked in main before anything runs: the renderer is
 * untrusted (a clipping could, in the worst case, have run script in it).
 */
const id = z.number().int().positive();
const tag = z.string().trim().min(1).max(200);
const limit = z.number().int().min(1).max(1000);
const offset = z.number().int().min(0).max(10_000_000);
const fileName = z.string().min(1).max(1024);
const MAX_UPLOAD = 60 * 1024 * 1024;

const importFile = z.object({ name: fileName, data: z.instanceof(Uint8Array).refine((d) => d.byteLength <= MAX_UPLOAD, 'file too large') }).strict();

export const ARGUMENT_SCHEMAS = {
  appInfo: z.tuple([]),
  importFiles: z.tuple([z.array(importFile).min(1).max(10_000)]),
  importText: z.tuple([z.string().min(1).max(20_000_000), fileName.optional()]),
  importSample: z.tuple([]),
  list: z.tuple([
    z.object({ tag: tag.optional(), sort: z.enum(['imported', 'published']).optional(), offset: offset.optional(), limit: limit.optional() }).strict(),
  ]),
  search: z.tuple([
    z.object({ text: z.string().max(2000), tag: tag.optional(), offset: offset.optional(), limit: limit.optional() }).strict(),
  ]),
  get: z.tuple([id]),
  setTags: z.tuple([id, z.array(z.string().max(200)).max(500)]),
  listTags: z.tuple([]),
  deleteClipping: z.tuple([id]),
  exportPdf: z.tuple([id, z.object({ paper: z.enum(['A4', 'Letter']).optional() }).strict().optional()]),
  indexStatus: z.tuple([]),
} satisfies Record<ApiMethod, z.ZodTypeAny>;

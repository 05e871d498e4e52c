import { z } from 'zod';
import type { ApiMethod, ClippingApi } from '../../preload/api/index.ts';

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

const paper = z.enum(['A4', 'Letter']);
const margins = z.enum(['normal', 'narrow', 'wide']);
/** A dossier may hold many clippings, not the whole of a large archive in one call. */
const exportIds = z.array(id).min(1).max(5000);
const dossierSelection = z.union([
  z.object({ ids: exportIds }).strict(),
  z.object({ tag }).strict(),
  z.object({ query: z.string().trim().min(1).max(2000) }).strict(),
]);
const dossierRequest = z
  .object({
    title: z.string().trim().min(1).max(300),
    subtitle: z.string().max(500).optional(),
    preparedBy: z.string().max(200).optional(),
    selection: dossierSelection,
    order: z.enum(['published', 'imported', 'selected']),
    highlightQuery: z.string().max(2000).optional(),
    paper,
    margins: margins.optional(),
    lightInk: z.boolean().optional(),
    photos: z.boolean().optional(),
    jobId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'a job id is 1 to 64 letters, digits, _ or -').optional(),
  })
  .strict();

const tagList = z.array(tag).max(500);
const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour is #rrggbb');
const isoPrefix = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date is YYYY, YYYY-MM or YYYY-MM-DD');
const listFilterFields = {
  tag: tag.optional(),
  tags: tagList.optional(),
  tagMatch: z.enum(['all', 'any']).optional(),
  source: z.string().trim().min(1).max(500).optional(),
  author: z.string().trim().min(1).max(500).optional(),
  language: z.string().trim().min(2).max(12).optional(),
  from: isoPrefix.optional(),
  to: isoPrefix.optional(),
};
const sort = z.enum(['imported', 'published', 'title', 'source']);
const listFilters = z.object(listFilterFields).strict();
const listQuery = z.object({ ...listFilterFields, sort: sort.optional(), offset: offset.optional(), limit: limit.optional() }).strict();
const savedView = z.object({ ...listFilterFields, text: z.string().max(2000).optional(), sort: sort.optional() }).strict();
/** A selection may be the whole of a large archive (select all). */
const manyIds = z.array(id).min(1).max(1_000_000);

const correctableField = z.enum(['title', 'authors', 'publishedAt', 'source']);
/** A corrected date is a calendar date (or a year, or a month), as the parser stores dates. */
const correctedDate = z.string().trim().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date is YYYY, YYYY-MM or YYYY-MM-DD');
const clippingCorrection = z
  .object({
    title: z.string().trim().min(1, 'a title cannot be empty').max(1000).optional(),
    authors: z.array(z.string().trim().min(1).max(300)).max(50).optional(),
    publishedAt: correctedDate.nullable().optional(),
    source: z.string().trim().max(500).nullable().optional(),
  })
  .strict()
  .refine((c) => Object.keys(c).length > 0, 'a correction names at least one field');

// z.custom rather than z.instanceof: the contract's bytes are any Uint8Array (ArrayBufferLike), and
// instanceof would type them as backed by an ArrayBuffer only.
const bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'expected bytes (a Uint8Array)');
const importFile = z
  .object({ name: fileName, data: bytes.refine((d) => d.byteLength <= MAX_UPLOAD, 'file too large'), path: z.string().min(1).max(4096).optional() })
  .strict();

export const ARGUMENT_SCHEMAS = {
  appInfo: z.tuple([]),
  importFiles: z.tuple([z.array(importFile).min(1).max(10_000)]),
  importText: z.tuple([z.string().min(1).max(20_000_000), fileName.optional()]),
  importSample: z.tuple([]),
  list: z.tuple([listQuery]),
  search: z.tuple([
    z.object({ text: z.string().max(2000), tag: tag.optional(), offset: offset.optional(), limit: limit.optional(), group: z.boolean().optional() }).strict(),
  ]),
  moreLikeThis: z.tuple([id, z.object({ offset: offset.optional(), limit: limit.optional() }).strict().optional()]),
  get: z.tuple([id]),
  getImage: z.tuple([id, z.enum(['full', 'thumbnail']).optional()]),
  setTags: z.tuple([id, z.array(z.string().max(200)).max(500)]),
  listTags: z.tuple([]),
  deleteClipping: z.tuple([id]),
  exportPdf: z.tuple([id, z.object({ paper: paper.optional(), margins: margins.optional(), lightInk: z.boolean().optional(), photos: z.boolean().optional() }).strict().optional()]),
  exportDossier: z.tuple([dossierRequest]),
  cancelExport: z.tuple([z.string().min(1).max(64)]),
  exportMarkdown: z.tuple([exportIds, z.object({ mode: z.enum(['files', 'single']), title: z.string().max(300).optional() }).strict()]),
  exportJson: z.tuple([exportIds]),
  indexStatus: z.tuple([]),
  listIds: z.tuple([listQuery.omit({ offset: true, limit: true })]),
  tagTree: z.tuple([]),
  renameTag: z.tuple([tag, tag]),
  mergeTags: z.tuple([tagList.min(1), tag]),
  deleteTag: z.tuple([tag]),
  setTagColor: z.tuple([tag, color.nullable()]),
  bulkTag: z.tuple([manyIds, tagList, tagList]),
  undo: z.tuple([]),
  suggestTags: z.tuple([id]),
  setNote: z.tuple([id, z.string().max(100_000)]),
  trashClippings: z.tuple([manyIds]),
  restoreClipping: z.tuple([id]),
  listTrash: z.tuple([z.object({ offset: offset.optional(), limit: limit.optional() }).strict()]),
  emptyTrash: z.tuple([]),
  dateHistogram: z.tuple([listFilters]),
  listSavedSearches: z.tuple([]),
  saveSearch: z.tuple([z.string().trim().min(1).max(200), savedView]),
  deleteSavedSearch: z.tuple([id]),
  correctClipping: z.tuple([id, clippingCorrection]),
  clearCorrection: z.tuple([id, correctableField]),
  reparseClipping: z.tuple([id]),
  resolveSameArticle: z.tuple([id, id, z.enum(['keep-both', 'keep-better', 'merge'])]),
  getSettings: z.tuple([]),
  captureStatus: z.tuple([]),
  startPairing: z.tuple([]),
  revokePairing: z.tuple([id]),
  setSettings: z.tuple([z.object({ preparedBy: z.string().max(200).optional(), paper: paper.optional(), margins: margins.optional(), printPhotos: z.boolean().optional(), keepPhotoLocation: z.boolean().optional() }).strict()]),
} satisfies Record<ApiMethod, z.ZodTypeAny>;

type Schemas = typeof ARGUMENT_SCHEMAS;

/** The shape of a value without its leaf types: which keys and elements there are, at every depth. */
type KeysOf<T> = T extends Uint8Array
  ? 'bytes'
  : T extends readonly unknown[]
    ? { [K in keyof T]: KeysOf<T[K]> }
    : T extends object
      ? { [K in keyof T]-?: KeysOf<Exclude<T[K], null | undefined>> }
      : 'value';
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/**
 * The methods whose schema disagrees in shape with the contract's parameters: it lets through a
 * value the method does not take (its output is not the parameters), has no room for a call the
 * contract allows (the parameters are not its input), or names other keys at some depth (a strict
 * object without a field the contract has would refuse every call that sets it). The value checks a
 * type cannot say (lengths, ranges, patterns) stay the schema's own.
 */
export type SchemaShapeMismatches<S extends Record<ApiMethod, z.ZodTypeAny>> = {
  [M in ApiMethod]: [z.output<S[M]>] extends [Parameters<ClippingApi[M]>]
    ? [Parameters<ClippingApi[M]>] extends [z.input<S[M]>]
      ? Same<KeysOf<z.output<S[M]>>, KeysOf<Parameters<ClippingApi[M]>>> extends true
        ? never
        : M
      : M
    : M;
}[ApiMethod];

/** Fails to compile, naming the methods, when a schema's arguments differ from the contract's. */
const _shapesMatch: [SchemaShapeMismatches<Schemas>] extends [never] ? true : SchemaShapeMismatches<Schemas> = true;

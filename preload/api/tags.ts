/** The contract. Tags: a clipping's tags, the tag tree, rename/merge/delete/colour, bulk changes, undo, suggestions. */
import type { Clipping } from './clipping.ts';
import type { Result } from './result.ts';

export interface TagCount {
  tag: string;
  count: number;
}

/** One node of the tag tree: "korea/north" is the child "north" of "korea". */
export interface TagNode {
  /** The full tag ("korea/north"); a parent nobody tagged with directly still has a node. */
  tag: string;
  /** The last part ("north"). */
  label: string;
  /** Clippings carrying exactly this tag. */
  count: number;
  /** Distinct clippings carrying this tag or any tag below it. */
  total: number;
  /** A CSS colour ("#d33f49"), or null. */
  color: string | null;
  children: TagNode[];
}

/** What a tag change did: one undoable step. */
export interface TagChange {
  /** Said to the person, and shown by Undo ("Rename korea to asia/korea"). */
  label: string;
  /** Clippings whose tags changed. */
  affected: number;
}

export interface UndoOutcome {
  /** The label of the step undone; null when there was nothing to undo. */
  undone: string | null;
  /** The label of the next step Undo would undo, if any. */
  next: string | null;
}

export interface TagsApi {
  setTags(id: number, tags: string[]): Promise<Result<Clipping>>;
  listTags(): Promise<Result<TagCount[]>>;
  /** Tags as a tree with counts (a parent counts the distinct clippings below it). Trashed clippings do not count. */
  tagTree(): Promise<Result<TagNode[]>>;
  /** Renames a tag; its children follow ("korea/north" becomes "asia/korea/north"). Renaming onto an existing tag merges. */
  renameTag(from: string, to: string): Promise<Result<TagChange>>;
  /** Moves every clipping of the given tags (and their children) to `into`. */
  mergeTags(tags: string[], into: string): Promise<Result<TagChange>>;
  /** Removes a tag and its children from every clipping. */
  deleteTag(tag: string): Promise<Result<TagChange>>;
  /** A CSS hex colour ("#d33f49"), or null to clear it. */
  setTagColor(tag: string, color: string | null): Promise<Result<TagChange>>;
  /** Adds and removes tags on many clippings at once. */
  bulkTag(ids: number[], add: string[], remove: string[]): Promise<Result<TagChange>>;
  /** Undoes the last tag change or move to the Trash. */
  undo(): Promise<Result<UndoOutcome>>;
  /** Up to five existing tags that the clipping's nearest neighbours carry, best first. */
  suggestTags(id: number): Promise<Result<string[]>>;
}

/** The transports are generated from these lists (joined in index.ts): a new method is added here too. */
export const TAGS_METHODS = [
  'setTags',
  'listTags',
  'tagTree',
  'renameTag',
  'mergeTags',
  'deleteTag',
  'setTagColor',
  'bulkTag',
  'undo',
  'suggestTags',
] as const satisfies readonly (keyof TagsApi)[];

/** Fails to compile when a method of TagsApi is missing from TAGS_METHODS. */
type Missing = Exclude<keyof TagsApi, (typeof TAGS_METHODS)[number]>;
const _complete: [Missing] extends [never] ? true : Missing = true;

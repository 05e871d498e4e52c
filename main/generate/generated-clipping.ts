/** What the generator makes: a parsed clipping plus what an archive adds (tags, import date). */
import type { ParsedClipping } from '../../preload/api/index.ts';

export interface GeneratedClipping extends ParsedClipping {
  tags: string[];
  /** ISO date-time of the (pretended) import. */
  importedAt: string;
  /** Copies of one wire story share this number (near-duplicates under several outlets); else null. */
  wireStory: number | null;
}

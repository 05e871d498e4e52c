/**
 * The person's choice for two clippings of one article (reported by the import): keep both as
 * they are; keep the better and move the other to the Trash; or merge them into the richer and
 * move the other to the Trash. Tags and notes of both are kept on the clipping that stays, and
 * nothing is deleted: the Trash gives the other back.
 */
import type { Clipping, Result, SameArticleChoice } from '../../../preload/api/index.ts';
import type { Organizer } from '../organizing.ts';
import type { ArchiveStore } from '../store/store.ts';
import { byRichness, joinedNotes, mergedParts } from './combine.ts';

export interface SameArticleContext {
  store: ArchiveStore;
  organizer: Organizer;
  reindex(ids: number[]): Promise<void>;
}

function missing(id: number): Result<never> {
  return { ok: false, error: { code: 'not-found', message: `Clipping ${id} is not in the archive (it may have been deleted).` } };
}

export async function resolveSameArticle(context: SameArticleContext, firstId: number, secondId: number, choice: SameArticleChoice): Promise<Result<{ id: number }>> {
  const { store, organizer } = context;
  const first = store.get(firstId);
  if (!first) return missing(firstId);
  const second = store.get(secondId);
  if (!second) return missing(secondId);
  if (choice === 'keep-both' || firstId === secondId) return { ok: true, value: { id: firstId } };
  const [kept, other] = byRichness(first, second);
  if (choice === 'merge') {
    store.replaceParsed(kept.id, mergedParts(kept, other));
    await context.reindex([kept.id]);
  }
  const carried = await carryOver(organizer, kept, other);
  if (!carried.ok) return carried;
  const moved = await organizer.trash([other.id]);
  if (!moved.ok) return moved;
  return { ok: true, value: { id: kept.id } };
}

/** The other clipping's tags and note, onto the one that stays. */
async function carryOver(organizer: Organizer, kept: Clipping, other: Clipping): Promise<Result<unknown>> {
  const tags = [...new Set([...kept.tags, ...other.tags])];
  if (tags.length !== kept.tags.length) {
    const tagged = await organizer.setTags(kept.id, tags);
    if (!tagged.ok) return tagged;
  }
  const note = joinedNotes(kept.note ?? '', other.note ?? '');
  if (note !== (kept.note ?? '')) {
    const noted = await organizer.setNote(kept.id, note);
    if (!noted.ok) return noted;
  }
  return { ok: true, value: null };
}

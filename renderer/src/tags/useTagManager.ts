/**
 * The tag tree and what can be done to it: the tree itself (refetched when the archive changes),
 * the tag dialog's target, and rename / merge / colour / delete, each reported in a toast that
 * names the change Undo would reverse.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ClippingBridge, Result, TagChange, TagNode } from '../../../preload/api/index.ts';
import type { Toasts } from '../app/useToasts.ts';
import type { TagAction } from './TagTree.tsx';

export interface TagManager {
  tree: TagNode[];
  /** Every tag in the tree, parents included, as full names. */
  allTags: string[];
  target: { node: TagNode; action: TagAction } | null;
  open(node: TagNode, action: TagAction): void;
  setAction(action: TagAction): void;
  close(): void;
  rename(from: string, to: string): Promise<void>;
  merge(tags: string[], into: string): Promise<void>;
  color(tag: string, color: string | null): Promise<void>;
  remove(tag: string): Promise<void>;
}

function flatten(nodes: TagNode[], out: string[] = []): string[] {
  for (const node of nodes) {
    out.push(node.tag);
    flatten(node.children, out);
  }
  return out;
}

export function useTagManager(api: ClippingBridge, toasts: Toasts, revision: number, onChanged: () => void): TagManager {
  const [tree, setTree] = useState<TagNode[]>([]);
  const [target, setTarget] = useState<TagManager['target']>(null);

  useEffect(() => {
    let current = true;
    void api.tagTree().then((r) => {
      if (current && r.ok) setTree(r.value);
    });
    return () => {
      current = false;
    };
  }, [api, revision]);

  const report = useCallback(
    (result: Result<TagChange>, failTitle: string): void => {
      if (result.ok) {
        setTarget(null);
        onChanged();
        toasts.show({ title: result.value.label, tone: 'success', lines: [{ text: 'Undo with Ctrl+Z', tone: 'info' }], testId: 'tag-change-toast' });
      } else {
        toasts.show({ title: failTitle, tone: 'error', lines: [{ text: result.error.message, tone: 'error' }] });
      }
    },
    [toasts, onChanged],
  );

  return {
    tree,
    allTags: flatten(tree),
    target,
    open: (node, action) => setTarget({ node, action }),
    setAction: (action) => setTarget((t) => (t ? { ...t, action } : t)),
    close: () => setTarget(null),
    rename: async (from, to) => report(await api.renameTag(from, to), 'Could not rename the tag'),
    merge: async (tags, into) => report(await api.mergeTags(tags, into), 'Could not merge the tags'),
    color: async (tag, color) => report(await api.setTagColor(tag, color), 'Could not colour the tag'),
    remove: async (tag) => report(await api.deleteTag(tag), 'Could not delete the tag'),
  };
}

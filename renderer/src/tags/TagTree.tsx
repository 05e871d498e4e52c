/**
 * The sidebar's tags as a tree: a parent shows the distinct clippings below it, opens and
 * closes, and filters the library with its children. Each tag has a menu (rename, merge,
 * colour, delete); from the keyboard: arrows move, Left/Right close/open, Enter filters,
 * F2 renames, M merges, C colours, Delete deletes.
 */
import { useState, type KeyboardEvent } from 'react';
import type { TagNode } from '../../../preload/api/index.ts';
import { formatCount } from '../app/formatCount.ts';

export type TagAction = 'rename' | 'merge' | 'color' | 'delete';

interface Props {
  tree: TagNode[];
  /** Tags the library is filtered by. */
  selectedTags: string[];
  onSelectTag(tag: string): void;
  onAction(tag: TagNode, action: TagAction): void;
}

const ACTION_KEYS: Record<string, TagAction> = { F2: 'rename', m: 'merge', c: 'color', Delete: 'delete' };

function focusSibling(from: HTMLElement, delta: 1 | -1): void {
  const all = [...document.querySelectorAll<HTMLElement>('[data-testid="nav-tag"]')];
  all[all.indexOf(from) + delta]?.focus();
}

export function TagTree({ tree, selectedTags, onSelectTag, onAction }: Props) {
  const [closed, setClosed] = useState<ReadonlySet<string>>(new Set());
  const toggle = (tag: string, open?: boolean): void =>
    setClosed((prev) => {
      const next = new Set(prev);
      const key = tag.toLowerCase();
      if (open ?? next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  const selected = new Set(selectedTags.map((t) => t.toLowerCase()));

  const onKey = (e: KeyboardEvent<HTMLButtonElement>, node: TagNode): void => {
    const action = ACTION_KEYS[e.key];
    if (action && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      e.stopPropagation();
      onAction(node, action);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      e.stopPropagation();
      focusSibling(e.currentTarget, e.key === 'ArrowDown' ? 1 : -1);
    } else if ((e.key === 'ArrowLeft' || e.key === 'ArrowRight') && node.children.length > 0) {
      e.preventDefault();
      toggle(node.tag, e.key === 'ArrowRight');
    }
  };

  const renderNode = (node: TagNode, depth: number) => {
    const open = !closed.has(node.tag.toLowerCase());
    return (
      <li key={node.tag} role="treeitem" aria-expanded={node.children.length ? open : undefined} aria-level={depth + 1} aria-selected={selected.has(node.tag.toLowerCase())}>
        <div className="tag-row" style={{ paddingLeft: depth * 14 }}>
          {node.children.length > 0 ? (
            <button
              type="button"
              className="tag-caret"
              tabIndex={-1}
              aria-label={`${open ? 'Collapse' : 'Expand'} ${node.tag}`}
              onClick={() => toggle(node.tag)}
              data-testid="tag-caret"
            >
              {open ? '▾' : '▸'}
            </button>
          ) : (
            <span className="tag-caret" aria-hidden="true" />
          )}
          <button
            type="button"
            className="nav-item"
            aria-current={selected.has(node.tag.toLowerCase()) ? 'true' : undefined}
            onClick={() => onSelectTag(node.tag)}
            onKeyDown={(e) => onKey(e, node)}
            title={`${node.tag}: ${formatCount(node.total)} clippings${node.children.length ? ' with the tags below it' : ''}`}
            data-testid="nav-tag"
            data-tag={node.tag}
          >
            <span className="nav-tag-name">
              <span aria-hidden="true" className="hash" style={node.color ? { color: node.color } : undefined}>
                {node.color ? '●' : '#'}
              </span>
              {node.label}
            </span>
            <span className="count" data-testid="tag-count">
              {formatCount(node.total)}
            </span>
          </button>
          <button type="button" className="tag-menu-button" tabIndex={-1} aria-label={`Manage tag ${node.tag}`} onClick={() => onAction(node, 'rename')} data-testid="tag-menu">
            ⋯
          </button>
        </div>
        {open && node.children.length > 0 && (
          <ul role="group" className="nav-list">
            {node.children.map((child) => renderNode(child, depth + 1))}
          </ul>
        )}
      </li>
    );
  };

  if (tree.length === 0) return <p className="nav-empty">No tags yet. Add one in the reader.</p>;
  return (
    <ul className="nav-list tag-tree" role="tree" aria-label="Tags" data-testid="tag-list">
      {tree.map((node) => renderNode(node, 0))}
    </ul>
  );
}

import { makeSnippet } from '../search/index.ts';
import { escapeHtml } from './print-text.ts';
import type { TextRenderer } from './print-html.ts';

/**
 * A text renderer that marks the words a search matched, found exactly as the search index found
 * them (the snippet code splits and stems like Lunr), so "meeting" marks "Meetings," too. Each piece
 * is escaped: clipping text never becomes markup.
 */
export function highlighter(terms: readonly string[]): TextRenderer {
  if (terms.length === 0) return escapeHtml;
  return (text) => {
    // A window as wide as the text: the whole paragraph, every match marked, no ellipsis.
    const parts = makeSnippet(text, terms, text.length + 1);
    return parts.map((p) => (p.mark ? `<mark>${escapeHtml(p.text)}</mark>` : escapeHtml(p.text))).join('');
  };
}

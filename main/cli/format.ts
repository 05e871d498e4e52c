import type { Clipping, ClippingSummary, ImportReport, SearchHit, SnippetPart, TagCount } from '../../preload/api/index.ts';

/** Human-readable output of the CLI; `--json` prints the contract's data instead. */

const date = (s: ClippingSummary | Clipping): string => s.publishedAt?.slice(0, 10) ?? `imported ${s.importedAt.slice(0, 10)}`;

export function formatSummary(s: ClippingSummary): string {
  const meta = [s.source, s.authors.join(', '), date(s)].filter(Boolean).join(' · ');
  const tags = s.tags.length ? `  [${s.tags.join(', ')}]` : '';
  return `${String(s.id).padStart(5)}  ${s.title}\n       ${meta}${tags}`;
}

function formatSnippet(parts: SnippetPart[], color: boolean): string {
  return parts.map((p) => (p.mark ? (color ? `\x1b[1;33m${p.text}\x1b[0m` : `«${p.text}»`) : p.text)).join('');
}

export function formatHits(total: number, hits: SearchHit[], color: boolean): string {
  if (total === 0) return 'No clippings match.';
  const lines = hits.map((h) => `${formatSummary(h)}\n       ${formatSnippet(h.snippet, color)}`);
  const more = total > hits.length ? `\n(${total - hits.length} more; use --limit)` : '';
  return `${total} clipping${total === 1 ? '' : 's'} match.\n\n${lines.join('\n\n')}${more}`;
}

export function formatClipping(c: Clipping): string {
  const out = [c.title];
  if (c.subtitle) out.push(c.subtitle);
  const meta = [c.authors.length ? `By ${c.authors.join(' and ')}` : '', c.source ?? '', c.publishedAt ?? ''].filter(Boolean);
  if (meta.length) out.push(meta.join(' · '));
  for (const image of c.images) {
    const kept = image.stored ? ` ${image.stored.id}, ${image.stored.mediaType} ${image.stored.width}×${image.stored.height}, ${Math.round(image.stored.size / 1024)} KB` : '';
    out.push(`[Photo${kept}] ${image.caption}${image.credit ? ` (${image.credit})` : ''}`);
  }
  out.push('', ...c.body.flatMap((p) => [p, '']));
  if (c.authorBio) out.push(`About ${c.authorBio.name}`, c.authorBio.text, '');
  out.push(`Tags: ${c.tags.length ? c.tags.join(', ') : '(none)'}`);
  out.push(`Clipping ${c.id}, imported ${c.importedAt} from "${c.original.name}"${c.url ? `, ${c.url}` : ''}`);
  return out.join('\n');
}

export function formatImport(report: ImportReport): string {
  return report.outcomes
    .map((o) => {
      if (o.status === 'imported') {
        const photos = o.images ? ` (${o.images} photo${o.images === 1 ? '' : 's'})` : '';
        const first = o.sameArticleAs ? `same       ${o.name} → ${o.id}: ${o.message}${photos}` : `imported   ${o.name} → ${o.id}: ${o.title}${photos}`;
        return [first, ...(o.skippedImages ?? []).map((s) => `           photo not kept: ${s}`)].join('\n');
      }
      if (o.status === 'duplicate') return `duplicate  ${o.name}: ${o.message}`;
      return `failed     ${o.name}: ${o.message}`;
    })
    .join('\n');
}

export function formatTags(tags: TagCount[]): string {
  return tags.length ? tags.map((t) => `${String(t.count).padStart(5)}  ${t.tag}`).join('\n') : 'No tags yet.';
}

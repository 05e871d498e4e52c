/**
 * The publication's name, as a link to the article when its address is a web address (http or
 * https only). It opens outside the app: a new tab in the browser host, the system browser under
 * Electron (the window's open handler passes web links to it and nothing else).
 */
export function SourceLink({ source, url }: { source: string | null; url: string | null }) {
  const web = url && /^https?:\/\//i.test(url) ? url : null;
  if (!source) {
    return web ? (
      <a href={web} target="_blank" rel="noopener noreferrer" data-testid="reader-source-link">
        {new URL(web).hostname.replace(/^www\./, '')}
      </a>
    ) : (
      <span className="field-missing">No source</span>
    );
  }
  return web ? (
    <a href={web} target="_blank" rel="noopener noreferrer" data-testid="reader-source-link" title={web}>
      <span data-testid="reader-source">{source}</span>
    </a>
  ) : (
    <span data-testid="reader-source">{source}</span>
  );
}

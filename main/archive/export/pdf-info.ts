/**
 * Sets the PDF's document information (Title, Author, Subject, Keywords), which viewers show and
 * search tools index. Chromium writes only the Title (from <title>), and ignores <meta name="author">
 * and the like, so the core appends an incremental update (ISO 32000 §7.5.6): a new Info object, an
 * xref section for it and a trailer pointing back at the old one. The printed bytes stay untouched,
 * so this cannot damage the pages; it is cheap whatever the document's size.
 */

export interface PdfInfo {
  title: string;
  author?: string;
  subject?: string;
  keywords?: readonly string[];
}

/** A PDF text string in UTF-16BE with its byte order mark: right for any script, no escaping needed. */
function textString(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

/** Strips characters a PDF viewer would show as boxes (controls) and bounds the length. */
function clean(text: string, max = 2000): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, max);
}

/**
 * The PDF with its Info replaced by `info`, keeping the creation date and producer. Returns the bytes
 * unchanged when the file's tail is not the classic trailer Chromium writes (then only the Title,
 * from <title>, is set).
 */
export function withPdfInfo(pdf: Uint8Array, info: PdfInfo): Uint8Array {
  // The tail holds the trailer and startxref; latin1 keeps byte offsets equal to string offsets.
  const tailStart = Math.max(0, pdf.length - 4096);
  const tail = Buffer.from(pdf.buffer, pdf.byteOffset + tailStart, pdf.length - tailStart).toString('latin1');
  const trailerAt = tail.lastIndexOf('trailer');
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (trailerAt === -1 || !startxref) return pdf;
  const trailer = tail.slice(trailerAt);
  const size = /\/Size\s+(\d+)/.exec(trailer);
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(trailer);
  if (!size || !root) return pdf;
  const oldInfo = /\/Info\s+(\d+)\s+(\d+)\s+R/.exec(trailer);
  const kept = oldInfo ? keptEntries(pdf, Number(oldInfo[1])) : '';
  const id = /\/ID\s*(\[[^\]]*\])/.exec(trailer);

  const objectNumber = Number(size[1]);
  const entries = [`/Title ${textString(clean(info.title))}`];
  if (info.author?.trim()) entries.push(`/Author ${textString(clean(info.author))}`);
  if (info.subject?.trim()) entries.push(`/Subject ${textString(clean(info.subject))}`);
  const keywords = info.keywords?.map((k) => clean(k, 200)).filter((k) => k !== '') ?? [];
  if (keywords.length) entries.push(`/Keywords ${textString(keywords.join(', '))}`);
  entries.push(`/Creator ${textString('Clipdesk')}`);
  const needsNewline = pdf[pdf.length - 1] !== 0x0a;
  const objectOffset = pdf.length + (needsNewline ? 1 : 0);
  const object = `${objectNumber} 0 obj\n<<${entries.join('\n')}${kept}>>\nendobj\n`;
  const xrefOffset = objectOffset + object.length; // ASCII only: string length is byte length
  const update =
    (needsNewline ? '\n' : '') +
    object +
    `xref\n${objectNumber} 1\n${String(objectOffset).padStart(10, '0')} 00000 n \n` +
    `trailer\n<</Size ${objectNumber + 1}\n/Root ${root[1]}\n/Info ${objectNumber} 0 R${id ? `\n/ID ${id[1]}` : ''}\n/Prev ${startxref[1]}>>\n` +
    `startxref\n${xrefOffset}\n%%EOF\n`;
  const out = new Uint8Array(pdf.length + update.length);
  out.set(pdf, 0);
  out.set(Buffer.from(update, 'latin1'), pdf.length);
  return out;
}

/** /Producer and /CreationDate of the old Info object, when it is where the file says, as written. */
function keptEntries(pdf: Uint8Array, objectNumber: number): string {
  // Chromium writes the Info object first, right after the header.
  const head = Buffer.from(pdf.buffer, pdf.byteOffset, Math.min(pdf.length, 4096)).toString('latin1');
  const body = new RegExp(`(?:^|\\s)${objectNumber} 0 obj\\s*<<([\\s\\S]*?)>>\\s*endobj`).exec(head)?.[1];
  if (!body) return '';
  const keep = ['Producer', 'CreationDate'].map((key) => new RegExp(`/${key}\\s*(\\([^()\\\\]*\\))`).exec(body));
  return keep.map((m, i) => (m ? `\n/${i === 0 ? 'Producer' : 'CreationDate'} ${m[1]}` : '')).join('');
}

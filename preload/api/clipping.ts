/**
 * The contract's data: what a clipping is (parsed, stored, listed). Its own file because every area
 * uses it (search hits are summaries, tag edits return the clipping), while the areas' APIs use
 * each other's results: kept apart, the contract has no import cycle.
 */
/** An image of the clipping, with what the page said about it. */
export interface ClippingImage {
  /** Caption as printed under the photo; empty string when the page gave none. */
  caption: string;
  /** Photo credit ("AP Photo/Jane Doe"), or null when not stated. */
  credit: string | null;
  /** Where the image came from on the web, when known (never fetched when reading). */
  src: string | null;
  // The parts below were added with issue 15; absent means none (older code and archives).
  /** The photo kept in the archive; null when the source held only its caption. */
  stored?: StoredImage | null;
  /** Index of the body paragraph the image stood before (body.length: after the last); null when unknown. */
  position?: number | null;
  /** The clipping's lead image: the list's thumbnail, the reader's first photo. */
  lead?: boolean;
}

/** A photo kept in the archive: verified, re-encoded, and read only through `getImage`. */
export interface StoredImage {
  id: number;
  mediaType: string;
  width: number;
  height: number;
  /** Bytes stored. */
  size: number;
  sha256: string;
}

/** 'full': the photo as stored; 'thumbnail': the small copy made once at import for the list. */
export type ImageVariant = 'full' | 'thumbnail';

/** A stored image's bytes, for the reader to show (as a blob: URL) or print. */
export interface ImageBytes {
  id: number;
  variant: ImageVariant;
  mediaType: string;
  width: number;
  height: number;
  data: Uint8Array;
}

/** The lead image of a clipping in the list: its id and thumbnail size. */
export interface LeadImage {
  id: number;
  width: number;
  height: number;
}

export interface AuthorBio {
  name: string;
  /** The bio's paragraphs, separated by a blank line ("\n\n"). */
  text: string;
}

/** A quotation in the body, with who said it when the text says so. */
export interface Quotation {
  /** The words quoted, without the quotation marks. */
  text: string;
  /** "Jannuzi", "Joseph DeTrani", "the former official"; null when the text does not say. */
  speaker: string | null;
  /** Index of the body paragraph it is in. */
  paragraph: number;
}

/** The people, places and organisations a clipping names (deduplicated, capped). */
export interface NamedEntities {
  people: string[];
  places: string[];
  organizations: string[];
}

/** 'stated': the page gives the date (metadata, dateline); 'inferred': guessed from a date in the text. */
export type DateConfidence = 'stated' | 'inferred';

/** What the parser understands of a clipping, before it is stored. */
export interface ParsedClipping {
  title: string;
  subtitle: string | null;
  authors: string[];
  source: string | null;
  url: string | null;
  /** ISO 8601 date ("2014-11-20") or date-time, as stated by the page; null when unknown. */
  publishedAt: string | null;
  /** ISO 639-1 code ("en"), or null when it could not be told. */
  language: string | null;
  images: ClippingImage[];
  /** Body paragraphs in reading order. */
  body: string[];
  authorBio: AuthorBio | null;
  // The parts below were added with issue 3; absent means none (older code and archives).
  /** ISO 8601 date of the last update the page states; null when none. */
  updatedAt?: string | null;
  /** How `publishedAt` was found; null when there is no date. */
  dateConfidence?: DateConfidence | null;
  /** Sentences the page sets apart in large type (repeated from the body, or not). */
  pullQuotes?: string[];
  /** Indexes of the body items that are subheadings, ascending. */
  headings?: number[];
  quotes?: Quotation[];
  entities?: NamedEntities;
}

/** Fields of a clipping the person can correct; a correction overrides what the parser says. */
export type CorrectableField = 'title' | 'authors' | 'publishedAt' | 'source';

export interface ClippingCorrection {
  title?: string;
  authors?: string[];
  publishedAt?: string | null;
  source?: string | null;
}

/** A correction in force: the field, what the parser said, and when it was corrected. */
export interface AppliedCorrection {
  field: CorrectableField;
  /** The parser's value, shown by "restore original". */
  original: string | string[] | null;
  correctedAt: string;
}

export interface OriginalFile {
  name: string;
  sha256: string;
  size: number;
  mediaType: string;
}

/** A stored clipping, as the reader shows it. */
export interface Clipping extends ParsedClipping {
  id: number;
  tags: string[];
  /** ISO 8601 date-time of the import. */
  importedAt: string;
  original: OriginalFile;
  /** The person's own free-text note on the clipping ('' when none); searchable. */
  note?: string;
  /** ISO 8601 date-time it was moved to the Trash; null or absent when it is not in the Trash. */
  trashedAt?: string | null;
  /** The person's corrections in force (their values are already in the fields above). */
  corrections?: AppliedCorrection[];
}

/** One row of the library list. */
export interface ClippingSummary {
  id: number;
  title: string;
  authors: string[];
  source: string | null;
  publishedAt: string | null;
  importedAt: string;
  language: string | null;
  tags: string[];
  /** The first words of the body, for the list. */
  lead: string;
  /** The lead photo's thumbnail (added with issue 15); null or absent when the clipping has none. */
  leadImage?: LeadImage | null;
}

export const importFormats = ['txt', 'md', 'html', 'docx'] as const;
export type ImportFormat = (typeof importFormats)[number];

/** Why a file was not imported; stable codes the service, CLI and UI can switch on. */
export const importRefusals = [
  'empty',
  'binary',
  'image',
  'unknown_extension',
  'too_large',
  'unreadable',
  'broken_docx',
  'docx_too_large',
  'export_too_large',
  'no_article_text',
  'decode_failed',
  'html_too_deep',
  'read_failed',
  'export_merge_failed',
  'paste_failed',
] as const;
export type ImportRefusal = (typeof importRefusals)[number];

export type UiLanguage = 'vi' | 'en';

/** What a refusal message may mention; every field optional so a message never needs them all. */
export interface RefusalDetails {
  /** File name (not the full path) as the user will recognise it. */
  fileName?: string;
  extension?: string;
  sizeBytes?: number;
  limitBytes?: number;
  /** Image kind recognised from the first bytes, e.g. "PNG". */
  imageKind?: string;
  /** How many levels deep the page's markup nests ('html_too_deep'). */
  depth?: number;
  /** Low-level cause (an fs error code such as EACCES), for logs. */
  cause?: string;
}

export interface ImportedText {
  ok: true;
  /** NFC text, paragraphs separated by blank lines; Unix line ends, no BOM. */
  text: string;
  title?: string | null;
  /** From `<meta property="article:published_time">` (or the page's JSON-LD) when it is HTML. */
  publishedAt?: string | null;
  /** From og:site_name when it is HTML. */
  outlet?: string | null;
  /** Canonical web address of an HTML page (link rel=canonical / og:url), absolute http(s) only. */
  url?: string | null;
  source: string;
  format: ImportFormat;
  /** Encoding the bytes were decoded with, as shown to the user ("UTF-8", "windows-1258", ...). */
  encoding: string;
  /** Things the user should know about how the file was read, in the requested language. */
  notes: string[];
}

export interface RefusedImport {
  ok: false;
  source: string;
  reason: ImportRefusal;
  details: RefusalDetails;
}

export type ReadOutcome = ImportedText | RefusedImport;

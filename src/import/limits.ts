/** Caps that keep hostile or broken files from hanging the task pane or the CLI. */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;
/** Sum of the uncompressed sizes of a .docx's entries: real agreements are well under 5 MB of XML. */
export const MAX_DOCX_UNCOMPRESSED_BYTES = 60 * 1024 * 1024;
export const MAX_DOCX_ENTRIES = 2000;
export const MAX_PDF_PAGES = 300;
/** Extracted text beyond this is not an agreement: stop rather than spend seconds on regexes. */
export const MAX_TEXT_CHARS = 2_000_000;
export const DOCUMENT_TIMEOUT_MS = 20_000;

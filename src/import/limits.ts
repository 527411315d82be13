/**
 * The caps of one document's import, each enforced where the work is done (see budget.ts). Real agreements
 * are far below every one of them: a 60-page agreement is about 200 KB of text, 3 000 lines and 40 table rows.
 */
export interface ImportLimits {
  /** Bytes of the file as read from disk or handed to the pane. */
  fileBytes: number;
  /** Entries of a .docx's zip archive. */
  zipEntries: number;
  /** Bytes inflated from a .docx's parts, every part counted (images too). */
  inflatedBytes: number;
  /**
   * Opening XML tags in a .docx's parts: mammoth's document model grows with them (about 2.5 KB each), not with
   * bytes, and its conversion cannot be interrupted, so this cap also bounds its time (the corpus: under 20 000).
   */
  xmlElements: number;
  pdfPages: number;
  /** Bytes inflated from a PDF's (non-image) flate streams: its content streams and object streams. */
  pdfStreamBytes: number;
  /** Characters of the extracted text. */
  textChars: number;
  /** Lines of the extracted text. */
  textLines: number;
  /** Table rows (lines holding a tab) of the extracted text. */
  tableRows: number;
  /** Table cells of the extracted text. */
  tableCells: number;
  /** Cells of one table row: the parser's per-row steps cannot stop halfway through a row. */
  rowCells: number;
  /** Wall time for reading and parsing one document. */
  timeMs: number;
  /** Pages read by OCR (scanned pages without a text layer): each costs seconds. */
  ocrPages: number;
  /** Pixels of one page image handed to OCR: a scan's own size, or the size a PDF page is rendered at. */
  ocrPixels: number;
  /**
   * Wall time for a document once it is read by OCR, from the start of its import: it replaces `timeMs` for that
   * document (measured 1.5–4 s per page, see README), and the watchdogs follow it (see `ImportProgress`).
   */
  ocrTimeMs: number;
}

export const DEFAULT_LIMITS: Readonly<ImportLimits> = Object.freeze({
  fileBytes: 25 * 1024 * 1024,
  zipEntries: 2000,
  inflatedBytes: 60 * 1024 * 1024,
  xmlElements: 150_000,
  pdfPages: 300,
  pdfStreamBytes: 64 * 1024 * 1024,
  textChars: 2_000_000,
  textLines: 250_000,
  tableRows: 50_000,
  tableCells: 200_000,
  rowCells: 500,
  timeMs: 20_000,
  ocrPages: 20,
  ocrPixels: 20_000_000,
  ocrTimeMs: 90_000,
});

/**
 * How long a document may keep the thread that imports it (the pane's Web Worker, the CLI's worker thread)
 * before that thread is terminated: the budget's time cap plus a grace in which its own checks give the precise
 * message first. It stops even a library step that never yields to the budget's checks.
 */
export const WATCHDOG_MS = DEFAULT_LIMITS.timeMs + 5_000;

/** The watchdogs' grace after a budget's deadline: a document read by OCR moves its deadline (ImportProgress). */
export const WATCHDOG_GRACE_MS = WATCHDOG_MS - DEFAULT_LIMITS.timeMs;

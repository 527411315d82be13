import type { Agreement } from '../domain/agreement';

/**
 * What an import yields: the contract of `iop import --json`, the task pane's preview and the workbook writers.
 * Amounts are whole kronor per year at the first year's level.
 */
export type DocumentKind = 'agreement' | 'decision' | 'overview';

export type WarningCode = 'TOTAL_MISMATCH' | 'INVALID_ORG_NUMBER' | 'MISSING_FIELD' | 'AMBIGUOUS' | 'INFERRED' | 'UNCONFIRMED' | 'UNREADABLE_PART' | 'OCR';

/**
 * How a field's value was obtained: written in the document (`read`), worked out from factors the document
 * writes (`computed`: monthly × 12, hours × rate), confirmed by a second reading (`reconciled`: items sum to the
 * stated subtotal or total), or concluded by the importer from something else (`inferred`, with its warning).
 */
export type Obtained = 'read' | 'computed' | 'reconciled' | 'inferred';

/** The codes in Swedish words, for people (the CLI summary, the pane); the JSON contract keeps the codes. */
export const WARNING_LABELS: Record<WarningCode, string> = {
  TOTAL_MISMATCH: 'Summan stämmer inte',
  INVALID_ORG_NUMBER: 'Ogiltigt organisationsnummer',
  MISSING_FIELD: 'Uppgift saknas',
  AMBIGUOUS: 'Osäker tolkning',
  INFERRED: 'Antaget',
  UNCONFIRMED: 'Ej avstämt',
  UNREADABLE_PART: 'Oläsbar del',
  OCR: 'Läst med OCR',
};

export interface ImportWarning {
  code: WarningCode;
  field?: string;
  message: string;
}

/** Where a field's value was read: the snippet of source text and its character offsets in the extracted text. */
export interface Provenance {
  field: string;
  snippet: string;
  start: number;
  end: number;
  /** How the source text was obtained, when not from the document's own text: `ocr` = read from a scanned image. */
  method?: 'ocr';
  /** The page (1, 2 …) of a scanned document the snippet was read on. */
  page?: number;
  /** How the field was obtained, when the extractor knows it better than the default (an end date computed from a duration). */
  how?: Obtained;
}

/** How far an import has come, for a progress bar and the watchdogs: pages read by OCR so far. */
export interface ImportProgress {
  /** The page being read, 1-based, and the number of pages to read. */
  page: number;
  pages: number;
  /** Milliseconds left of the document's time budget: a watchdog waits that long plus its grace. */
  timeLeftMs: number;
}

export interface ImportedAgreement extends Agreement {
  warnings: ImportWarning[];
  /** Not part of the JSON contract's required fields; the task pane shows it beside each field. */
  provenance?: Provenance[];
  /** How each field with a value was obtained, by field path (`name`, `validity.end`, `contributions[1]` …). */
  obtained?: Record<string, Obtained>;
}

export interface ImportResult {
  source: string;
  documentKind: DocumentKind;
  agreements: ImportedAgreement[];
  warnings: ImportWarning[];
}

/** A document that cannot be imported at all: unreadable, unsupported, too large, or not an IOP document. */
export class ImportError extends Error {
  constructor(
    readonly code: 'UNREADABLE' | 'UNSUPPORTED_TYPE' | 'TOO_LARGE' | 'NOT_IOP' | 'ENCRYPTED' | 'TIMEOUT' | 'CANCELLED',
    message: string,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

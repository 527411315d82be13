import { ImportError, type ImportResult, type ImportWarning } from './result';
import { assembleOverviewRow, assembleSingle, sharedTerms } from './assemble';
import { Budget } from './budget';
import { readOverview } from './fields/overview';
import { overviewYear } from './fields/overviewYear';
import { detectKind } from './kind';
import { refusalAfterReading } from './refusals';
import type { ReadPage } from './ocr/marks';
import type { OcrOptions } from './ocr/read';
import { decodeText, detectType } from './readers/detect';
import { buildSource } from './text/source';
import { minutesView } from './text/minutesItems';
import { semicolonTables } from './text/delimited';
import { agreementParts, partnershipViews, shareOrgNumbers, subAreaParts } from './severalPartnerships';

export * from './result';
export { toContractJson } from './json';
export { summarize } from './summary';
export { Budget } from './budget';
export { DEFAULT_LIMITS, type ImportLimits } from './limits';
export type { OcrOptions } from './ocr/read';
export type { OcrSupport, OcrEngine } from './ocr/engine';

/**
 * Pasted text, .txt or .md to agreements. Pure and synchronous: the same text always gives the same result.
 * Throws ImportError (NOT_IOP, TOO_LARGE, TIMEOUT) for text that cannot be an IOP document or runs out of
 * its budget (one per document: pass the one the reader charged, or a fresh one is made).
 */
export function importText(text: string, source: string, budget: Budget = new Budget()): ImportResult {
  budget.text(text);
  const whole = buildSource(semicolonTables(text), budget);
  // Minutes of a whole meeting: only the partnership's items are the document (text/minutesItems.ts).
  const doc = minutesView(whole) ?? whole;
  const { kind, overview } = detectKind(doc);
  budget.check();
  const inForce = overview && kind === 'overview' ? overviewYear(doc) : null;
  // A decision memo's table of partnerships: the terms its prose states once hold for every row.
  const shared = overview && kind === 'decision' ? sharedTerms(doc) : null;
  // A decision entering several partnerships in separate clauses: each read from its own view of the document.
  const views = !overview && kind === 'decision' ? partnershipViews(doc) : null;
  // An agreement file with separate delöverenskommelser or delområden: each part read from its own view.
  const parts = !overview && kind === 'agreement' ? (agreementParts(doc) ?? subAreaParts(doc)) : null;
  const agreements = overview
    ? readOverview(doc, overview).map((row) => assembleOverviewRow(row, inForce, doc, shared))
    : views
      ? shareOrgNumbers(views.map((v) => assembleSingle(v.doc, kind, v)))
      : parts
        ? shareOrgNumbers(parts.map((p) => assembleSingle(p.doc, kind, p.own)))
        : [assembleSingle(doc, kind)];
  const refused = overview ? null : refusalAfterReading(doc, agreements);
  if (refused) throw new ImportError('NOT_IOP', refused);
  budget.check();
  return { source, documentKind: kind, agreements, warnings: [] };
}

interface Read {
  text: string;
  warnings: ImportWarning[];
  /** The pages, for a document OCR read some of. */
  pages?: ReadPage[];
}

/** The words for a scan when no OCR is at hand (the functions' runtime, a caller that gives none). */
const NO_OCR = 'Filen är en skannad bild och kan inte läsas utan OCR.';

async function read(fileName: string, bytes: Uint8Array, budget: Budget, ocr?: OcrOptions): Promise<Read> {
  const type = detectType(fileName, bytes);
  if (type === 'image') {
    if (!ocr) throw new ImportError('UNSUPPORTED_TYPE', NO_OCR);
    const { readImage } = await import(/* webpackChunkName: "ocr" */ './ocr/read');
    const page = await readImage(bytes, budget, ocr);
    if (!page.text.trim()) throw new ImportError('UNREADABLE', 'Ingen text hittades i bilden med OCR.');
    const pages = [{ text: page.text, ocr: true, notes: page.notes }];
    return { text: page.text, warnings: [], pages };
  }
  if (type === 'docx') {
    const { readDocx } = await import('./readers/docx');
    const { text, messages } = await readDocx(bytes, budget);
    const warnings: ImportWarning[] = messages.length
      ? [{ code: 'UNREADABLE_PART', message: `Delar av Word-filen kunde inte läsas: ${messages.slice(0, 3).join('; ')}` }]
      : [];
    return { text, warnings };
  }
  if (type === 'pdf') {
    const { readPdfPages } = await import('./readers/pdf');
    const pages = await readPdfPages(bytes, budget, ocr);
    const text = pages.map((p) => p.text).join('\n\n');
    return { text, warnings: [], ...(pages.some((p) => p.ocr) ? { pages } : {}) };
  }
  return { text: decodeText(bytes), warnings: [] };
}

/** Anything a reader's library throws or rejects with becomes one plain Swedish line: no stack reaches a user. */
function asImportError(e: unknown): ImportError {
  if (e instanceof ImportError) return e;
  const why = e instanceof RangeError ? 'den är för stor eller för djupt nästlad' : 'den verkar skadad';
  return new ImportError('UNREADABLE', `Filen kunde inte läsas (${why}).`);
}

/**
 * A document's bytes to agreements: .docx (mammoth), .pdf (pdf.js text layer, loaded lazily), .txt/.md, and with
 * `ocr` a scan: a PDF's pages without text and PNG/JPEG/TIFF images are read by OCR, and every field read from
 * them is marked (ocr/marks.ts). Works in Node, in the task pane's import worker and in tests. Throws
 * ImportError with a plain Swedish message for files that are unreadable, of an unsupported type, beyond a limit
 * (limits.ts), encrypted, not an IOP document, too slow, or cancelled through `budget.cancel()`.
 */
export async function importDocument(fileName: string, bytes: Uint8Array, budget: Budget = new Budget(), ocr?: OcrOptions): Promise<ImportResult> {
  budget.fileBytes(bytes.byteLength);
  if (bytes.byteLength === 0) throw new ImportError('UNREADABLE', 'Filen är tom.');
  // Only the readers' failures are the file's fault; an error in the parser below stays a bug to find.
  const { text, warnings, pages } = await read(fileName, bytes, budget, ocr).catch((e: unknown) => Promise.reject(asImportError(e)));
  budget.check();
  const result = importText(text, fileName, budget);
  const whole = { ...result, warnings: [...warnings, ...result.warnings] };
  if (!pages) return whole;
  const { markOcr } = await import(/* webpackChunkName: "ocr" */ './ocr/marks');
  return markOcr(whole, pages, text.length);
}

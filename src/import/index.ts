import { ImportError, type ImportResult, type ImportWarning } from './result';
import { assembleOverviewRow, assembleSingle } from './assemble';
import { Budget } from './budget';
import { readOverview } from './fields/overview';
import { overviewYear } from './fields/overviewYear';
import { detectKind } from './kind';
import { decodeText, detectType } from './readers/detect';
import { buildSource } from './text/source';

export * from './result';
export { toContractJson } from './json';
export { summarize } from './summary';
export { Budget } from './budget';
export { DEFAULT_LIMITS, type ImportLimits } from './limits';

/**
 * Pasted text, .txt or .md to agreements. Pure and synchronous: the same text always gives the same result.
 * Throws ImportError (NOT_IOP, TOO_LARGE, TIMEOUT) for text that cannot be an IOP document or runs out of
 * its budget (one per document: pass the one the reader charged, or a fresh one is made).
 */
export function importText(text: string, source: string, budget: Budget = new Budget()): ImportResult {
  budget.text(text);
  const doc = buildSource(text, budget);
  const { kind, overview } = detectKind(doc);
  budget.check();
  const inForce = overview ? overviewYear(doc) : null;
  const agreements = overview ? readOverview(doc, overview).map((row) => assembleOverviewRow(row, inForce)) : [assembleSingle(doc, kind)];
  budget.check();
  return { source, documentKind: kind, agreements, warnings: [] };
}

async function read(fileName: string, bytes: Uint8Array, budget: Budget): Promise<{ text: string; warnings: ImportWarning[] }> {
  const type = detectType(fileName, bytes);
  if (type === 'docx') {
    const { readDocx } = await import('./readers/docx');
    const { text, messages } = await readDocx(bytes, budget);
    const warnings: ImportWarning[] = messages.length
      ? [{ code: 'UNREADABLE_PART', message: `Delar av Word-filen kunde inte läsas: ${messages.slice(0, 3).join('; ')}` }]
      : [];
    return { text, warnings };
  }
  if (type === 'pdf') {
    const { readPdf } = await import('./readers/pdf');
    return { text: await readPdf(bytes, budget), warnings: [] };
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
 * A document's bytes to agreements: .docx (mammoth), .pdf (pdf.js text layer, loaded lazily), .txt/.md.
 * Works in Node, in the task pane's import worker and in tests. Throws ImportError with a plain Swedish
 * message for files that are unreadable, of an unsupported type, beyond a limit (limits.ts), encrypted, not
 * an IOP document, too slow, or cancelled through `budget.cancel()`.
 */
export async function importDocument(fileName: string, bytes: Uint8Array, budget: Budget = new Budget()): Promise<ImportResult> {
  budget.fileBytes(bytes.byteLength);
  if (bytes.byteLength === 0) throw new ImportError('UNREADABLE', 'Filen är tom.');
  // Only the readers' failures are the file's fault; an error in the parser below stays a bug to find.
  const { text, warnings } = await read(fileName, bytes, budget).catch((e: unknown) => Promise.reject(asImportError(e)));
  budget.check();
  const result = importText(text, fileName, budget);
  return { ...result, warnings: [...warnings, ...result.warnings] };
}

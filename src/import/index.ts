import { ImportError, type ImportResult, type ImportWarning } from './result';
import { assembleOverviewRow, assembleSingle } from './assemble';
import { readOverview } from './fields/overview';
import { detectKind } from './kind';
import { DOCUMENT_TIMEOUT_MS, MAX_FILE_BYTES, MAX_TEXT_CHARS } from './limits';
import { decodeText, detectType } from './readers/detect';
import { buildSource } from './text/source';

export * from './result';
export { toContractJson } from './json';
export { summarize } from './summary';

/**
 * Pasted text, .txt or .md to agreements. Pure and synchronous: the same text always gives the same result.
 * Throws ImportError (NOT_IOP, TOO_LARGE) for text that cannot be an IOP document.
 */
export function importText(text: string, source: string): ImportResult {
  if (text.length > MAX_TEXT_CHARS) throw new ImportError('TOO_LARGE', 'Texten är för lång för att vara en överenskommelse (över 2 miljoner tecken).');
  const doc = buildSource(text);
  const { kind, overview } = detectKind(doc);
  const agreements = overview ? readOverview(doc, overview).map(assembleOverviewRow) : [assembleSingle(doc, kind)];
  return { source, documentKind: kind, agreements, warnings: [] };
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ImportError('TIMEOUT', `Dokumentet tog längre tid än ${ms / 1000} s att läsa och avbröts.`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

async function read(fileName: string, bytes: Uint8Array): Promise<{ text: string; warnings: ImportWarning[] }> {
  const type = detectType(fileName, bytes);
  if (type === 'docx') {
    const { readDocx } = await import('./readers/docx');
    const { text, messages } = await readDocx(bytes);
    const warnings: ImportWarning[] = messages.length
      ? [{ code: 'UNREADABLE_PART', message: `Delar av Word-filen kunde inte läsas: ${messages.slice(0, 3).join('; ')}` }]
      : [];
    return { text, warnings };
  }
  if (type === 'pdf') {
    const { readPdf } = await import('./readers/pdf');
    return { text: await readPdf(bytes), warnings: [] };
  }
  return { text: decodeText(bytes), warnings: [] };
}

/**
 * A document's bytes to agreements: .docx (mammoth), .pdf (pdf.js text layer, loaded lazily), .txt/.md.
 * Works in Node and in the task pane. Throws ImportError with a plain Swedish message for files that are
 * unreadable, of an unsupported type, too large, encrypted, not an IOP document, or too slow to read.
 */
export async function importDocument(fileName: string, bytes: Uint8Array): Promise<ImportResult> {
  if (bytes.byteLength > MAX_FILE_BYTES) throw new ImportError('TOO_LARGE', 'Filen är större än 25 MB och läses inte.');
  if (bytes.byteLength === 0) throw new ImportError('UNREADABLE', 'Filen är tom.');
  const { text, warnings } = await withTimeout(read(fileName, bytes), DOCUMENT_TIMEOUT_MS);
  const result = importText(text, fileName);
  return { ...result, warnings: [...warnings, ...result.warnings] };
}

/**
 * The import worker: documents are read here, off the pane's thread, so the pane stays responsive and the IOP.*
 * functions (which share the pane's runtime) keep calculating while a large document is read. One request at a
 * time; the pane terminates the worker to cancel. Every failure, a reader's rejection included, is answered as
 * the same plain Swedish message the in-thread importer would give. The files of one import are merged here too
 * (the worker keeps what it read until then), and a result goes back in slices of bounded size.
 */
import { importDocument, importText } from '../import';
import { Budget } from '../import/budget';
import { OCR_ASSETS, browserOcrSupport } from '../import/ocr/browserSupport';
import type { ImportResult, ImportedAgreement } from '../import/result';
import { isStrayPdfjsRejection } from '../import/readers/strayRejection';
import type { ImportRequest, ImportResponse } from './importer';
import { mergeForPreview } from './mergePreview';
import { sendBudget } from './sendBudget';

interface WorkerScope {
  onmessage: ((e: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: ImportResponse): void;
  location: { href: string };
  addEventListener(type: 'unhandledrejection', listener: (e: { reason: unknown; preventDefault(): void }) => void): void;
}

const scope = self as unknown as WorkerScope;
let current: number | null = null;
/** A scan is read by OCR here; its engine and files load only when a scan comes (browserSupport.ts). */
const ocr = browserOcrSupport(new URL(OCR_ASSETS, scope.location.href));
/** What this worker read, by request id, until the pane merges it (the oldest go first beyond KEEP). */
const kept = new Map<number, ImportResult>();
const KEEP = 200;

function failure(id: number, error: unknown): ImportResponse {
  const e = error as { name?: string; code?: string; message?: string } | null;
  if (e && e.name === 'ImportError' && typeof e.message === 'string') return { id, ok: false, code: e.code ?? 'UNREADABLE', message: e.message };
  return { id, ok: false, code: 'UNREADABLE', message: 'Filen kunde inte läsas (den verkar skadad).' };
}

// pdf.js or mammoth may reject a promise after its caller has moved on: that is the current file's failure.
// pdf.js's own unawaited housekeeping promises (see strayRejection.ts) are not the file's result.
scope.addEventListener('unhandledrejection', (e) => {
  e.preventDefault();
  if (current !== null && !isStrayPdfjsRejection(e.reason)) scope.postMessage(failure(current, e.reason));
});

/** The result in slices (sendBudget): the page receives each as a short task of its own. */
function send(id: number, result: ImportResult): void {
  const { slices, trimmed } = sendBudget(result.agreements);
  const warnings = trimmed > 0 ? [...result.warnings, trimmedWarning(trimmed)] : result.warnings;
  scope.postMessage({ id, ok: true, part: 'head', result: { ...result, agreements: [], warnings } });
  for (const agreements of slices) scope.postMessage({ id, ok: true, part: 'agreements', agreements: agreements as ImportedAgreement[] });
  scope.postMessage({ id, ok: true, part: 'end' });
}

function trimmedWarning(count: number): ImportResult['warnings'][number] {
  return { code: 'AMBIGUOUS', message: `Dokumentet är stort: källtexten visas inte för ${count} av avtalen (uppgifterna är inlästa och kan sparas).` };
}

scope.onmessage = async ({ data }) => {
  current = data.id;
  try {
    if (data.kind === 'merge') {
      const files = data.handles.map((h) => kept.get(h));
      if (files.some((f) => !f)) throw Object.assign(new Error('Importens resultat finns inte längre i arbetaren.'), { name: 'ImportError', code: 'UNREADABLE' });
      const groups = mergeForPreview(files as ImportResult[], data.stored);
      for (const h of data.handles) kept.delete(h);
      scope.postMessage({ id: data.id, ok: true, part: 'merged', groups });
      return;
    }
    const id = data.id;
    const result =
      data.kind === 'file'
        ? await importDocument(data.source, data.bytes, new Budget(), { support: ocr, onProgress: (progress) => scope.postMessage({ id, progress }) })
        : importText(data.text, data.source);
    kept.set(data.id, result);
    for (const old of kept.keys()) if (kept.size > KEEP) kept.delete(old);
    send(data.id, result);
  } catch (error) {
    scope.postMessage(failure(data.id, error));
  } finally {
    current = null;
  }
};

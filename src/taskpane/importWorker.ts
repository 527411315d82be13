/**
 * The import worker: documents are read here, off the pane's thread, so the pane stays responsive and the IOP.*
 * functions (which share the pane's runtime) keep calculating while a large document is read. One request at a
 * time; the pane terminates the worker to cancel. Every failure, a reader's rejection included, is answered as
 * the same plain Swedish message the in-thread importer would give.
 */
import { importDocument, importText } from '../import';
import { Budget } from '../import/budget';
import { OCR_ASSETS, browserOcrSupport } from '../import/ocr/browserSupport';
import { isStrayPdfjsRejection } from '../import/readers/strayRejection';
import type { ImportRequest, ImportResponse } from './importer';

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

scope.onmessage = async ({ data }) => {
  current = data.id;
  try {
    const id = data.id;
    const result =
      data.kind === 'file'
        ? await importDocument(data.source, data.bytes, new Budget(), { support: ocr, onProgress: (progress) => scope.postMessage({ id, progress }) })
        : importText(data.text, data.source);
    scope.postMessage({ id: data.id, ok: true, result });
  } catch (error) {
    scope.postMessage(failure(data.id, error));
  } finally {
    current = null;
  }
};

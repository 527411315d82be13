import { timeoutError } from '../import/budget';
import { DEFAULT_LIMITS, WATCHDOG_GRACE_MS, WATCHDOG_MS } from '../import/limits';
import { ImportError, type ImportProgress, type ImportResult } from '../import/result';

/**
 * The importer as the pane sees it. Documents are read in a Web Worker (importWorker.ts) so the pane's thread,
 * which the IOP.* functions share, is never blocked; `signal` cancels a read by ending the worker.
 */
export interface Importer {
  /** `onProgress` hears of each page of a scan before OCR reads it. */
  importFile(fileName: string, bytes: Uint8Array, signal?: AbortSignal, onProgress?: (progress: ImportProgress) => void): Promise<ImportResult>;
  importText(text: string, source: string, signal?: AbortSignal): Promise<ImportResult>;
}

type Job = { kind: 'file'; source: string; bytes: Uint8Array } | { kind: 'text'; source: string; text: string };
export type ImportRequest = Job & { id: number };

export type ImportResponse =
  | { id: number; ok: true; result: ImportResult }
  | { id: number; ok: false; code: string; message: string }
  /** Not an answer: a page of a scan OCR is about to read. */
  | { id: number; progress: ImportProgress };

const cancelled = () => new ImportError('CANCELLED', 'Importen avbröts.');

/**
 * One worker, reused while it behaves (the readers stay loaded between files) and replaced after a cancel, a
 * timeout or a crash: terminating it is the only way to stop a read, and the next file starts clean.
 */
export function workerImporter(createWorker: () => Worker): Importer {
  let worker: Worker | null = null;
  let nextId = 0;

  const run = (request: Job, signal?: AbortSignal, onProgress?: (progress: ImportProgress) => void) =>
    new Promise<ImportResult>((resolve, reject) => {
      if (signal?.aborted) {
        reject(cancelled());
        return;
      }
      const w = (worker ??= createWorker());
      const id = nextId++;
      let ocr = false;
      const finish = (error: ImportError | null, result?: ImportResult) => {
        clearTimeout(watchdog);
        w.removeEventListener('message', onMessage);
        w.removeEventListener('error', onError);
        signal?.removeEventListener('abort', onAbort);
        if (error) reject(error);
        else resolve(result as ImportResult);
      };
      const replace = () => {
        w.terminate();
        if (worker === w) worker = null;
      };
      const onMessage = ({ data }: MessageEvent<ImportResponse>) => {
        if (data.id !== id) return;
        // A scan read by OCR has a longer time cap: the watchdog follows the worker's budget, page by page.
        if ('progress' in data) {
          ocr = true;
          clearTimeout(watchdog);
          watchdog = setTimeout(expire, data.progress.timeLeftMs + WATCHDOG_GRACE_MS);
          onProgress?.(data.progress);
          return;
        }
        if (data.ok) finish(null, data.result);
        else finish(new ImportError(data.code as ImportError['code'], data.message));
      };
      // A worker that fails to load or throws outside a request: the same plain message as an unreadable file.
      const onError = (e: Event) => {
        e.preventDefault();
        replace();
        finish(new ImportError('UNREADABLE', 'Filen kunde inte läsas (importen avbröts av ett internt fel).'));
      };
      const onAbort = () => {
        replace();
        finish(cancelled());
      };
      const expire = () => {
        replace();
        finish(timeoutError(ocr ? DEFAULT_LIMITS.ocrTimeMs : undefined));
      };
      let watchdog = setTimeout(expire, WATCHDOG_MS);
      w.addEventListener('message', onMessage);
      w.addEventListener('error', onError);
      signal?.addEventListener('abort', onAbort);
      w.postMessage({ ...request, id });
    });

  return {
    importFile: (fileName, bytes, signal, onProgress) => run({ kind: 'file', source: fileName, bytes }, signal, onProgress),
    importText: (text, source, signal) => run({ kind: 'text', source, text }, signal),
  };
}

/** In this thread, loaded on first use so the readers (docx, pdf) stay out of the UI chunk: where no Worker exists. */
export function lazyImporter(): Importer {
  const load = () => import(/* webpackChunkName: "import-inline" */ '../import');
  return {
    importFile: async (fileName, bytes) => (await load()).importDocument(fileName, bytes),
    importText: async (text, source) => (await load()).importText(text, source),
  };
}

/** The pane's importer: in a worker where the page can start one, else in this thread. */
export function paneImporter(): Importer {
  if (typeof Worker === 'undefined') return lazyImporter();
  return workerImporter(() => new Worker(/* webpackChunkName: "import" */ new URL('./importWorker.ts', import.meta.url)));
}

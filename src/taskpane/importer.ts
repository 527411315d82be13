import { timeoutError } from '../import/budget';
import { DEFAULT_LIMITS, WATCHDOG_GRACE_MS, WATCHDOG_MS } from '../import/limits';
import { ImportError, type ImportProgress, type ImportResult, type ImportedAgreement } from '../import/result';
import type { MergeGroup, StoredRows } from './mergePreview';

/** The merge in this thread (no worker, or the worker that read the files is gone): loaded when needed. */
const mergeHere = async (files: readonly ImportResult[], stored: StoredRows) => (await import(/* webpackChunkName: "review" */ './mergePreview')).mergeForPreview(files, stored);

/** An import's result, with the handle by which the worker that read it still holds it (for merging there). */
export type ImportedFile = ImportResult & { handle?: number };

/**
 * The importer as the pane sees it. Documents are read in a Web Worker (importWorker.ts) so the pane's thread,
 * which the IOP.* functions share, is never blocked; `signal` cancels a read by ending the worker. The files of
 * one import are merged there too (with the workbook's rows), and long results come back in parts.
 */
export interface Importer {
  /** `onProgress` hears of each page of a scan before OCR reads it. */
  importFile(fileName: string, bytes: Uint8Array, signal?: AbortSignal, onProgress?: (progress: ImportProgress) => void): Promise<ImportedFile>;
  importText(text: string, source: string, signal?: AbortSignal): Promise<ImportedFile>;
  /** The partnerships of `files` (in order) and the workbook's rows, as mergeForPreview groups them. */
  merge(files: readonly ImportedFile[], stored: StoredRows): Promise<MergeGroup[]>;
}

type Job =
  | { kind: 'file'; source: string; bytes: Uint8Array }
  | { kind: 'text'; source: string; text: string }
  | { kind: 'merge'; handles: number[]; stored: StoredRows };
export type ImportRequest = Job & { id: number };

/**
 * A result comes in parts, so that no one message takes the page long to receive: the head (the result without
 * its agreements), then the agreements in slices of bounded size, then the end. A merge answers with one part.
 */
export type ImportResponse =
  | { id: number; ok: true; part: 'head'; result: ImportResult }
  | { id: number; ok: true; part: 'agreements'; agreements: ImportedAgreement[] }
  | { id: number; ok: true; part: 'end' }
  | { id: number; ok: true; part: 'merged'; groups: MergeGroup[] }
  | { id: number; ok: false; code: string; message: string }
  /** Not an answer: a page of a scan OCR is about to read. */
  | { id: number; progress: ImportProgress };

const cancelled = () => new ImportError('CANCELLED', 'Importen avbröts.');

/**
 * One worker, reused while it behaves (the readers stay loaded between files) and replaced after a cancel, a
 * timeout or a crash: terminating it is the only way to stop a read, and the next file starts clean. A merge
 * asks the worker that read the files; after a replacement (its results gone) the pane merges itself.
 */
export function workerImporter(createWorker: () => Worker): Importer {
  let worker: Worker | null = null;
  let generation = 0;
  let nextId = 0;

  const run = <T,>(request: Job, signal?: AbortSignal, onProgress?: (progress: ImportProgress) => void) =>
    new Promise<{ value: T; id: number }>((resolve, reject) => {
      if (signal?.aborted) {
        reject(cancelled());
        return;
      }
      const w = (worker ??= (generation++, createWorker()));
      const id = nextId++;
      let result: ImportResult | null = null;
      let ocr = false;
      const finish = (error: ImportError | null, value?: T) => {
        clearTimeout(watchdog);
        w.removeEventListener('message', onMessage);
        w.removeEventListener('error', onError);
        signal?.removeEventListener('abort', onAbort);
        if (error) reject(error);
        else resolve({ value: value as T, id });
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
        if (!data.ok) finish(new ImportError(data.code as ImportError['code'], data.message));
        else if (data.part === 'head') result = data.result;
        else if (data.part === 'agreements') result?.agreements.push(...data.agreements);
        else if (data.part === 'end') finish(null, result as T);
        else finish(null, data.groups as T);
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

  /** The handle names the worker generation too: a replaced worker holds none of the earlier results. */
  const imported = async (job: Job, signal?: AbortSignal, onProgress?: (progress: ImportProgress) => void): Promise<ImportedFile> => {
    const { value, id } = await run<ImportResult>(job, signal, onProgress);
    return { ...value, handle: generation * 1_000_000 + id };
  };

  return {
    importFile: (fileName, bytes, signal, onProgress) => imported({ kind: 'file', source: fileName, bytes }, signal, onProgress),
    importText: (text, source, signal) => imported({ kind: 'text', source, text }, signal),
    async merge(files, stored) {
      const same = files.every((f) => f.handle !== undefined && Math.floor(f.handle / 1_000_000) === generation) && worker !== null;
      if (!same) return mergeHere(files, stored);
      try {
        return (await run<MergeGroup[]>({ kind: 'merge', handles: files.map((f) => f.handle! % 1_000_000), stored })).value;
      } catch {
        return mergeHere(files, stored);
      }
    },
  };
}

/** In this thread, loaded on first use so the readers (docx, pdf) stay out of the UI chunk: where no Worker exists. */
export function lazyImporter(): Importer {
  const load = () => import(/* webpackChunkName: "import-inline" */ '../import');
  return {
    importFile: async (fileName, bytes) => (await load()).importDocument(fileName, bytes),
    importText: async (text, source) => (await load()).importText(text, source),
    merge: mergeHere,
  };
}

/** The pane's importer: in a worker where the page can start one, else in this thread. */
export function paneImporter(): Importer {
  if (typeof Worker === 'undefined') return lazyImporter();
  return workerImporter(() => new Worker(/* webpackChunkName: "import" */ new URL('./importWorker.ts', import.meta.url)));
}

import { parentPort } from 'worker_threads';
import { isStrayPdfjsRejection } from '../import/readers/strayRejection';
import { ImportError, importFile, type ImportProgress } from '../import/node';

/**
 * The CLI's import thread (see boundedImport.ts): imports one file per message and answers with the result or
 * the refusal. A reader library's promise that rejects with nobody waiting (pdf.js's own strays excepted) ends
 * the document in hand with the same plain refusal as any unreadable file.
 */
export interface ImportRequest {
  id: number;
  path: string;
}

export type ImportAnswer =
  | { id: number; result: Awaited<ReturnType<typeof importFile>> }
  | { id: number; refusal: { code: ImportError['code']; message: string } }
  /** A page OCR is about to read: the watchdog waits for the time the document has left (plus its grace). */
  | { id: number; progress: ImportProgress }
  /** A rejection or exception with no document in hand (a library's promise rejecting after the answer). */
  | { id: null; late: string; stray: boolean };

let current: number | null = null;

function refuse(id: number, code: ImportError['code'], message: string): void {
  parentPort?.postMessage({ id, refusal: { code, message } } satisfies ImportAnswer);
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function unexpected(e: unknown): void {
  if (current === null) {
    parentPort?.postMessage({ id: null, late: messageOf(e).slice(0, 300), stray: false } satisfies ImportAnswer);
    return;
  }
  refuse(current, 'UNREADABLE', `Filen kunde inte läsas (${messageOf(e).slice(0, 200)}).`);
  current = null;
}

process.on('unhandledRejection', (e) => {
  if (isStrayPdfjsRejection(e)) parentPort?.postMessage({ id: null, late: messageOf(e).slice(0, 300), stray: true } satisfies ImportAnswer);
  else unexpected(e);
});
process.on('uncaughtException', unexpected);

parentPort?.on('message', async ({ id, path }: ImportRequest) => {
  current = id;
  try {
    const result = await importFile(path, undefined, (progress) => parentPort?.postMessage({ id, progress } satisfies ImportAnswer));
    if (current === id) parentPort?.postMessage({ id, result } satisfies ImportAnswer);
  } catch (e) {
    if (current !== id) return;
    if (e instanceof ImportError) refuse(id, e.code, e.message);
    else unexpected(e);
  } finally {
    if (current === id) current = null;
  }
});

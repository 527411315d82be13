import { existsSync } from 'fs';
import { join } from 'path';
import { Worker } from 'worker_threads';
import { timeoutError } from '../import/budget';
import { DEFAULT_LIMITS, WATCHDOG_GRACE_MS, WATCHDOG_MS } from '../import/limits';
import { ImportError, importFile, type ImportResult } from '../import/node';
import type { ImportAnswer } from './importThread';

/*
 * The CLI's imports run in one worker thread, so a deadline and a memory cap hold even for a step that never
 * yields: the budget stops the import's own loops at their checks, but a reader library's parser (mammoth's
 * XML parser on a damaged .docx goes quadratic and never returns to the event loop) cannot be stopped from
 * inside. At the deadline the thread is terminated (V8 stops it mid-loop) and a new one serves the next file.
 */
/**
 * The thread's JavaScript heap. Documents within the budget's caps need less: the 10 000-case fuzz runs per
 * format peaked at 606 MB for the whole process (README, Fuzzing).
 */
export const THREAD_HEAP_MB = 768;

const THREAD_SCRIPT = join(__dirname, 'importThread.js');

/** Starts the deadline of one file: calls `expire` when it passes and returns how to cancel it. */
export type Deadline = (expire: () => void, ms: number) => () => void;

const wallClock: Deadline = (expire, ms) => {
  const timer = setTimeout(expire, ms);
  return () => clearTimeout(timer);
};

/**
 * What the watchdog runs and times: the compiled import thread on the wall clock. Tests put a thread script that
 * never yields (or one that answers) and a deadline they fire themselves in its place, so that the watchdog is
 * proven on a step that never ends by itself rather than on a document that is merely slow on one machine.
 */
const watchdog: { script: string; deadline: Deadline } = { script: THREAD_SCRIPT, deadline: wallClock };

let thread: Worker | null = null;
let nextId = 1;

/** Replaces the thread script and/or the clock (tests); `{}` restores the CLI's own. */
export function configureWatchdog(options: { script?: string; deadline?: Deadline }): void {
  void thread?.terminate();
  thread = null;
  watchdog.script = options.script ?? THREAD_SCRIPT;
  watchdog.deadline = options.deadline ?? wallClock;
}

/** What the thread reported with no document in hand; the answers already given stand (see takeLateErrors). */
const lateErrors: { message: string; stray: boolean }[] = [];

/**
 * The rejections and exceptions the thread reported since the last call, with no document in hand: pdf.js's
 * own unawaited housekeeping promises (`stray`) and anything else. The fuzz suite counts them; the CLI's
 * answers are not changed by them.
 */
export function takeLateErrors(): { message: string; stray: boolean }[] {
  return lateErrors.splice(0);
}

function newThread(): Worker {
  const worker = new Worker(watchdog.script, { resourceLimits: { maxOldGenerationSizeMb: THREAD_HEAP_MB } });
  worker.on('message', (answer: ImportAnswer) => {
    if (answer.id === null) lateErrors.push({ message: answer.late, stray: answer.stray });
  });
  worker.on('exit', () => {
    if (thread === worker) thread = null;
  });
  return worker;
}

function ask(path: string, deadlineMs: number): Promise<ImportResult> {
  thread ??= newThread();
  const worker = thread;
  const id = nextId++;
  // Only while a file is in hand does the thread keep the process alive.
  worker.ref();
  return new Promise<ImportResult>((resolve, reject) => {
    const finish = (settle: () => void) => {
      cancelDeadline();
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      worker.unref();
      settled = true;
      settle();
    };
    const replace = () => {
      if (thread === worker) thread = null;
      void worker.terminate();
    };
    let settled = false;
    let ocr = false;
    const arm = (ms: number) =>
      watchdog.deadline(() => {
        if (settled) return;
        replace();
        finish(() => reject(timeoutError(ocr ? DEFAULT_LIMITS.ocrTimeMs : undefined)));
      }, ms);
    let cancelDeadline = arm(deadlineMs);
    const onMessage = (answer: ImportAnswer) => {
      if (answer.id !== id || 'late' in answer) return;
      // A document read by OCR has a longer time cap: the watchdog follows its budget, page by page.
      if ('progress' in answer) {
        cancelDeadline();
        ocr = true;
        cancelDeadline = arm(answer.progress.timeLeftMs + WATCHDOG_GRACE_MS);
        return;
      }
      if ('result' in answer) finish(() => resolve(answer.result));
      else finish(() => reject(new ImportError(answer.refusal.code, answer.refusal.message)));
    };
    const onError = (e: Error & { code?: string }) => {
      replace();
      const message =
        e.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `Dokumentet krävde mer än ${THREAD_HEAP_MB} MB minne att läsa och avbröts (gräns för minne).`
          : `Filen kunde inte läsas (${String(e.message).slice(0, 200)}).`;
      finish(() => reject(new ImportError(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'TOO_LARGE' : 'UNREADABLE', message)));
    };
    const onExit = (code: number) => {
      replace();
      finish(() => reject(new ImportError('UNREADABLE', `Filen kunde inte läsas (läsningen avslutades med kod ${code}).`)));
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage({ id, path });
  });
}

/**
 * Imports a file within a hard deadline and heap cap. Run from TypeScript sources (jest runs src/ in-process
 * and has no compiled thread script), it imports in this thread: only the built CLI in lib/ has the thread.
 */
export function importFileBounded(path: string, deadlineMs = WATCHDOG_MS): Promise<ImportResult> {
  if (!existsSync(watchdog.script)) return importFile(path);
  return ask(path, deadlineMs);
}

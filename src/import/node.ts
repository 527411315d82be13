import { constants } from 'fs';
import Module from 'module';
import { open, type FileHandle } from 'fs/promises';
import { basename } from 'path';
import { Budget } from './budget';
import { importDocument } from './index';
import { nodeOcrSupport, type NodeCanvasModule } from './ocr/nodeSupport';
import { ImportError, type ImportProgress, type ImportResult } from './result';

export * from './index';

/**
 * pdf.js's Node build require()s @napi-rs/canvas when it loads, to polyfill DOMMatrix, ImageData and Path2D for
 * rendering; loading that native module makes Skia open every system font (463 files here). Reading the text
 * layer renders nothing, so the CLI hands pdf.js inert stand-ins instead: no native code, no font files (pdf.js
 * builds one identity DOMMatrix when it loads; nothing else of these is used without rendering).
 */
class InertMatrix {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;
}
class NoCanvas {
  constructor() {
    throw new Error('Ingen canvas: importen läser bara PDF-filens textlager.');
  }
}
const moduleLoader = Module as unknown as { _load(request: string, ...rest: unknown[]): unknown };
const load = moduleLoader._load;
/** Set while OCR loads the real package for rendering a scanned page. */
let realCanvas = false;
moduleLoader._load = function (request: string, ...rest: unknown[]) {
  if (request === '@napi-rs/canvas' && !realCanvas) return { DOMMatrix: InertMatrix, ImageData: NoCanvas, Path2D: NoCanvas };
  return load.call(this, request, ...rest);
};

/** The real @napi-rs/canvas, for rendering a scanned PDF's pages for OCR; null when the optional package is not installed. */
function loadRealCanvas(): NodeCanvasModule | null {
  realCanvas = true;
  try {
    // A plain require: the package is optional, so its absence is an answer (null), not a missing import.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('@napi-rs/canvas') as NodeCanvasModule;
  } catch {
    return null;
  } finally {
    realCanvas = false;
  }
}

/** OCR as the CLI has it: tesseract.js in a worker thread, pages rendered on @napi-rs/canvas. */
export const NODE_OCR = nodeOcrSupport(loadRealCanvas);

/**
 * Node only: a regular file's bytes, never more than the budget's file size plus one chunk. Opened without
 * blocking (a FIFO would otherwise wait for a writer) and judged by its type, not its size: devices, sockets
 * and FIFOs are refused, and so is a file whose stat size is 0 but which has content (/proc, /sys).
 */
export async function readRegularFile(path: string, budget: Budget): Promise<Uint8Array> {
  const name = basename(path);
  let handle: FileHandle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'EISDIR') throw new ImportError('UNREADABLE', `${name} är en mapp, ingen fil.`);
    throw new ImportError('UNREADABLE', `Filen ${name} finns inte eller kan inte läsas.`);
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new ImportError('UNREADABLE', `${name} är en mapp, ingen fil.`);
    if (!info.isFile()) throw new ImportError('UNREADABLE', `${name} är ingen vanlig fil (en enhet, en FIFO eller en socket) och läses inte.`);
    budget.fileBytes(info.size);
    const limit = budget.limits.fileBytes;
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const chunk = new Uint8Array(Math.min(1024 * 1024, limit + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      budget.fileBytes(total);
      if (info.size === 0) throw new ImportError('UNREADABLE', `${name} är ingen vanlig fil (storleken är 0 men den har innehåll) och läses inte.`);
      budget.check();
    }
    const bytes = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      bytes.set(c, at);
      at += c.length;
    }
    return bytes;
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw new ImportError('UNREADABLE', `Filen ${name} kan inte läsas.`);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/**
 * Node only: reads a file within one budget (bytes, then the import's own caps and time) and imports it, a scan
 * by OCR; `onProgress` hears of every page OCR reads.
 */
export async function importFile(path: string, budget: Budget = new Budget(), onProgress?: (p: ImportProgress) => void): Promise<ImportResult> {
  const bytes = await readRegularFile(path, budget);
  return importDocument(basename(path), bytes, budget, { support: NODE_OCR, onProgress });
}

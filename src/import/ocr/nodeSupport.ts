import { dirname, join } from 'path';
import { ImportError } from '../result';
import type { OcrSupport, PageCanvas } from './engine';
import { OCR_ENGINE_MODE, OCR_LANGUAGE, tesseractEngine } from './tesseract';

/** The part of @napi-rs/canvas that rendering uses. */
export interface NodeCanvasModule {
  createCanvas(width: number, height: number): PageCanvas;
  DOMMatrix: unknown;
  Path2D: unknown;
  ImageData: unknown;
}

/** What the CLI says when a scanned PDF meets a machine without the optional canvas package. */
export const CANVAS_MISSING =
  'Den skannade PDF-filen kan inte läsas med OCR: paketet @napi-rs/canvas (ett valfritt beroende som ritar PDF-sidor) saknas. Installera det med "npm install @napi-rs/canvas", eller importera skanningen som PNG-, JPEG- eller TIFF-bild.';

/**
 * OCR in Node (the CLI): tesseract.js in its own worker thread, the Swedish data read from the installed
 * `@tesseract.js-data/swe` (no network, nothing written: `cacheMethod: 'none'`), and PDF pages rendered on
 * @napi-rs/canvas, which `loadCanvas` loads (or returns null when the optional package is not installed).
 */
export function nodeOcrSupport(loadCanvas: () => NodeCanvasModule | null): OcrSupport {
  let canvasModule: NodeCanvasModule | null | undefined;
  return {
    async engine() {
      const { createWorker } = await import('tesseract.js');
      const langPath = join(dirname(require.resolve('@tesseract.js-data/swe/package.json')), '4.0.0_best_int');
      // Without an errorHandler tesseract.js rethrows a failed job in its message handler: an uncaught exception.
      const worker = await createWorker(OCR_LANGUAGE, OCR_ENGINE_MODE, { langPath, cacheMethod: 'none', gzip: true, errorHandler: () => undefined });
      return tesseractEngine(worker as unknown as Parameters<typeof tesseractEngine>[0]);
    },
    canvas(width, height) {
      if (canvasModule === undefined) {
        canvasModule = loadCanvas();
        // pdf.js polyfilled these with the CLI's inert stand-ins when it loaded (node.ts); rendering needs the real ones.
        if (canvasModule) Object.assign(globalThis, { DOMMatrix: canvasModule.DOMMatrix, Path2D: canvasModule.Path2D, ImageData: canvasModule.ImageData });
      }
      if (!canvasModule) throw new ImportError('UNSUPPORTED_TYPE', CANVAS_MISSING);
      return canvasModule.createCanvas(width, height);
    },
  };
}

import { ImportError } from '../result';
import type { OcrSupport, PageCanvas } from './engine';
import { OCR_ENGINE_MODE, OCR_LANGUAGE, tesseractEngine } from './tesseract';

/**
 * OCR in the pane's import worker (a browser entry of the readers): tesseract.js's API in a lazily loaded chunk,
 * its engine in a worker of its own, and every file from the add-in's own origin (`assets`, the folder
 * webpack copies them to: see webpack.config.js): the engine's worker script, the WebAssembly core (the SIMD
 * build where the browser has SIMD, else the plain one) and the Swedish data. No CDN, nothing cached by
 * tesseract.js (the browser's HTTP cache keeps the files). PDF pages are rendered on an OffscreenCanvas.
 */

/** The OCR files' folder in dist/, relative to the import worker (webpack puts every chunk at the root). */
export const OCR_ASSETS = 'ocr/';
/** The files of that folder, as copied by webpack.config.js. */
export const OCR_FILES = {
  worker: 'worker.min.js',
  simdCore: 'tesseract-core-simd-lstm.js',
  core: 'tesseract-core-lstm.js',
} as const;

/** A minimal WebAssembly module using a SIMD instruction (the check wasm-feature-detect makes). */
const SIMD_PROBE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98, 11]);

export function browserOcrSupport(assets: URL): OcrSupport {
  return {
    async engine() {
      const { createWorker } = await import(/* webpackChunkName: "ocr-engine" */ 'tesseract.js');
      const simd = typeof WebAssembly !== 'undefined' && WebAssembly.validate(SIMD_PROBE);
      const worker = await createWorker(OCR_LANGUAGE, OCR_ENGINE_MODE, {
        workerPath: new URL(OCR_FILES.worker, assets).href,
        corePath: new URL(simd ? OCR_FILES.simdCore : OCR_FILES.core, assets).href,
        langPath: new URL('.', assets).href,
        // A worker from the add-in's own URL, not a blob: URL (which the page's CSP governs and worker-src must allow).
        workerBlobURL: false,
        cacheMethod: 'none',
        gzip: true,
        errorHandler: () => undefined,
      });
      return tesseractEngine(worker as unknown as Parameters<typeof tesseractEngine>[0]);
    },
    canvas(width, height) {
      if (typeof OffscreenCanvas === 'undefined') throw new ImportError('UNSUPPORTED_TYPE', 'Webbläsaren kan inte rita PDF-sidor i bakgrunden (OffscreenCanvas saknas), så den skannade filen kan inte läsas med OCR här.');
      return new OffscreenCanvas(width, height) as unknown as PageCanvas;
    },
  };
}

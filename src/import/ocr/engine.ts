/**
 * What OCR needs from the platform it runs on. The reading itself (page order, layout, budget, marks on the
 * fields) is the same everywhere; Node (the CLI) and the pane's import worker each give an engine and a canvas.
 */

/** A page image as the engine takes it: an encoded image file (PNG, JPEG, TIFF, PGM) and its resolution. */
export interface PageImage {
  bytes: Uint8Array;
  /** Dots per inch: the render resolution of a PDF page, a scan's stated or estimated resolution. */
  dpi: number;
}

/** Tesseract behind a small interface: one page image in, its words with boxes and confidences out (TSV). */
export interface OcrEngine {
  /** Tesseract's TSV of one page: a row per page, block, paragraph, line and word, with boxes and confidences. */
  read(image: PageImage): Promise<string>;
  /** Ends the engine's worker: after the document, and at once when the time is up. */
  close(): Promise<void>;
}

/** A 2D context as pdf.js draws on it and OCR reads it back. */
export interface PageContext {
  getImageData(x: number, y: number, width: number, height: number): { data: Uint8ClampedArray | Uint8Array };
}

/** A canvas of the platform (@napi-rs/canvas in Node, OffscreenCanvas in a Web Worker). */
export interface PageCanvas {
  width: number;
  height: number;
  getContext(kind: '2d', options?: object): unknown;
}

/** What a platform gives OCR. Both are loaded on first use only: a document with a text layer loads neither. */
export interface OcrSupport {
  /** Starts the engine; rejects with an ImportError naming what is missing. */
  engine(): Promise<OcrEngine>;
  /** A blank canvas for rendering a PDF page; throws an ImportError when the platform has none (Node without the optional package). */
  canvas(width: number, height: number): PageCanvas;
}

/**
 * A rendered page's pixels as a binary PGM (greyscale, one byte a pixel): every OCR engine build reads it, and
 * it costs no compression.
 * @example toPgm(new Uint8ClampedArray([255, 255, 255, 255]), 1, 1) // "P5\n1 1\n255\n" + one byte 255
 */
export function toPgm(rgba: Uint8ClampedArray | Uint8Array, width: number, height: number): Uint8Array {
  const head = new TextEncoder().encode(`P5\n${width} ${height}\n255\n`);
  const out = new Uint8Array(head.length + width * height);
  out.set(head);
  for (let i = 0, j = head.length, k = 0; i < width * height; i++, j++, k += 4) {
    // Rec. 601 luma in integers; a transparent pixel (pdf.js leaves none on a white page) counts as white.
    out[j] = rgba[k + 3] === 0 ? 255 : (rgba[k] * 77 + rgba[k + 1] * 150 + rgba[k + 2] * 29) >> 8;
  }
  return out;
}

import type { OcrEngine, PageImage } from './engine';

/**
 * The one tesseract configuration, in Node and in the pane, as measured on the corpus's scanned agreement (issue
 * 21): Swedish `4.0.0_best_int` data from npm (`@tesseract.js-data/swe`), the LSTM engine, page segmentation
 * mode 3 (fully automatic: mode 6, one block, lost the title lines), the page straightened by the engine
 * (`rotateAuto`: scans are skewed), nothing cached or written anywhere (`cacheMethod: 'none'`).
 */
export const OCR_LANGUAGE = 'swe';
/** tesseract's OEM.LSTM_ONLY. */
export const OCR_ENGINE_MODE = 1;
/** tesseract's PSM.AUTO. */
export const OCR_PAGE_SEGMENTATION = '3';

/** The part of a tesseract.js worker this uses. */
export interface TesseractWorker {
  setParameters(params: Record<string, string>): Promise<unknown>;
  recognize(image: Uint8Array, options: { rotateAuto: boolean }, output: { tsv: boolean; text: boolean }): Promise<{ data: { tsv: string | null } }>;
  terminate(): Promise<unknown>;
}

/** A started tesseract.js worker as an OcrEngine. */
export async function tesseractEngine(worker: TesseractWorker): Promise<OcrEngine> {
  // debug_file: tesseract prints notes ("Detected 210 diacritics") to the console otherwise, into the CLI's output.
  await worker.setParameters({ tessedit_pageseg_mode: OCR_PAGE_SEGMENTATION, debug_file: '/dev/null' });
  let closed = false;
  return {
    async read(image: PageImage) {
      await worker.setParameters({ user_defined_dpi: String(image.dpi) });
      const { data } = await worker.recognize(image.bytes, { rotateAuto: true }, { tsv: true, text: false });
      return data.tsv ?? '';
    },
    async close() {
      if (closed) return;
      closed = true;
      await worker.terminate();
    },
  };
}

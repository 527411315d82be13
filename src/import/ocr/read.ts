import type { Budget } from '../budget';
import { ImportError, type ImportProgress } from '../result';
import type { OcrEngine, OcrSupport, PageImage } from './engine';
import { imageInfo } from './images';
import { layoutOcrPage, type OcrPageText } from './layout';

/** What an import that may need OCR is given: the platform's engine and canvas, and where progress goes. */
export interface OcrOptions {
  support: OcrSupport;
  onProgress?: (progress: ImportProgress) => void;
}

/**
 * How long the engine may take to start before it is taken to be blocked: a page whose Content-Security-Policy
 * forbids WebAssembly leaves tesseract.js's start neither resolved nor rejected.
 */
export const ENGINE_START_MS = 30_000;

/** A scan's resolution when its file states none: the width of an A4 page (8.27 in), which most scans are. */
const A4_WIDTH_IN = 8.27;

/**
 * Races one step against the budget's deadline (and a cap of its own); at the deadline `stop` ends what cannot
 * be interrupted (the engine's worker) and the step is refused with the budget's message.
 */
function withinTime<T>(work: Promise<T>, budget: Budget, stop: () => void, cap = Infinity, late: () => ImportError = () => budget.timeout()): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const capped = budget.timeLeft() > cap;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      stop();
      reject(capped ? late() : budget.timeout());
    }, Math.min(budget.timeLeft(), cap) + 1);
  });
  work.catch(() => undefined);
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

async function startEngine(support: OcrSupport, budget: Budget): Promise<OcrEngine> {
  let started: OcrEngine | null = null;
  const starting = support.engine().then((e) => (started = e));
  const blocked = () =>
    new ImportError(
      'UNREADABLE',
      'OCR-motorn startade inte. Om tillägget körs på en egen server måste dess Content-Security-Policy tillåta WebAssembly (\u2019wasm-unsafe-eval\u2019 i script-src).',
    );
  try {
    return await withinTime(starting, budget, () => void starting.then((e) => e.close()).catch(() => undefined), ENGINE_START_MS, blocked);
  } catch (e) {
    await (started as OcrEngine | null)?.close().catch(() => undefined);
    if (e instanceof ImportError) throw e;
    throw new ImportError('UNREADABLE', `OCR-motorn kunde inte startas (${String((e as Error)?.message ?? e).slice(0, 200)}).`);
  }
}

/**
 * Reads `count` page images by OCR, one after another in page order, within the budget: the page count cap
 * first, then the OCR time cap from here on, the deadline raced at every step, progress before every page.
 * `image(i)` renders or hands over page i (0-based) when its turn comes, so one page image is held at a time.
 */
export async function ocrPages(count: number, image: (i: number) => Promise<PageImage>, options: OcrOptions, budget: Budget): Promise<OcrPageText[]> {
  budget.ocrPages(count);
  budget.startOcr();
  budget.check();
  const engine = await startEngine(options.support, budget);
  const stop = () => void engine.close().catch(() => undefined);
  try {
    const out: OcrPageText[] = [];
    for (let i = 0; i < count; i++) {
      budget.check();
      options.onProgress?.({ page: i + 1, pages: count, timeLeftMs: budget.timeLeft() });
      const picture = await image(i);
      budget.check();
      const tsv = await withinTime(
        engine.read(picture).catch((e: unknown) => {
          if (e instanceof ImportError) throw e;
          throw new ImportError('UNREADABLE', `Sida ${i + 1} kunde inte läsas med OCR (${String((e as Error)?.message ?? e).slice(0, 200)}).`);
        }),
        budget,
        stop,
      );
      out.push(layoutOcrPage(tsv, picture.dpi));
    }
    return out;
  } finally {
    await engine.close().catch(() => undefined);
  }
}

/**
 * A scanned image (PNG, JPEG, one-page TIFF) to its text by OCR. The engine decodes the file itself; its size is
 * checked against the budget from the header first.
 */
export async function readImage(bytes: Uint8Array, budget: Budget, options: OcrOptions): Promise<OcrPageText> {
  const info = imageInfo(bytes);
  if (info.pages > 1) {
    throw new ImportError('UNSUPPORTED_TYPE', `TIFF-filen har ${info.pages} sidor; OCR läser bara bilder med en sida. Spara skanningen som PDF och importera den.`);
  }
  budget.ocrPixels(info.width, info.height);
  const dpi = info.dpi ?? Math.min(600, Math.max(70, Math.round(info.width / A4_WIDTH_IN)));
  const [page] = await ocrPages(1, async () => ({ bytes, dpi }), options, budget);
  return page;
}

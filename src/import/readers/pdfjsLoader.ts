/**
 * pdf.js is loaded only when a PDF is imported, so it does not weigh on the task pane's start.
 * webpack turns this `import()` into a lazy chunk; the CommonJS build (CLI) turns it into `require()`,
 * which Node ≥ 20.19 can do for an ES module. jest cannot, so tests replace this module (see test/import).
 * The worker module is loaded the same way and handed to pdf.js as its in-thread worker: no worker file
 * is fetched from the network and no Worker is started.
 */
export type PdfjsModule = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/**
 * Built-ins the legacy build's core-js replaces in engines it finds lacking in an edge case: on Node 20 (V8 11)
 * Array.prototype.push (the error for a non-writable length), JSON.parse (the source passed to a reviver) and
 * JSON.stringify (JSON.rawJSON). The replacements are JavaScript: push became five times slower, for the whole
 * process, so every import after the first PDF (mammoth pushes for each XML node) paid for it. pdf.js uses none of
 * those edge cases, so the engine's own are put back once it has loaded; what core-js adds that the engine lacks
 * (Promise.withResolvers and the like) stays. Taken when this module loads, before pdf.js can have replaced them.
 */
const NATIVE: ReadonlyArray<[object, string, PropertyDescriptor | undefined]> = [
  [Array.prototype, 'push', Object.getOwnPropertyDescriptor(Array.prototype, 'push')],
  [JSON, 'parse', Object.getOwnPropertyDescriptor(JSON, 'parse')],
  [JSON, 'stringify', Object.getOwnPropertyDescriptor(JSON, 'stringify')],
];

export function restoreNatives(): void {
  for (const [target, key, descriptor] of NATIVE) if (descriptor) Object.defineProperty(target, key, descriptor);
}

export async function loadPdfjs(): Promise<PdfjsModule> {
  // The chunk names let the production build skip re-minifying pdf.js (webpack.config.js uses its .min builds).
  const [pdfjs, worker] = await Promise.all([
    import(/* webpackChunkName: "pdfjs" */ 'pdfjs-dist/legacy/build/pdf.mjs'),
    import(/* webpackChunkName: "pdfjs-worker" */ 'pdfjs-dist/legacy/build/pdf.worker.mjs'),
  ]);
  restoreNatives();
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  return pdfjs;
}

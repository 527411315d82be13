/**
 * pdf.js is loaded only when a PDF is imported, so it does not weigh on the task pane's start.
 * webpack turns this `import()` into a lazy chunk; the CommonJS build (CLI) turns it into `require()`,
 * which Node ≥ 20.19 can do for an ES module. jest cannot, so tests replace this module (see test/import).
 * The worker module is loaded the same way and handed to pdf.js as its in-thread worker: no worker file
 * is fetched from the network and no Worker is started.
 */
export type PdfjsModule = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

export async function loadPdfjs(): Promise<PdfjsModule> {
  // The chunk names let the production build skip re-minifying pdf.js (webpack.config.js uses its .min builds).
  const [pdfjs, worker] = await Promise.all([
    import(/* webpackChunkName: "pdfjs" */ 'pdfjs-dist/legacy/build/pdf.mjs'),
    import(/* webpackChunkName: "pdfjs-worker" */ 'pdfjs-dist/legacy/build/pdf.worker.mjs'),
  ]);
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  return pdfjs;
}

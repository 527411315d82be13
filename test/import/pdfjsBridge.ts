/**
 * jest's module system cannot load pdf.js (an ES module) and ts-jest compiles `import()` to `require()`.
 * Node ≥ 20.19 itself can `require()` an ES module, so tests hand the reader pdf.js through Node's own
 * require (taken from process.getBuiltinModule, which jest does not sandbox); everything else in the PDF
 * path (reader, line reconstruction, extraction) is the real code.
 */
export function loadPdfjsThroughNode() {
  const { createRequire } = (process as unknown as { getBuiltinModule(id: string): typeof import('module') }).getBuiltinModule('module');
  const nodeRequire = createRequire(require.resolve('pdfjs-dist/package.json'));
  const pdfjs = nodeRequire('pdfjs-dist/legacy/build/pdf.mjs');
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = nodeRequire('pdfjs-dist/legacy/build/pdf.worker.mjs');
  return Promise.resolve(pdfjs);
}

import type { ImportResult } from '../import/result';

/** The importer as the pane sees it; loaded on first use so the readers (docx, pdf) stay out of the UI chunk. */
export interface Importer {
  importFile(fileName: string, bytes: Uint8Array): Promise<ImportResult>;
  importText(text: string, source: string): Promise<ImportResult>;
}

export function lazyImporter(): Importer {
  const load = () => import(/* webpackChunkName: "import" */ '../import');
  return {
    importFile: async (fileName, bytes) => (await load()).importDocument(fileName, bytes),
    importText: async (text, source) => (await load()).importText(text, source),
  };
}

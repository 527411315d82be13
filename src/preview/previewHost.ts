import type { ExcelHost } from '../taskpane/excelHost';
import type { GridSheet } from './grid';
import { openMemoryBook } from './bookAdapter';

/** The preview's Excel: the in-memory workbook, plus a change feed so the grid redraws after every action. */
export interface PreviewHost extends ExcelHost {
  subscribe(listener: () => void): () => void;
  /** The same array until the workbook changes (useSyncExternalStore relies on that). */
  snapshot(): GridSheet[];
}

export function createPreviewHost(): PreviewHost {
  const book = openMemoryBook();
  const listeners = new Set<() => void>();
  let sheets = book.sheets();
  const changed = () => {
    sheets = book.sheets();
    listeners.forEach((l) => l());
  };
  return {
    kind: 'memory',
    async run(fn) {
      try {
        return await book.run(fn);
      } finally {
        // Also after a failed action: a half-done write should be visible, just as in Excel.
        changed();
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    snapshot: () => sheets,
  };
}

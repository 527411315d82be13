import type { GridSheet } from './grid';
import { MemoryWorkbook } from './memoryExcel';

/** The in-memory workbook (src/preview/memoryExcel.ts) as the preview host needs it: run, and sheets for the grid. */
export function openMemoryBook(): { run: MemoryWorkbook['run']; sheets(): GridSheet[] } {
  const book = new MemoryWorkbook();
  return {
    run: (fn) => book.run(fn),
    sheets: () =>
      book.visibleSheets().map((name) => ({
        name,
        rows: book.grid(name).map((row) => row.map((c) => ({ value: c.value, formula: c.formula ?? undefined, numberFormat: c.format ?? undefined }))),
      })),
  };
}

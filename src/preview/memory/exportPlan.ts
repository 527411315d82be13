import { columnLetter } from '../../workbook/plan';
import type { CellValue, NamePlan, PlanCell, SheetPlan, WorkbookPlan } from '../../workbook/plan';
import type { MemoryWorkbook } from './workbook';

/**
 * The memory workbook as it stands, as a workbook plan the .xlsx writer writes: every sheet's cells (values,
 * formulas, number formats, bold), its tables, hidden sheets and the defined names. With `cachedValues: false`
 * a formula cell carries no value, so a spreadsheet program that opens the file computes every one itself (the
 * independent check of what the Office.js writer wrote).
 */
export function memoryWorkbookPlan(workbook: MemoryWorkbook, options: { cachedValues?: boolean } = {}): WorkbookPlan {
  const ctx = workbook.context;
  const sheets: SheetPlan[] = ctx.sheets.map((s) => {
    const cells: (PlanCell | null)[][] = [];
    for (const [k, cell] of s.cells) {
      if (cell.value === '' && !cell.formula && !cell.format) continue;
      const [r, c] = k.split(',').map(Number);
      while (cells.length <= r) cells.push([]);
      const row = cells[r];
      while (row.length < c) row.push(null);
      const value: CellValue = cell.formula ? (options.cachedValues ? ctx.displayValue(s, r, c, cell) : null) : cell.value;
      row[c] = { value, ...(cell.formula ? { formula: cell.formula } : {}), ...(cell.format && cell.format !== 'General' ? { format: cell.format } : {}), ...(cell.bold ? { bold: true } : {}) };
    }
    const tables = ctx.tablesOn(s).map((t) => ({ name: t.name, row: t.row, column: t.column, columns: ctx.tableColumns(t.name) ?? [], rowCount: t.rows - 1 }));
    const widths: (number | undefined)[] = [];
    for (const [c, points] of s.columnWidths) widths[c] = points / 7;
    return { name: s.name, cells, tables, columnWidths: widths, frozenRows: s.frozenRows, hidden: s.visibility !== 'Visible' };
  });
  const names: NamePlan[] = [...ctx.names].map(([name, t]) => ({ name, sheet: t.sheet.name, address: `$${columnLetter(t.column)}$${t.row + 1}` }));
  return { sheets, names };
}

import ExcelJS from 'exceljs';
import { columnLetter } from '../workbook/plan';
import type { PlanCell, SheetPlan, WorkbookPlan } from '../workbook/plan';

function cellValue(cell: PlanCell): ExcelJS.CellValue {
  if (cell.formula) {
    // ExcelJS stores the formula without "=" and the plan's value as the cached result.
    const result = cell.value === null || cell.value === '' ? undefined : cell.value;
    return { formula: cell.formula.slice(1), result } as ExcelJS.CellFormulaValue;
  }
  // A string is always stored as text: "=SUMMA(…)" typed into a purpose field stays text in the file.
  return cell.value === '' ? null : cell.value;
}

/** The format most cells of each column have (undefined when most have none). */
function commonFormats(plan: SheetPlan): (string | undefined)[] {
  const counts: Map<string, number>[] = [];
  for (const row of plan.cells) {
    row.forEach((cell, c) => {
      if (!cell) return;
      const m = (counts[c] ??= new Map());
      const f = cell.format ?? '';
      m.set(f, (m.get(f) ?? 0) + 1);
    });
  }
  return counts.map((m) => {
    const [best] = [...(m ?? new Map<string, number>()).entries()].sort((a, b) => b[1] - a[1]);
    return best && best[0] ? best[0] : undefined;
  });
}

function writeSheet(workbook: ExcelJS.Workbook, plan: SheetPlan): void {
  const ws = workbook.addWorksheet(plan.name, plan.frozenRows ? { views: [{ state: 'frozen', ySplit: plan.frozenRows }] } : {});
  for (const table of plan.tables) {
    const rows = plan.cells.slice(table.row + 1, table.row + 1 + table.rowCount).map((r) =>
      table.columns.map((_, ci) => {
        const c = r[table.column + ci];
        return c && !c.formula && c.value !== '' ? c.value : null;
      }),
    );
    ws.addTable({
      name: table.name,
      ref: `${columnLetter(table.column)}${table.row + 1}`,
      headerRow: true,
      style: { theme: 'TableStyleLight9', showRowStripes: true },
      columns: table.columns.map((name) => ({ name, filterButton: true })),
      rows: rows.length > 0 ? rows : [table.columns.map(() => null)],
    });
  }
  // Styles per cell are costly in ExcelJS; a column's common format is set once on the column instead.
  const columnFormats = commonFormats(plan);
  columnFormats.forEach((f, c) => {
    if (f) ws.getColumn(c + 1).numFmt = f;
  });
  plan.cells.forEach((row, r) => {
    if (row.length === 0) return;
    const wsRow = ws.getRow(r + 1);
    row.forEach((cell, c) => {
      if (!cell) return;
      const target = wsRow.getCell(c + 1);
      target.value = cellValue(cell);
      if (cell.format && cell.format !== columnFormats[c]) target.numFmt = cell.format;
      else if (!cell.format && columnFormats[c]) target.numFmt = 'General';
      if (cell.bold) target.font = { bold: true };
    });
  });
  plan.columnWidths.forEach((w, i) => {
    if (w) ws.getColumn(i + 1).width = w;
  });
}

/**
 * Writes a plan as .xlsx: formulas with their computed values cached, and a full recalculation requested on
 * load so a spreadsheet program computes the formulas itself instead of trusting the cache. ExcelJS cannot
 * write charts: the plan's chart is written by the Office.js writer only.
 */
export async function writePlanXlsx(plan: WorkbookPlan): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'iop';
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const sheet of plan.sheets) writeSheet(workbook, sheet);
  for (const n of plan.names) {
    const quoted = `'${n.sheet.replace(/'/g, "''")}'!${n.address}`;
    workbook.definedNames.add(quoted, n.name);
  }
  // Fast compression: a large plan's XML is very repetitive, so level 1 is nearly as small and much quicker.
  const options = { zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } } as unknown as Partial<ExcelJS.XlsxWriteOptions>;
  return Buffer.from(await workbook.xlsx.writeBuffer(options));
}

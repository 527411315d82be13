import { HEADER_FILL } from '../../workbook/plan';
import type { PlanCell, SheetPlan } from '../../workbook/plan';
import { excelInput } from './cells';
import type { MergedTable } from './mergeTables';
import type { TableState } from './state';

/** Excel's column width is in points; a character of the default font is about 7 points wide. */
const POINTS_PER_CHARACTER = 7;

function sheetFor(context: Excel.RequestContext, name: string, exists: boolean): Excel.Worksheet {
  return exists ? context.workbook.worksheets.getItem(name) : context.workbook.worksheets.add(name);
}

/** Queues a data table's new contents (no sync): created when missing, resized and rewritten when present. */
export function queueTable(
  context: Excel.RequestContext,
  sheetName: string,
  sheetExists: boolean,
  tableName: string,
  state: TableState | null,
  merged: MergedTable,
  widths: readonly (number | undefined)[],
  addColumns: readonly string[] = [],
): void {
  const width = merged.headers.length;
  const n = Math.max(1, merged.body.length);
  const body = merged.body.length > 0 ? merged.body : [merged.headers.map(() => '')];
  const padded = body.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
  let ws: Excel.Worksheet;
  let row = 0;
  let column = 0;
  if (!state) {
    ws = sheetFor(context, sheetName, sheetExists);
    const range = ws.getRangeByIndexes(0, 0, 1 + n, width);
    range.formulas = [merged.headers, ...padded];
    const table = ws.tables.add(range, true);
    table.name = tableName;
    widths.forEach((w, i) => {
      if (w) ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = w * POINTS_PER_CHARACTER;
    });
    ws.freezePanes.freezeRows(1);
  } else {
    ws = context.workbook.worksheets.getItem(state.sheet);
    row = state.row;
    column = state.column;
    const table = context.workbook.tables.getItem(tableName);
    queueMissingColumns(context, tableName, addColumns);
    if (n > state.bodyRows) {
      table.rows.add(undefined, Array.from({ length: n - state.bodyRows }, () => merged.headers.map(() => '')));
    } else if (n < state.bodyRows) {
      ws.getRangeByIndexes(row + 1 + n, column, state.bodyRows - n, width).delete('Up' as Excel.DeleteShiftDirection);
    }
    ws.getRangeByIndexes(row + 1, column, n, width).formulas = padded;
  }
  for (const [header, format] of Object.entries(merged.formats)) {
    const at = merged.headers.indexOf(header);
    if (at >= 0) ws.getRangeByIndexes(row + 1, column + at, n, 1).numberFormat = Array.from({ length: n }, () => [format]);
  }
}

/** Appends columns (named, empty) to an existing table (no sync). */
export function queueMissingColumns(context: Excel.RequestContext, tableName: string, columns: readonly string[]): void {
  const table = context.workbook.tables.getItem(tableName);
  for (const name of columns) table.columns.add(undefined, undefined, name);
}

/** Queues a report sheet (no sync): cleared and written whole, formulas in one batch, then formats and chart. */
export function queueReportSheet(context: Excel.RequestContext, plan: SheetPlan, exists: boolean, charts: string[]): void {
  const ws = sheetFor(context, plan.name, exists);
  if (exists) {
    ws.getRange().clear();
    for (const name of charts) ws.charts.getItem(name).delete();
  }
  queueCells(ws, plan.cells, 0, 0);
  plan.columnWidths.forEach((w, i) => {
    if (w) ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = w * POINTS_PER_CHARACTER;
  });
  if (plan.frozenRows) ws.freezePanes.freezeRows(plan.frozenRows);
  if (plan.hidden) ws.visibility = 'Hidden' as Excel.SheetVisibility;
  queueLayout(ws, plan);
  const chart = plan.chart;
  if (chart && chart.series.length > 0) {
    const rows = chart.series.map((s) => s.row);
    const first = Math.min(...rows);
    const labelColumn = chart.firstColumn - 1;
    const source = ws.getRangeByIndexes(first, labelColumn, Math.max(...rows) - first + 1, chart.lastColumn - labelColumn + 1);
    const added = ws.charts.add(chart.type === 'columnStacked' ? ('ColumnStacked' as Excel.ChartType) : ('ColumnClustered' as Excel.ChartType), source, 'Rows' as Excel.ChartSeriesBy);
    added.title.text = chart.title;
    const categories = ws.getRangeByIndexes(chart.categoryRow, chart.firstColumn, 1, chart.lastColumn - chart.firstColumn + 1);
    chart.series.forEach((_, i) => added.series.getItemAt(i).setXAxisValues(categories));
    added.setPosition(ws.getRangeByIndexes(chart.anchorRow, chart.anchorColumn, 1, 1), ws.getRangeByIndexes(chart.anchorRow + 18, chart.anchorColumn + 8, 1, 1));
  }
}

/** Whether the host has an Office.js requirement set (false outside Office, e.g. in tests). */
function supports(set: string, version: string): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  return !!office?.context?.requirements?.isSetSupported?.(set, version);
}

/**
 * The print layout of a report sheet (no sync): the framed block's borders, header fill and wrapping, rows
 * fitted to their text, hidden columns, and landscape fit-to-width printing where ExcelApi 1.9 (pageLayout)
 * is there; without it the sheet prints with the user's own settings.
 */
function queueLayout(ws: Excel.Worksheet, plan: SheetPlan): void {
  for (const c of plan.hiddenColumns ?? []) ws.getRangeByIndexes(0, c, 1, 1).getEntireColumn().columnHidden = true;
  const f = plan.frame;
  if (f && f.rows > 0 && f.columns > 0) {
    const block = ws.getRangeByIndexes(f.row, f.column, f.rows, f.columns);
    for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical']) {
      const border = block.format.borders.getItem(edge as Excel.BorderIndex);
      border.style = 'Continuous' as Excel.BorderLineStyle;
      border.color = '#808080';
    }
    block.format.verticalAlignment = 'Top' as Excel.VerticalAlignment;
    const header = ws.getRangeByIndexes(f.row, f.column, f.headerRows, f.columns);
    header.format.fill.color = `#${HEADER_FILL}`;
    header.format.font.bold = true;
    header.format.wrapText = true;
    for (const c of f.wrapColumns) ws.getRangeByIndexes(f.row, c, f.rows, 1).format.wrapText = true;
    block.format.autofitRows();
  }
  const print = plan.print;
  if (print && supports('ExcelApi', '1.9') && ws.pageLayout) {
    ws.pageLayout.orientation = (print.orientation === 'landscape' ? 'Landscape' : 'Portrait') as Excel.PageOrientation;
    if (print.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (print.repeatRows) ws.pageLayout.setPrintTitleRows(`$${print.repeatRows[0] + 1}:$${print.repeatRows[1] + 1}`);
  }
}

/** Queues a block of plan cells at a position: one `formulas` and one `numberFormat` assignment, bold by runs. */
export function queueCells(ws: Excel.Worksheet, cells: (PlanCell | null)[][], row: number, column: number): void {
  const width = Math.max(1, ...cells.map((r) => r.length));
  if (cells.length === 0) return;
  const range = ws.getRangeByIndexes(row, column, cells.length, width);
  range.formulas = cells.map((r) => Array.from({ length: width }, (_, i) => excelInput(r[i])));
  range.numberFormat = cells.map((r) => Array.from({ length: width }, (_, i) => r[i]?.format ?? 'General'));
  cells.forEach((r, ri) => {
    let start = -1;
    for (let c = 0; c <= r.length; c++) {
      const bold = c < r.length && !!r[c]?.bold;
      if (bold && start < 0) start = c;
      if (!bold && start >= 0) {
        ws.getRangeByIndexes(row + ri, column + start, 1, c - start).format.font.bold = true;
        start = -1;
      }
    }
  });
}

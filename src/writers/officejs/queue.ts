import { HEADER_FILL } from '../../workbook/plan';
import type { PlanCell, SheetPlan } from '../../workbook/plan';
import { WriteBatch, jsonSize } from './batch';
import { escapeText, excelInput } from './cells';
import type { TableRowPlan } from './rowPlan';
import type { TableState } from './state';

/** Excel's column width is in points; a character of the default font is about 7 points wide. */
const POINTS_PER_CHARACTER = 7;

function sheetFor(context: Excel.RequestContext, name: string, exists: boolean): Excel.Worksheet {
  return exists ? context.workbook.worksheets.getItem(name) : context.workbook.worksheets.add(name);
}

/** Runs of consecutive indices, as [start, length]. */
function runs(indices: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const i of [...indices].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && last[0] + last[1] === i) last[1]++;
    else out.push([i, 1]);
  }
  return out;
}

/** A filter is set on a column when its criteria say what to show (Excel reports empty criteria for the rest). */
function isActive(c: Excel.FilterCriteria | undefined): c is Excel.FilterCriteria {
  if (!c || !c.filterOn) return false;
  return (Array.isArray(c.values) && c.values.length > 0) || !!c.criterion1 || !!c.color || !!c.dynamicCriteria || !!c.icon;
}

/**
 * Clears a table's filter before rows are written, inserted or deleted and gives it back afterwards, column by
 * column: Excel misplaces or refuses such changes in a filtered table (OfficeDev/office-js issues 224, 994).
 */
export async function aroundFilters(batch: WriteBatch, tableName: string, state: TableState | null, change: () => Promise<void>): Promise<void> {
  const filters = (state?.filters ?? []).map((c, j) => [j, c] as const).filter(([, c]) => isActive(c));
  const table = batch.context.workbook.tables.getItem(tableName);
  if (filters.length > 0) {
    await batch.reserve();
    table.clearFilters();
  }
  await change();
  for (const [j, criteria] of filters) {
    await batch.reserve(JSON.stringify(criteria).length);
    table.columns.getItemAt(j).filter.apply(criteria as Excel.FilterCriteria);
  }
}

/** A row as `table.rows.add` takes it: our columns' values, the user's columns empty. */
function insertedRow(plan: TableRowPlan, columns: readonly string[], ours: PlanCell[]): (string | number | boolean)[] {
  return plan.headers.map((h) => (columns.includes(h) ? escapeText(ours[columns.indexOf(h)]?.value ?? null) : ''));
}

/**
 * Our columns' cells of the rows to write (`which`), in runs of consecutive rows and of consecutive columns of
 * ours; `values: false` writes only the number formats (rows inserted with their values already).
 */
async function writeOurCells(batch: WriteBatch, ws: Excel.Worksheet, top: number, left: number, plan: TableRowPlan, columns: readonly string[], which: (r: TableRowPlan['rows'][number]) => boolean = () => true, values = true): Promise<void> {
  const written = plan.rows.map((r, i) => (r.ours && which(r) ? i : -1)).filter((i) => i >= 0);
  const ourColumns = plan.headers.map((h, i) => (columns.includes(h) ? i : -1)).filter((i) => i >= 0);
  for (const [start, length] of runs(written)) {
    for (const [first, width] of runs(ourColumns)) {
      const headers = plan.headers.slice(first, first + width);
      if (values) {
        const matrix = plan.rows.slice(start, start + length).map((r) => headers.map((h) => escapeText(r.ours![columns.indexOf(h)]?.value ?? null)));
        await batch.write(ws, top + start, left + first, matrix, 'formulas');
      }
      for (const [k, h] of headers.entries()) {
        const format = plan.formats[h];
        if (format) await batch.write(ws, top + start, left + first + k, Array.from({ length }, () => [format]), 'numberFormat');
      }
    }
  }
}

/**
 * Writes a data table (no final sync). A new table is written whole and created over it. An existing one is
 * changed in place: the rows the plan deletes go (bottom up, so indices stay valid), new rows are inserted where
 * the plan puts them, and only our columns of the rows the plan writes are written. The user's columns are never
 * given a value: in new rows a calculated column of theirs gets its formula, the others stay empty.
 */
export async function writeTable(
  batch: WriteBatch,
  spec: { sheet: string; table: string; columns: readonly string[]; widths: readonly (number | undefined)[] },
  sheetExists: boolean,
  state: TableState | null,
  plan: TableRowPlan,
  addColumns: readonly string[] = [],
): Promise<void> {
  const context = batch.context;
  const width = plan.headers.length;
  if (!state) {
    const ws = sheetFor(context, spec.sheet, sheetExists);
    const body = plan.rows.length > 0 ? plan : { ...plan, rows: [{ from: null, ours: [] as PlanCell[] }] };
    await batch.write(ws, 0, 0, [plan.headers.map((h) => escapeText(h))], 'formulas');
    await writeOurCells(batch, ws, 1, 0, body as TableRowPlan, spec.columns);
    await batch.reserve();
    const table = ws.tables.add(ws.getRangeByIndexes(0, 0, 1 + body.rows.length, width), true);
    table.name = spec.table;
    for (const [i, w] of spec.widths.entries()) {
      if (!w) continue;
      await batch.reserve();
      ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = w * POINTS_PER_CHARACTER;
    }
    await batch.reserve();
    ws.freezePanes.freezeRows(1);
    return;
  }
  const ws = context.workbook.worksheets.getItem(state.sheet);
  const table = context.workbook.tables.getItem(spec.table);
  await restoreHeaders(batch, state, spec.columns);
  await aroundFilters(batch, spec.table, state, async () => {
    await addMissingColumns(batch, spec.table, addColumns);
    // The new rows that go after each kept row (-1: at the top), with their values.
    const anchored = new Map<number, (string | number | boolean)[][]>();
    let anchor = -1;
    for (const r of plan.rows) {
      if (r.from === null) anchored.set(anchor, [...(anchored.get(anchor) ?? []), insertedRow(plan, spec.columns, r.ours ?? [])]);
      else anchor = r.from;
    }
    const deleted = new Set(plan.deleted);
    const insert = async (at: number, rows: (string | number | boolean)[][]) => {
      // In blocks under the budget, each inserted below the one before.
      for (let start = 0; start < rows.length; ) {
        let end = start;
        let size = 0;
        while (end < rows.length && (end === start || size + jsonSize(rows[end]) < batch.budget / 2)) size += jsonSize(rows[end++]);
        await batch.reserve(size);
        table.rows.add(at + start, rows.slice(start, end));
        start = end;
      }
    };
    let offset = 0;
    const top = anchored.get(-1);
    if (top) {
      await insert(0, top);
      offset = top.length;
    }
    for (let b = state.bodyRows - 1; b >= 0; b--) {
      const rows = anchored.get(b);
      if (rows) await insert(offset + b + 1, rows);
      if (deleted.has(b)) {
        let start = b;
        while (start - 1 >= 0 && deleted.has(start - 1) && !anchored.get(start - 1)) start--;
        await batch.reserve();
        ws.getRangeByIndexes(state.row + 1 + offset + start, state.column, b - start + 1, width).delete('Up' as Excel.DeleteShiftDirection);
        b = start;
      }
    }
    // Rows kept get our columns rewritten; inserted rows came with their values and need only the formats.
    await writeOurCells(batch, ws, state.row + 1, state.column, plan, spec.columns, (r) => r.from !== null);
    await writeOurCells(batch, ws, state.row + 1, state.column, plan, spec.columns, (r) => r.from === null, false);
    await settleUserColumns(batch, ws, state, spec.columns, plan.rows.map((r, i) => (r.from === null ? i : -1)).filter((i) => i >= 0));
  });
}

/** The R1C1 formula of a user's column that holds one formula in every stored row (a calculated column). */
function calculatedColumns(state: TableState, columns: readonly string[]): Map<number, string> {
  const out = new Map<number, string>();
  state.headers.forEach((h, i) => {
    if (columns.includes(h) || state.formulasR1C1.length === 0) return;
    const first = state.formulasR1C1[0]?.[i];
    if (typeof first === 'string' && first.startsWith('=') && state.formulasR1C1.every((r) => r[i] === first)) out.set(i, first);
  });
  return out;
}

/**
 * The user's columns in rows just added (body positions `inserted`), made the same whatever the user's
 * AutoCorrect setting: `table.rows.add` takes a value for every column, and with "Fill formulas in tables to
 * create calculated columns" on Excel fills a calculated column's formula over the empty ones we give
 * (OfficeDev/office-js #1916, #2093, #6745), off it does not. So a calculated column of the user's gets its
 * formula written, and every other column of theirs is cleared: the user's columns never get a value from us.
 */
export async function settleUserColumns(batch: WriteBatch, ws: Excel.Worksheet, state: TableState, columns: readonly string[], inserted: number[]): Promise<void> {
  if (inserted.length === 0) return;
  const calculated = calculatedColumns(state, columns);
  for (const [i, h] of state.headers.entries()) {
    if (columns.includes(h)) continue;
    const formula = calculated.get(i);
    for (const [start, length] of runs(inserted)) {
      if (formula) await batch.write(ws, state.row + 1 + start, state.column + i, Array.from({ length }, () => [formula]), 'formulasR1C1');
      else {
        await batch.reserve();
        ws.getRangeByIndexes(state.row + 1 + start, state.column + i, length, 1).clear('Contents' as Excel.ClearApplyTo);
      }
    }
  }
}

/**
 * Our columns whose header a user retyped ("belopp/år ", "AVTALS-ID") get our spelling back (no sync): the
 * reports' structured references name our columns as we spell them, and Excel matches a column's name exactly
 * but for case. The user's own columns keep their headers.
 */
export async function restoreHeaders(batch: WriteBatch, state: TableState | null, columns: readonly string[]): Promise<void> {
  if (!state) return;
  const ws = batch.context.workbook.worksheets.getItem(state.sheet);
  for (const [i, h] of state.headers.entries()) {
    if (!columns.includes(h) || state.rawHeaders[i] === h) continue;
    await batch.write(ws, state.row, state.column + i, [[escapeText(h)]], 'formulas');
  }
}

/** Appends columns (named, empty) to an existing table (no sync). */
export async function addMissingColumns(batch: WriteBatch, tableName: string, columns: readonly string[]): Promise<void> {
  const table = batch.context.workbook.tables.getItem(tableName);
  for (const name of columns) {
    await batch.reserve(name.length);
    table.columns.add(undefined, undefined, name);
  }
}

/** A report sheet (no final sync): cleared and written whole, formulas in blocks under the budget, then formats and chart. */
export async function writeReportSheet(batch: WriteBatch, plan: SheetPlan, exists: boolean, charts: string[]): Promise<void> {
  const context = batch.context;
  await batch.reserve();
  const ws = sheetFor(context, plan.name, exists);
  if (exists) {
    ws.getRange().clear();
    for (const name of charts) ws.charts.getItem(name).delete();
  }
  await writeCells(batch, ws, plan.cells, 0, 0);
  for (const [i, w] of plan.columnWidths.entries()) {
    if (!w) continue;
    await batch.reserve();
    ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = w * POINTS_PER_CHARACTER;
  }
  if (plan.frozenRows) {
    await batch.reserve();
    ws.freezePanes.freezeRows(plan.frozenRows);
  }
  if (plan.hidden) {
    await batch.reserve();
    ws.visibility = 'Hidden' as Excel.SheetVisibility;
  }
  await writeLayout(batch, ws, plan);
  const chart = plan.chart;
  if (chart && chart.series.length > 0) {
    await batch.reserve(200 * chart.series.length);
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
 * The print layout of a report sheet (no final sync): the framed block's borders, header fill and wrapping, rows
 * fitted to their text, hidden columns, and landscape fit-to-width printing where ExcelApi 1.9 (pageLayout)
 * is there; without it the sheet prints with the user's own settings.
 */
async function writeLayout(batch: WriteBatch, ws: Excel.Worksheet, plan: SheetPlan): Promise<void> {
  for (const c of plan.hiddenColumns ?? []) {
    await batch.reserve();
    ws.getRangeByIndexes(0, c, 1, 1).getEntireColumn().columnHidden = true;
  }
  const f = plan.frame;
  if (f && f.rows > 0 && f.columns > 0) {
    await batch.reserve(2_000 + 200 * f.wrapColumns.length);
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
    await batch.reserve();
    ws.pageLayout.orientation = (print.orientation === 'landscape' ? 'Landscape' : 'Portrait') as Excel.PageOrientation;
    if (print.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (print.repeatRows) ws.pageLayout.setPrintTitleRows(`$${print.repeatRows[0] + 1}:$${print.repeatRows[1] + 1}`);
  }
}

/** A block of plan cells at a position: formulas and number formats in blocks under the budget, bold by runs. */
export async function writeCells(batch: WriteBatch, ws: Excel.Worksheet, cells: (PlanCell | null)[][], row: number, column: number): Promise<void> {
  if (cells.length === 0) return;
  const width = Math.max(1, ...cells.map((r) => r.length));
  await batch.write(ws, row, column, cells.map((r) => Array.from({ length: width }, (_, i) => excelInput(r[i]))), 'formulas');
  await batch.write(ws, row, column, cells.map((r) => Array.from({ length: width }, (_, i) => r[i]?.format ?? 'General')), 'numberFormat');
  for (const [ri, r] of cells.entries()) {
    let start = -1;
    for (let c = 0; c <= r.length; c++) {
      const bold = c < r.length && !!r[c]?.bold;
      if (bold && start < 0) start = c;
      if (!bold && start >= 0) {
        await batch.reserve();
        ws.getRangeByIndexes(row + ri, column + start, 1, c - start).format.font.bold = true;
        start = -1;
      }
    }
  }
}

import { OverviewRole, ReportPlan, overviewCells, overviewColumns } from '../../workbook';
import type { PlanCell, SheetPlan } from '../../workbook';
import type { WriteBatch } from './batch';
import { excelInput } from './cells';
import { RowWeight, readRows } from './readBlocks';

const HEADER_SEARCH_ROWS = 30;

function fold(v: unknown): string {
  return String(v ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The committee's own overview on a sheet: where its header row is, its columns, and its names column. */
export interface OverviewSheet {
  name: string;
  /** Zero-based sheet row and column of the used range's first cell; rows below are relative to it. */
  row: number;
  column: number;
  headerAt: number;
  roles: Partial<Record<OverviewRole, number>>;
  /** The name column's values below the header (index 0 is row headerAt + 1). */
  names: unknown[];
  /** The last row (relative) that holds a value. */
  lastUsed: number;
}

/**
 * Reads what filling a sheet in place needs, and no more: the used range's place (values only), its first rows
 * for a header row with seed 004's columns, then only the name column below it, in blocks under the response
 * limit. Null when the sheet is empty or has no such header row.
 */
export async function readOverviewSheet(context: Excel.RequestContext, name: string): Promise<{ sheet: OverviewSheet | null; syncs: number }> {
  const ws = context.workbook.worksheets.getItem(name);
  const used = ws.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount');
  await context.sync();
  if (used.isNullObject) return { sheet: null, syncs: 1 };
  const top = ws.getRangeByIndexes(used.rowIndex, used.columnIndex, Math.min(HEADER_SEARCH_ROWS, used.rowCount), used.columnCount).load('values');
  await context.sync();
  let headerAt = -1;
  let roles: Partial<Record<OverviewRole, number>> | null = null;
  for (let r = 0; r < top.values.length && !roles; r++) {
    roles = overviewColumns(top.values[r]);
    if (roles) headerAt = r;
  }
  if (!roles) return { sheet: null, syncs: 2 };
  const nameColumn = used.columnIndex + roles.name!;
  const weight = new RowWeight();
  const below = await readRows(context, (start, count) => ws.getRangeByIndexes(used.rowIndex + headerAt + 1 + start, nameColumn, count, 1), 0, used.rowCount - headerAt - 1, ['values'], weight);
  const sheet = { name, row: used.rowIndex, column: used.columnIndex, headerAt, roles, names: below.values.map((r) => r[0]), lastUsed: used.rowCount - 1 };
  return { sheet, syncs: 2 + below.syncs };
}

/**
 * Fills the committee's own overview on a sheet (syncs only when the writes outgrow one request): rows are
 * matched by name and their recognised columns get formulas; agreements without a row are added below the last
 * row. Other columns, rows (a totals row, notes) and formatting stay as the committee made them.
 */
export async function fillInPlace(
  batch: WriteBatch,
  active: OverviewSheet,
  reports: ReportPlan,
  options: { year: number; committee: string },
): Promise<{ added: number; updated: number; computed: SheetPlan }> {
  const { headerAt, roles } = active;
  const ws = batch.context.workbook.worksheets.getItem(active.name);
  const [y, m, d] = reports.statusDate.split('-').map(Number);
  const ctx = {
    committee: options.committee,
    year: options.year,
    statusRef: `DATE(${y},${m},${d})`,
    statusDate: reports.statusDate,
  };
  let lastUsed = Math.max(headerAt, active.lastUsed);
  let added = 0;
  let updated = 0;
  const taken = new Set<number>();
  // The cells written, at their places on the sheet, so the preview can show their computed values.
  const computed: SheetPlan = { name: active.name, cells: [], tables: [], columnWidths: [] };
  const remember = (r: number, c: number, cell: PlanCell) => {
    while (computed.cells.length <= r) computed.cells.push([]);
    computed.cells[r][c] = cell;
  };
  // The year's partnerships (reportFor): those that count get a row; one the year does not count is filled only
  // where the committee's sheet already lists it, its Status saying why.
  for (const row of [...reports.report.counted, ...reports.report.notCounted]) {
    const a = row.agreement;
    let at = active.names.findIndex((v, i) => !taken.has(headerAt + 1 + i) && fold(v) === fold(a.name));
    if (at >= 0) at += headerAt + 1;
    if (at < 0 && row.standing !== 'counted') continue;
    if (at < 0) {
      at = ++lastUsed;
      added++;
    } else updated++;
    taken.add(at);
    const cells = overviewCells(row, reports.keys[reports.agreements.indexOf(a)], ctx);
    for (const [role, col] of Object.entries(roles) as [OverviewRole, number][]) {
      remember(active.row + at, active.column + col, cells[role]);
      await batch.write(ws, active.row + at, active.column + col, [[excelInput(cells[role])]], 'formulas');
      if (cells[role].format) await batch.write(ws, active.row + at, active.column + col, [[cells[role].format!]], 'numberFormat');
    }
  }
  return { added, updated, computed };
}

import { OverviewRole, ReportPlan, overviewCells, overviewColumns } from '../../workbook';
import type { PlanCell, SheetPlan } from '../../workbook';
import type { WriteBatch } from './batch';
import { excelInput } from './cells';

const HEADER_SEARCH_ROWS = 30;

function fold(v: unknown): string {
  return String(v ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Fills the committee's own overview on the active sheet (syncs only when the writes outgrow one request): rows are matched by name and their
 * recognised columns get formulas; agreements without a row are added below the last row. Other columns,
 * rows (a totals row, notes) and formatting stay as the committee made them. Returns null when the active
 * sheet has no header row with the overview's columns.
 */
export async function fillInPlace(
  batch: WriteBatch,
  active: { name: string; values: unknown[][]; row: number; column: number },
  reports: ReportPlan,
  options: { year: number; committee: string },
): Promise<{ added: number; updated: number; computed: SheetPlan } | null> {
  const rows = active.values;
  let headerAt = -1;
  let roles: Partial<Record<OverviewRole, number>> | null = null;
  for (let r = 0; r < Math.min(rows.length, HEADER_SEARCH_ROWS) && !roles; r++) {
    roles = overviewColumns(rows[r]);
    if (roles) headerAt = r;
  }
  if (!roles) return null;
  const ws = batch.context.workbook.worksheets.getItem(active.name);
  const [y, m, d] = reports.statusDate.split('-').map(Number);
  const ctx = {
    committee: options.committee,
    year: options.year,
    statusRef: `DATE(${y},${m},${d})`,
    statusDate: reports.statusDate,
  };
  const nameCol = roles.name!;
  let lastUsed = headerAt;
  rows.forEach((row, r) => {
    if (r > headerAt && row.some((v) => v !== '' && v !== null)) lastUsed = r;
  });
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
    let at = rows.findIndex((r, i) => i > headerAt && !taken.has(i) && fold(r[nameCol]) === fold(a.name));
    if (at < 0 && row.standing !== 'counted') continue;
    if (at < 0) {
      at = ++lastUsed;
      added++;
    } else updated++;
    taken.add(at);
    const cells = overviewCells(row, reports.keys[reports.agreements.indexOf(a)], ctx);
    for (const [role, col] of Object.entries(roles!) as [OverviewRole, number][]) {
      remember(active.row + at, active.column + col, cells[role]);
      await batch.write(ws, active.row + at, active.column + col, [[excelInput(cells[role])]], 'formulas');
      if (cells[role].format) await batch.write(ws, active.row + at, active.column + col, [[cells[role].format!]], 'numberFormat');
    }
  }
  return { added, updated, computed };
}

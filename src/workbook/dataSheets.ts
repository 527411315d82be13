import type { Agreement } from '../domain/agreement';
import type { FollowUpRecord } from '../domain/followUp';
import type { CalculationContext } from './calculatedColumns';
import { followUpRows } from './followUpTable';
import { PlanCell, SheetPlan, text } from './plan';
import { tableRows } from './tableRows';
import { DATA_TABLES, TableSpec } from './tableSpec';

function tableSheet(spec: TableSpec, rows: PlanCell[][]): SheetPlan {
  return {
    name: spec.sheet,
    cells: [spec.columns.map((c) => text(c, { bold: true })), ...rows],
    tables: [{ name: spec.table, row: 0, column: 0, columns: [...spec.columns], rowCount: rows.length }],
    columnWidths: [...spec.widths],
    frozenRows: 1,
  };
}

/** The data sheets Avtal, Parter, Poster, Belopp and Uppföljning: native tables holding every field of every agreement. */
export function buildDataSheets(agreements: readonly Agreement[], keys: readonly string[], ctx: CalculationContext, records: readonly FollowUpRecord[] = []): SheetPlan[] {
  return DATA_TABLES.map((spec) =>
    tableSheet(spec, spec.kind === 'followUp' ? followUpRows(agreements, keys, records) : agreements.flatMap((a, i) => tableRows(spec.kind, a, keys[i], ctx))),
  );
}

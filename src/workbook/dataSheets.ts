import type { Agreement } from '../domain/agreement';
import type { FollowUpRecord } from '../domain/followUp';
import type { InvoiceRecord } from '../domain/invoiceCheck';
import type { CalculationContext } from './calculatedColumns';
import { followUpRows } from './followUpTable';
import { invoiceRows } from './invoiceColumns';
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

/**
 * The data sheets Avtal, Parter, Poster, Belopp, Uppföljning, Fakturaplan and Fakturor: native tables holding every
 * field of every agreement, what the committee recorded and the invoices received (ctx.invoices' records).
 */
export function buildDataSheets(agreements: readonly Agreement[], keys: readonly string[], ctx: CalculationContext, records: readonly FollowUpRecord[] = []): SheetPlan[] {
  const invoices: readonly InvoiceRecord[] = ctx.invoices?.records ?? [];
  return DATA_TABLES.map((spec) =>
    tableSheet(
      spec,
      spec.kind === 'followUp'
        ? followUpRows(agreements, keys, records)
        : spec.kind === 'invoices'
          ? invoiceRows(agreements, keys, invoices)
          : agreements.flatMap((a, i) => tableRows(spec.kind, a, keys[i], ctx)),
    ),
  );
}

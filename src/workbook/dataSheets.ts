import type { Agreement } from '../domain/agreement';
import { AGREEMENT_COLUMNS, EXTRA_SHEETS, PARTY_COLUMNS, PARTY_TABLE, SHEETS, TABLES } from './names';
import { PlanCell, SheetPlan, text } from './plan';
import { ALL_ITEM_COLUMNS, agreementRow, itemRows, partyRows } from './tables';

function tableSheet(name: string, table: string, columns: readonly string[], rows: PlanCell[][], widths: number[]): SheetPlan {
  return {
    name,
    cells: [columns.map((c) => text(c, { bold: true })), ...rows],
    tables: [{ name: table, row: 0, column: 0, columns: [...columns], rowCount: rows.length }],
    columnWidths: widths,
    frozenRows: 1,
  };
}

/** The data sheets Avtal, Parter and Poster: native tables holding every field of every agreement. */
export function buildDataSheets(agreements: readonly Agreement[], keys: readonly string[]): SheetPlan[] {
  return [
    tableSheet(SHEETS.agreements, TABLES.agreements, AGREEMENT_COLUMNS, agreements.map((a, i) => agreementRow(a, keys[i])), [24, 30, 36, 40, 9, 12, 12, 10, 10, 10, 8, 14]),
    tableSheet(EXTRA_SHEETS.parties, PARTY_TABLE, PARTY_COLUMNS, agreements.flatMap((a, i) => partyRows(a, keys[i])), [24, 30, 34, 14, 11, 28]),
    tableSheet(SHEETS.items, TABLES.items, ALL_ITEM_COLUMNS, agreements.flatMap((a, i) => itemRows(a, keys[i])), [24, 30, 13, 30, 11, 44, 14, 8, 11, 8, 9]),
  ];
}

import { roundTrip } from './cells';
import { DATA_TABLES } from './state';

/**
 * The data tables (IOP_Avtal, IOP_Parter, IOP_Poster) as whole rows: formulas (a user's formula stays one),
 * values and number formats, so rows can be taken out and put back exactly — by delete and by undo.
 */
export interface TableRows {
  name: string;
  sheet: string;
  /** Zero-based position of the header row's first cell. */
  row: number;
  column: number;
  headers: string[];
  rows: RowCells[];
}

export interface RowCells {
  formulas: unknown[];
  values: unknown[];
  formats: string[];
}

export type TableName = (typeof DATA_TABLES)[number];

/** The key column; compared without case or spacing, as the tables' reader does. */
export function keyColumn(headers: readonly string[]): number {
  return headers.findIndex((h) => String(h ?? '').toLowerCase().replace(/\s+/g, '') === 'avtals-id');
}

export function rowKey(t: TableRows, r: RowCells): string {
  const at = keyColumn(t.headers);
  return at < 0 ? '' : String(r.values[at] ?? '').trim();
}

/** Every data table that exists, in two syncs. */
export async function readTableRows(context: Excel.RequestContext, alsoLoad: () => void = () => undefined): Promise<Partial<Record<TableName, TableRows>>> {
  const tables = DATA_TABLES.map((name) => ({ name, t: context.workbook.tables.getItemOrNullObject(name).load('name') }));
  // The caller's own loads ride on the first sync: every sync is a round trip to Excel.
  alsoLoad();
  await context.sync();
  const loaded = tables.map(({ name, t }) =>
    t.isNullObject ? null : { name, range: t.getRange().load('values,formulas,numberFormat,rowIndex,columnIndex'), ws: t.worksheet.load('name') },
  );
  await context.sync();
  const out: Partial<Record<TableName, TableRows>> = {};
  for (const l of loaded) {
    if (!l) continue;
    const { values, formulas, numberFormat } = l.range;
    out[l.name] = {
      name: l.name,
      sheet: l.ws.name,
      row: l.range.rowIndex,
      column: l.range.columnIndex,
      headers: (values[0] ?? []).map((h) => String(h ?? '')),
      rows: values.slice(1).map((v, i) => ({ values: v, formulas: formulas[i + 1] ?? [], formats: (numberFormat[i + 1] ?? []).map(String) })),
    };
  }
  return out;
}

const isEmpty = (r: RowCells) => r.values.every((v) => v === '' || v === null || v === undefined) && r.formulas.every((v) => v === '' || v === null || v === undefined);

/**
 * Queues a table's new body (no sync): resized like the writer does (rows added at the end or deleted from it),
 * then formulas and number formats in one assignment each. A table keeps at least one (empty) body row.
 */
export function queueTableBody(context: Excel.RequestContext, before: TableRows, body: RowCells[]): void {
  const width = before.headers.length;
  const kept = body.filter((r) => !isEmpty(r));
  const rows = kept.length > 0 ? kept : [{ formulas: [], values: [], formats: [] }];
  const n = rows.length;
  const ws = context.workbook.worksheets.getItem(before.sheet);
  const table = context.workbook.tables.getItem(before.name);
  const current = Math.max(1, before.rows.length);
  if (n > current) table.rows.add(undefined, Array.from({ length: n - current }, () => Array.from({ length: width }, () => '')));
  else if (n < current) ws.getRangeByIndexes(before.row + 1 + n, before.column, current - n, width).delete('Up' as Excel.DeleteShiftDirection);
  const range = ws.getRangeByIndexes(before.row + 1, before.column, n, width);
  range.formulas = rows.map((r) => Array.from({ length: width }, (_, i) => roundTrip(r.formulas[i], r.values[i])));
  range.numberFormat = rows.map((r) => Array.from({ length: width }, (_, i) => r.formats[i] || 'General'));
}

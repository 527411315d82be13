import { DATA_TABLES } from './state';

/**
 * The data tables (IOP_Avtal, IOP_Parter, IOP_Poster) as whole rows: formulas (a user's formula stays one),
 * values and number formats, so the rows a change touches can be recorded and put back exactly by undo.
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

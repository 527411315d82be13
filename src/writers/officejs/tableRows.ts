import { FIRST_ROWS, RangeProperty, RowWeight, loadedBytes, readRows } from './readBlocks';
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

const ROW_PROPS: RangeProperty[] = ['values', 'formulas', 'numberFormat'];

/** Every data table that exists: two syncs for a small workbook, then blocks under the response limit. */
export async function readTableRows(context: Excel.RequestContext, alsoLoad: () => void = () => undefined): Promise<Partial<Record<TableName, TableRows>>> {
  const tables = DATA_TABLES.map((name) => ({ name, t: context.workbook.tables.getItemOrNullObject(name).load('name') }));
  // The caller's own loads ride on the first sync: every sync is a round trip to Excel.
  alsoLoad();
  await context.sync();
  const loaded = tables.map(({ name, t }) => {
    if (t.isNullObject) return null;
    const body = t.getDataBodyRange();
    return {
      name,
      table: t,
      whole: t.getRange().load('rowIndex,columnIndex,rowCount'),
      header: t.getHeaderRowRange().load('values'),
      first: body.getIntersection(body.getRow(0).getResizedRange(FIRST_ROWS - 1, 0)).load(ROW_PROPS.join(',')),
      ws: t.worksheet.load('name'),
    };
  });
  await context.sync();
  const weight = new RowWeight();
  for (const l of loaded) if (l) weight.saw(loadedBytes(l.first, ROW_PROPS), Math.min(FIRST_ROWS, l.whole.rowCount - 1));
  const out: Partial<Record<TableName, TableRows>> = {};
  for (const l of loaded) {
    if (!l) continue;
    const bodyRows = l.whole.rowCount - 1;
    const rest = await readRows(context, (start, count) => l.table.getDataBodyRange().getRow(start).getResizedRange(count - 1, 0), Math.min(FIRST_ROWS, bodyRows), bodyRows, ROW_PROPS, weight);
    const values = [...l.first.values, ...rest.values] as unknown[][];
    const formulas = [...l.first.formulas, ...rest.formulas] as unknown[][];
    const formats = [...l.first.numberFormat, ...rest.numberFormat] as unknown[][];
    out[l.name] = {
      name: l.name,
      sheet: l.ws.name,
      row: l.whole.rowIndex,
      column: l.whole.columnIndex,
      headers: (l.header.values[0] ?? []).map((h) => String(h ?? '')),
      rows: values.map((v, i) => ({ values: v, formulas: formulas[i] ?? [], formats: (formats[i] ?? []).map(String) })),
    };
  }
  return out;
}

/** Runs of consecutive indices, as [start, length], last run first (deleting bottom up keeps indices valid). */
export function runsFromBottom(indices: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const i of [...indices].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && last[0] + last[1] === i) last[1]++;
    else out.push([i, 1]);
  }
  return out.reverse();
}

import { EXTRA_SHEETS, SETTING_NAMES, SHEETS } from '../../workbook/names';
import { canonicalHeaders } from '../../workbook/readTables';
import { DATA_TABLES as TABLE_SPECS } from '../../workbook/tableSpec';
import { fromR1C1 } from '../../workbook/references';

export interface TableState {
  name: string;
  sheet: string;
  /** Zero-based position of the header row's first cell. */
  row: number;
  column: number;
  /** Header texts, ours spelled as ours (a user's "belopp/år" is "Belopp/år"), the user's own as typed. */
  headers: string[];
  /** Header texts as the header row holds them (what the table's structured references must name). */
  rawHeaders: string[];
  /** Body rows as `values` (formula results) and as `formulas` (formulas kept as text, A1 form). */
  values: unknown[][];
  formulas: unknown[][];
  /**
   * The same formulas in R1C1 form (relative to their cell), in which one formula filled down a column is the
   * same text in every row: how a user's calculated column is recognised.
   */
  formulasR1C1: unknown[][];
  /** Cells that hold an error value (valueTypes "Error"), so that text reading like one stays text. */
  errors: boolean[][];
  /** Filter criteria per table column (AutoFilter.criteria); empty criteria where a column is not filtered. */
  filters: Excel.FilterCriteria[];
  /** Body rows in the sheet, empty ones included (what a rewrite resizes from). */
  bodyRows: number;
  /** Zero-based body index of each row in `values` (empty rows are left out of `values`). */
  bodyIndex: number[];
}

export interface WorkbookState {
  sheets: string[];
  tables: Record<string, TableState | null>;
  settings: Partial<Record<keyof typeof SETTING_NAMES, unknown>>;
  settingNames: Set<string>;
  active: { name: string; values: unknown[][]; row: number; column: number } | null;
  /** Charts per report sheet (names), so a rewrite can replace them. */
  charts: Record<string, string[]>;
  /** context.sync calls the read made. */
  syncs: number;
}

export const DATA_TABLES = TABLE_SPECS.map((s) => s.table);
const REPORT_SHEETS = [SHEETS.overview, SHEETS.plan, EXTRA_SHEETS.calculation];

/** Runs of consecutive true flags: where to read (start, length). */
function runs(flags: boolean[]): { start: number; length: number }[] {
  const out: { start: number; length: number }[] = [];
  flags.forEach((f, i) => {
    if (!f) return;
    const last = out[out.length - 1];
    if (last && last.start + last.length === i) last.length++;
    else out.push({ start: i, length: 1 });
  });
  return out;
}

function isEmptyRow(row: unknown[]): boolean {
  return row.every((v) => v === '' || v === null || v === undefined);
}

/**
 * Everything the writers and readers need, in three syncs whatever the workbook holds: first which sheets,
 * tables and names exist; then the contents of those that do; then the tables' formulas, except those of our
 * calculated columns.
 */
export async function readState(context: Excel.RequestContext, options: { active?: boolean } = {}): Promise<WorkbookState> {
  const wb = context.workbook;
  const sheets = wb.worksheets;
  sheets.load('items/name');
  const tables = DATA_TABLES.map((name) => wb.tables.getItemOrNullObject(name).load('name'));
  const names = (Object.keys(SETTING_NAMES) as (keyof typeof SETTING_NAMES)[]).map((k) => ({ k, item: wb.names.getItemOrNullObject(SETTING_NAMES[k]).load('name') }));
  const active = options.active ? wb.worksheets.getActiveWorksheet().load('name') : null;
  await context.sync();

  const sheetNames = sheets.items.map((s) => s.name);
  const ranges = tables.map((t) => {
    if (t.isNullObject) return null;
    const range = t.getRange().load('values,valueTypes,rowIndex,columnIndex,rowCount');
    const ws = t.worksheet.load('name');
    const filter = t.autoFilter.load('criteria');
    return { table: t, range, ws, filter };
  });
  const settingRanges = names.map(({ k, item }) => ({ k, range: item.isNullObject ? null : item.getRange().load('values') }));
  const used = active ? active.getUsedRangeOrNullObject().load('values,rowIndex,columnIndex') : null;
  const charts: Record<string, Excel.ChartCollection> = {};
  for (const name of REPORT_SHEETS) {
    if (sheetNames.includes(name)) charts[name] = wb.worksheets.getItem(name).charts.load('items/name');
  }
  await context.sync();

  // Then the formulas, without our calculated columns': those are ours to write and never read (long, the same in
  // every row, they would fill the response).
  const formulaRuns = ranges.map((r, i) => {
    if (!r) return null;
    const calculated = TABLE_SPECS[i].calculated;
    const flags = canonicalHeaders(r.range.values[0] ?? [], TABLE_SPECS[i].columns).map((h) => calculated.includes(h));
    const read = runs(flags.map((f) => !f)).map(({ start, length }) => ({
      start,
      range: r.table.worksheet.getRangeByIndexes(r.range.rowIndex, r.range.columnIndex + start, r.range.rowCount, length).load('formulasR1C1'),
    }));
    return { read, flags };
  });
  const formulasRead = formulaRuns.some((f) => f && f.read.length > 0);
  if (formulasRead) await context.sync();

  const state: WorkbookState = { sheets: sheetNames, tables: {}, settings: {}, settingNames: new Set(), active: null, charts: {}, syncs: formulasRead ? 3 : 2 };
  DATA_TABLES.forEach((name, i) => {
    const r = ranges[i];
    const f = formulaRuns[i];
    if (!r || !f) {
      state.tables[name] = null;
      return;
    }
    const [headers, ...values] = r.range.values;
    const allR1C1: unknown[][] = r.range.values.map((row) => row.map(() => ''));
    for (const run of f.read) run.range.formulasR1C1.forEach((row, j) => row.forEach((v, c) => (allR1C1[j][run.start + c] = v)));
    const [, ...formulasR1C1] = allR1C1;
    const [, ...types] = r.range.valueTypes;
    // Read once in R1C1 form (the response stays one matrix of formulas); A1 for the reader's messages.
    const formulas = formulasR1C1.map((row, j) => row.map((f, c) => (typeof f === 'string' && f.startsWith('=') ? fromR1C1(f, r.range.rowIndex + 1 + j, r.range.columnIndex + c) : f)));
    // A row whose formulas show nothing (yet) is still the user's row; our calculated columns alone make no row.
    const data = (row: unknown[]) => row.filter((_, c) => !f.flags[c]);
    const keep = values.map((row, j) => !isEmptyRow(data(row)) || !isEmptyRow(data(formulas[j] ?? [])));
    state.tables[name] = {
      name,
      sheet: r.ws.name,
      row: r.range.rowIndex,
      column: r.range.columnIndex,
      headers: canonicalHeaders(headers, TABLE_SPECS[i].columns),
      rawHeaders: headers.map((h) => String(h ?? '')),
      values: values.filter((_, j) => keep[j]),
      formulas: formulas.filter((_, j) => keep[j]),
      formulasR1C1: formulasR1C1.filter((_, j) => keep[j]),
      errors: types.filter((_, j) => keep[j]).map((row) => row.map((t) => t === 'Error')),
      bodyRows: values.length,
      bodyIndex: keep.map((k, j) => (k ? j : -1)).filter((j) => j >= 0),
      filters: r.filter.criteria ?? [],
    };
  });
  for (const { k, range } of settingRanges) {
    if (range) {
      state.settings[k] = range.values[0][0];
      state.settingNames.add(SETTING_NAMES[k]);
    }
  }
  if (active && used && !used.isNullObject) {
    state.active = { name: active.name, values: used.values, row: used.rowIndex, column: used.columnIndex };
  } else if (active) {
    state.active = { name: active.name, values: [], row: 0, column: 0 };
  }
  for (const [name, collection] of Object.entries(charts)) state.charts[name] = collection.items.map((c) => c.name);
  return state;
}

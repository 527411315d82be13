import { EXTRA_SHEETS, SETTING_NAMES, SHEETS } from '../../workbook/names';
import { canonicalHeaders } from '../../workbook/readTables';
import { DATA_TABLES as TABLE_SPECS } from '../../workbook/tableSpec';
import { fromR1C1 } from '../../workbook/references';
import { FIRST_ROWS, RESPONSE_BUDGET, RangeProperty, isResponseTooLarge, loadedBytes } from './readBlocks';

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
  /** The active sheet's name (when asked for): the committee's own overview may be there. */
  active: { name: string } | null;
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

/** The properties of a table's body read for every column: values, and whether a value is an error. */
const VALUES: RangeProperty[] = ['values', 'valueTypes'];

/**
 * Everything the writers and readers need: first which sheets, tables and names exist; then the settings, charts,
 * each table's place, header and first rows' values; then the first rows' formulas, except those of our
 * calculated columns (ours to write and never read: long, the same in every row, they would fill the response).
 * A small workbook is read in these three syncs; the rest of a larger table follows in blocks sized under Excel on
 * the web's response limit (readBlocks.ts). Only our tables and named cells are read: never a whole sheet.
 */
export async function readState(context: Excel.RequestContext, options: { active?: boolean } = {}): Promise<WorkbookState> {
  const wb = context.workbook;
  const sheets = wb.worksheets;
  sheets.load('items/name');
  const tables = DATA_TABLES.map((name) => wb.tables.getItemOrNullObject(name).load('name'));
  const names = (Object.keys(SETTING_NAMES) as (keyof typeof SETTING_NAMES)[]).map((k) => ({ k, item: wb.names.getItemOrNullObject(SETTING_NAMES[k]).load('name') }));
  const active = options.active ? wb.worksheets.getActiveWorksheet().load('name') : null;
  await context.sync();
  let syncs = 1;

  const sheetNames = sheets.items.map((s) => s.name);
  const queueTables = (withRows: boolean) =>
    tables.map((t) => {
      if (t.isNullObject) return null;
      const whole = t.getRange().load('rowIndex,columnIndex,rowCount');
      const header = t.getHeaderRowRange().load('values');
      const body = t.getDataBodyRange();
      const first = withRows ? body.getIntersection(body.getRow(0).getResizedRange(FIRST_ROWS - 1, 0)).load(VALUES.join(',')) : null;
      return { table: t, whole, header, first, ws: t.worksheet.load('name'), filter: t.autoFilter.load('criteria') };
    });
  let ranges = queueTables(true);
  const settingRanges = names.map(({ k, item }) => ({ k, range: item.isNullObject ? null : item.getRange().load('values') }));
  const charts: Record<string, Excel.ChartCollection> = {};
  for (const name of REPORT_SHEETS) {
    if (sheetNames.includes(name)) charts[name] = wb.worksheets.getItem(name).charts.load('items/name');
  }
  try {
    await context.sync();
  } catch (e) {
    // First rows too heavy to come back together: the places alone, then every row in blocks.
    if (!isResponseTooLarge(e)) throw e;
    ranges = queueTables(false);
    for (const { range } of settingRanges) range?.load('values');
    for (const c of Object.values(charts)) c.load('items/name');
    await context.sync();
    syncs++;
  }
  syncs++;

  // Each table's rows: the values the first sync did not bring, and the formulas of every column but our
  // calculated ones. Every sync takes the next block of each table that still has rows, together under the
  // budget, each table's rows weighed by its heaviest seen so far (before any formula came back, a row's
  // formulas are taken to weigh what its values do).
  const bodies = ranges.map((r, i) => {
    if (!r) return null;
    const calculated = TABLE_SPECS[i].calculated;
    const flags = canonicalHeaders(r.header.values[0] ?? [], TABLE_SPECS[i].columns).map((h) => calculated.includes(h));
    const bodyRows = r.whole.rowCount - 1;
    const width = flags.length;
    const values: unknown[][] = [...(r.first?.values ?? [])];
    const types: unknown[][] = [...(r.first?.valueTypes ?? [])];
    const formulasR1C1: unknown[][] = Array.from({ length: bodyRows }, () => Array.from({ length: width }, () => ''));
    const perRow = r.first && values.length > 0 ? (2 * loadedBytes(r.first, VALUES)) / values.length : 0;
    return { r, flags, bodyRows, firstRows: values.length, values, types, formulasR1C1, formulaRuns: runs(flags.map((f) => !f)), start: 0, perRow };
  });
  let cap = Infinity;
  for (;;) {
    let room = RESPONSE_BUDGET;
    const blocks = [];
    for (const b of bodies) {
      if (!b || b.start >= b.bodyRows || room <= 0) continue;
      const { r } = b;
      // A block stays within the first rows (whose values are read) or beyond them.
      const fit = b.perRow > 0 ? Math.floor(room / (b.perRow * 1.25)) : FIRST_ROWS;
      const count = Math.max(1, Math.min(cap, fit, b.bodyRows - b.start, b.start < b.firstRows ? b.firstRows - b.start : Infinity));
      room -= count * b.perRow * 1.25;
      const top = r.whole.rowIndex + 1 + b.start;
      const valueBlock = b.start >= b.firstRows ? r.ws.getRangeByIndexes(top, r.whole.columnIndex, count, b.flags.length).load(VALUES.join(',')) : null;
      const formulaBlocks = b.formulaRuns.map(({ start: column, length }) => ({ column, range: r.ws.getRangeByIndexes(top, r.whole.columnIndex + column, count, length).load('formulasR1C1') }));
      blocks.push({ b, count, valueBlock, formulaBlocks });
    }
    if (blocks.length === 0) break;
    try {
      await context.sync();
      syncs++;
    } catch (e) {
      const smallest = Math.min(...blocks.map((x) => x.count));
      if (!isResponseTooLarge(e) || (blocks.length === 1 && smallest === 1)) throw e;
      cap = Math.max(1, Math.floor(Math.max(...blocks.map((x) => x.count)) / 8));
      continue;
    }
    for (const { b, count, valueBlock, formulaBlocks } of blocks) {
      let bytes = 0;
      if (valueBlock) {
        b.values.push(...(valueBlock.values as unknown[][]));
        b.types.push(...(valueBlock.valueTypes as unknown[][]));
        bytes += loadedBytes(valueBlock, VALUES);
      } else bytes += (loadedBytes(b.r.first!, VALUES) / Math.max(1, b.firstRows)) * count;
      for (const { column, range } of formulaBlocks) {
        range.formulasR1C1.forEach((row, j) => row.forEach((v, c) => (b.formulasR1C1[b.start + j][column + c] = v)));
        bytes += loadedBytes(range, ['formulasR1C1']);
      }
      b.perRow = Math.max(b.perRow, bytes / count);
      b.start += count;
    }
    cap = Infinity;
  }

  const state: WorkbookState = { sheets: sheetNames, tables: {}, settings: {}, settingNames: new Set(), active: null, charts: {}, syncs };
  for (const [i, name] of DATA_TABLES.entries()) {
    const b = bodies[i];
    if (!b) {
      state.tables[name] = null;
      continue;
    }
    const { r, values, types, formulasR1C1, flags } = b;
    const headers = r.header.values[0];
    // Read once in R1C1 form (the response stays one matrix of formulas); A1 for the reader's messages.
    const formulas = formulasR1C1.map((row, j) => row.map((f, c) => (typeof f === 'string' && f.startsWith('=') ? fromR1C1(f, r.whole.rowIndex + 1 + j, r.whole.columnIndex + c) : f)));
    // A row whose formulas show nothing (yet) is still the user's row; our calculated columns alone make no row.
    const data = (row: unknown[]) => row.filter((_, c) => !flags[c]);
    const keep = values.map((row, j) => !isEmptyRow(data(row)) || !isEmptyRow(data(formulas[j] ?? [])));
    state.tables[name] = {
      name,
      sheet: r.ws.name,
      row: r.whole.rowIndex,
      column: r.whole.columnIndex,
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
  }
  for (const { k, range } of settingRanges) {
    if (range) {
      state.settings[k] = range.values[0][0];
      state.settingNames.add(SETTING_NAMES[k]);
    }
  }
  if (active) state.active = { name: active.name };
  for (const [name, collection] of Object.entries(charts)) state.charts[name] = collection.items.map((c) => c.name);
  return state;
}

import { DATA_TABLES } from '../../workbook';
import { WriteBatch, jsonSize } from './batch';
import { roundTrip } from './cells';
import { aroundFilters } from './queue';
import { RESPONSE_BUDGET, RowWeight, readRows } from './readBlocks';
import { readState } from './state';
import { RowCells, TableName, TableRows, keyColumn, readTableRows, rowKey, runsFromBottom } from './tableRows';

/**
 * Undo of the last save or delete, kept in the workbook (a hidden sheet) so it survives closing the pane and
 * the workbook: before a change the rows it touches are recorded; undo puts exactly those rows back.
 */
export const UNDO_SHEET = 'IOP_Ångra';

export type UndoAction = 'save' | 'delete';

export interface UndoRecord {
  version: 1;
  action: UndoAction;
  /** What the user did, in Swedish, for the undo button ("Ångra: sparade "X""). */
  label: string;
  at: string;
  keys: string[];
  /** Each table's rows of those keys before the change (none: the keys were new). */
  tables: Partial<Record<TableName, { headers: string[]; rows: RowCells[] }>>;
  /**
   * The tables the change touched when it was not a save of agreements (registering an invoice: IOP_Fakturor):
   * undo puts back those tables' rows only. Without it, every table but those whose rows are all the user's.
   */
  only?: TableName[];
}

/** Whether a change recorded with `only` (else a save or delete of agreements) touches the table. */
function touches(only: readonly string[] | undefined, table: string): boolean {
  return only ? only.includes(table) : !DATA_TABLES.find((d) => d.table === table)?.userRows;
}

/** A cell holds at most 32 767 characters: the record is split over column A; the prefix keeps each part text. */
const CHUNK = 30_000;
const PREFIX = 'iop:';
/** Rows of the record read in the first block: 40 full cells are about 1.4 MB. */
const UNDO_ROWS_FIRST = 40;

function rowsOf(tables: Partial<Record<TableName, TableRows>>, keys: readonly string[], only?: readonly TableName[]): UndoRecord['tables'] {
  const wanted = new Set(keys.map((k) => k.toLowerCase()));
  const out: UndoRecord['tables'] = {};
  for (const [name, t] of Object.entries(tables) as [TableName, TableRows][]) {
    if (!touches(only, name)) continue;
    out[name] = { headers: t.headers, rows: t.rows.filter((r) => wanted.has(rowKey(t, r).toLowerCase())) };
  }
  return out;
}

/**
 * Queues the record onto the hidden sheet (no sync), replacing the one before. The sheet is VeryHidden: the user
 * cannot unhide it from Excel's menus and so cannot edit the record by hand (a sheet of an older workbook that
 * was only Hidden becomes VeryHidden at the next record).
 */
function queueRecord(context: Excel.RequestContext, exists: boolean, record: UndoRecord | null): void {
  const wb = context.workbook;
  const ws = exists ? wb.worksheets.getItem(UNDO_SHEET) : wb.worksheets.add(UNDO_SHEET);
  ws.getRange().clear();
  ws.visibility = 'VeryHidden' as Excel.SheetVisibility;
  if (!record) return;
  const json = JSON.stringify(record);
  const parts: string[][] = [];
  for (let i = 0; i < json.length; i += CHUNK) parts.push([PREFIX + json.slice(i, i + CHUNK)]);
  ws.getRangeByIndexes(0, 0, parts.length, 1).formulas = parts;
}

/**
 * Records the rows of `keys` as they are now; call before the change, in the same Excel.run. The record is
 * queued, not synced: the change's first sync writes it, one round trip fewer.
 */
export async function recordForUndo(context: Excel.RequestContext, action: UndoAction, label: string, keys: readonly string[], only?: TableName[]): Promise<void> {
  let sheet: Excel.Worksheet | null = null;
  const tables = await readTableRows(context, () => {
    sheet = context.workbook.worksheets.getItemOrNullObject(UNDO_SHEET).load('name');
  });
  const exists = !(sheet as Excel.Worksheet | null)!.isNullObject;
  queueRecord(context, exists, { version: 1, action, label, at: new Date().toISOString(), keys: [...keys], tables: rowsOf(tables, keys, only), ...(only ? { only } : {}) });
}

/** The recorded change, or null when there is nothing to undo (or the record was damaged by hand). */
export async function readUndo(context: Excel.RequestContext): Promise<UndoRecord | null> {
  const ws = context.workbook.worksheets.getItemOrNullObject(UNDO_SHEET).load('name');
  await context.sync();
  if (ws.isNullObject) return null;
  const used = ws.getUsedRangeOrNullObject(true).load('rowIndex,rowCount');
  await context.sync();
  if (used.isNullObject) return null;
  // Column A only, in blocks: each cell holds up to 30 000 characters of the record.
  const { values } = await readRows(context, (start, count) => ws.getRangeByIndexes(used.rowIndex + start, 0, count, 1), 0, used.rowCount, ['values'], new RowWeight(RESPONSE_BUDGET, UNDO_ROWS_FIRST));
  const text = values.map((r) => String(r[0] ?? '')).filter((v) => v.startsWith(PREFIX)).map((v) => v.slice(PREFIX.length)).join('');
  if (!text) return null;
  try {
    const record = JSON.parse(text) as UndoRecord;
    return record.version === 1 && Array.isArray(record.keys) ? record : null;
  } catch {
    return null;
  }
}

/** A recorded row laid out for the table's headers as they are now (columns matched by name). */
function remap(row: RowCells, from: readonly string[], to: readonly string[]): RowCells {
  const at = to.map((h) => from.indexOf(h));
  return {
    formulas: at.map((i) => (i < 0 ? '' : row.formulas[i])),
    values: at.map((i) => (i < 0 ? '' : row.values[i])),
    formats: at.map((i) => (i < 0 ? 'General' : (row.formats[i] ?? 'General'))),
  };
}

/**
 * Puts the recorded rows back (the rows of those keys now are removed) and clears the record. Returns the
 * record, or null when there was nothing to undo. The caller rebuilds the reports. The tables are changed in
 * place: the recorded rows are inserted where the first row of those keys stands (else at the end), then the
 * current rows of those keys are deleted, so every other row stays where it is with its formulas; a filtered
 * table has its filter cleared and restored around it, and the writes are split under the request budget.
 */
export async function undoLast(context: Excel.RequestContext): Promise<UndoRecord | null> {
  const record = await readUndo(context);
  if (!record) return null;
  const state = await readState(context);
  const batch = new WriteBatch(context);
  const wanted = new Set(record.keys.map((k) => k.trim().toLowerCase()));
  for (const spec of DATA_TABLES) {
    const t = state.tables[spec.table];
    if (!t || !touches(record.only, spec.table)) continue;
    const name = spec.table as TableName;
    const before = record.tables[name];
    const restore = before ? before.rows.map((r) => remap(r, before.headers, t.headers)) : [];
    const at = keyColumn(t.headers);
    const current = at < 0 ? [] : t.values.map((r, j) => (wanted.has(String(r[at] ?? '').trim().toLowerCase()) ? t.bodyIndex[j] : -1)).filter((i) => i >= 0);
    if (restore.length === 0 && current.length === 0) continue;
    const ws = context.workbook.worksheets.getItem(t.sheet);
    const width = t.headers.length;
    const table = context.workbook.tables.getItem(spec.table);
    const place = current.length > 0 ? Math.min(...current) : t.bodyRows;
    await aroundFilters(batch, spec.table, t, async () => {
      if (restore.length > 0) {
        const values = restore.map((r) => Array.from({ length: width }, (_, i) => roundTrip(r.formulas[i], r.values[i])));
        await batch.reserve(jsonSize(values));
        table.rows.add(place, values);
        // A cell recorded empty stays empty whatever the user's AutoCorrect setting (which may fill a calculated
        // column's formula into it, see settleUserColumns).
        for (let i = 0; i < width; i++) {
          const empty = values.map((r, j) => (r[i] === '' ? j : -1)).filter((j) => j >= 0);
          for (const [start, length] of runsFromBottom(empty)) {
            await batch.reserve();
            ws.getRangeByIndexes(t.row + 1 + place + start, t.column + i, length, 1).clear('Contents' as Excel.ClearApplyTo);
          }
        }
        await batch.write(ws, t.row + 1 + place, t.column, restore.map((r) => Array.from({ length: width }, (_, i) => r.formats[i] || 'General')), 'numberFormat');
      }
      // Excel keeps one body row in a table: when every row goes and nothing comes back, the first is emptied.
      const all = restore.length === 0 && current.length === t.bodyRows;
      const shifted = current.map((i) => (i >= place ? i + restore.length : i));
      for (const [start, length] of runsFromBottom(all ? shifted.filter((i) => i !== 0) : shifted)) {
        await batch.reserve();
        ws.getRangeByIndexes(t.row + 1 + start, t.column, length, width).delete('Up' as Excel.DeleteShiftDirection);
      }
      if (all) await batch.write(ws, t.row + 1, t.column, [t.headers.map(() => '')], 'formulas');
    });
  }
  await batch.reserve();
  queueRecord(context, true, null);
  await batch.flush();
  return record;
}

import { RowCells, TableName, TableRows, queueTableBody, readTableRows, rowKey } from './tableRows';

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
}

/** A cell holds at most 32 767 characters: the record is split over column A; the prefix keeps each part text. */
const CHUNK = 30_000;
const PREFIX = 'iop:';

function rowsOf(tables: Partial<Record<TableName, TableRows>>, keys: readonly string[]): UndoRecord['tables'] {
  const wanted = new Set(keys.map((k) => k.toLowerCase()));
  const out: UndoRecord['tables'] = {};
  for (const [name, t] of Object.entries(tables) as [TableName, TableRows][]) {
    out[name] = { headers: t.headers, rows: t.rows.filter((r) => wanted.has(rowKey(t, r).toLowerCase())) };
  }
  return out;
}

/** Queues the record onto the hidden sheet (no sync), replacing the one before. */
function queueRecord(context: Excel.RequestContext, exists: boolean, record: UndoRecord | null): void {
  const wb = context.workbook;
  const ws = exists ? wb.worksheets.getItem(UNDO_SHEET) : wb.worksheets.add(UNDO_SHEET);
  ws.getRange().clear();
  if (!exists) ws.visibility = 'Hidden' as Excel.SheetVisibility;
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
export async function recordForUndo(context: Excel.RequestContext, action: UndoAction, label: string, keys: readonly string[]): Promise<void> {
  let sheet: Excel.Worksheet | null = null;
  const tables = await readTableRows(context, () => {
    sheet = context.workbook.worksheets.getItemOrNullObject(UNDO_SHEET).load('name');
  });
  const exists = !(sheet as Excel.Worksheet | null)!.isNullObject;
  queueRecord(context, exists, { version: 1, action, label, at: new Date().toISOString(), keys: [...keys], tables: rowsOf(tables, keys) });
}

/** The recorded change, or null when there is nothing to undo (or the record was damaged by hand). */
export async function readUndo(context: Excel.RequestContext): Promise<UndoRecord | null> {
  const ws = context.workbook.worksheets.getItemOrNullObject(UNDO_SHEET).load('name');
  await context.sync();
  if (ws.isNullObject) return null;
  const used = ws.getUsedRangeOrNullObject().load('values');
  await context.sync();
  if (used.isNullObject) return null;
  const text = used.values.map((r) => String(r[0] ?? '')).filter((v) => v.startsWith(PREFIX)).map((v) => v.slice(PREFIX.length)).join('');
  if (!text) return null;
  try {
    const record = JSON.parse(text) as UndoRecord;
    return record.version === 1 && Array.isArray(record.keys) ? record : null;
  } catch {
    return null;
  }
}

/** Removes every row of `keys` from a table's rows and puts `restore` where the first of them stood (else at the end). */
export function replaceKeyRows(t: TableRows, keys: readonly string[], restore: RowCells[]): RowCells[] {
  const wanted = new Set(keys.map((k) => k.toLowerCase()));
  const body: RowCells[] = [];
  let placed = false;
  for (const r of t.rows) {
    if (!wanted.has(rowKey(t, r).toLowerCase())) body.push(r);
    else if (!placed) {
      body.push(...restore);
      placed = true;
    }
  }
  if (!placed) body.push(...restore);
  return body;
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
 * record, or null when there was nothing to undo. The caller rebuilds the reports.
 */
export async function undoLast(context: Excel.RequestContext): Promise<UndoRecord | null> {
  const record = await readUndo(context);
  if (!record) return null;
  const tables = await readTableRows(context);
  for (const [name, t] of Object.entries(tables) as [TableName, TableRows][]) {
    const before = record.tables[name];
    const restore = before ? before.rows.map((r) => remap(r, before.headers, t.headers)) : [];
    queueTableBody(context, t, replaceKeyRows(t, record.keys, restore));
  }
  queueRecord(context, true, null);
  await context.sync();
  return record;
}

import type { FilterCriteria } from './filter';
import type { MemorySheet } from './sheet';

/** A table's place and state. Column maps are keyed by the column's index within the table. */
export interface TableData {
  name: string;
  sheet: MemorySheet;
  /** Zero-based header row and first column. */
  row: number;
  column: number;
  /** Rows including the header. */
  rows: number;
  columns: number;
  /** Filter criteria by column, as AutoFilter.apply or TableColumn.filter.apply left them. */
  filters: Map<number, FilterCriteria>;
  /** Calculated columns: the R1C1 formula Excel fills into the column's new rows. */
  calculated: Map<number, string>;
}

export function cloneTable(t: TableData): Omit<TableData, 'sheet'> {
  return { name: t.name, row: t.row, column: t.column, rows: t.rows, columns: t.columns, filters: new Map(t.filters), calculated: new Map(t.calculated) };
}

/** Re-keys a column map after `delta` columns were inserted (positive) or deleted (negative) at `at`. */
export function shiftColumnKeys<T>(map: Map<number, T>, at: number, delta: number): Map<number, T> {
  const out = new Map<number, T>();
  for (const [k, v] of map) {
    if (k < at) out.set(k, v);
    else if (delta > 0 || k >= at - delta) out.set(k + delta, v);
  }
  return out;
}

export function intersects(a: { row: number; column: number; rows: number; columns: number }, b: { row: number; column: number; rows: number; columns: number }): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.column < b.column + b.columns && b.column < a.column + a.columns;
}

import type { MemoryContext } from './context';
import { invalidArgument, invalidOperation, itemNotFound } from './errors';
import { FilterCriteria, checkCriteria } from './filter';
import { jsonBytes } from './limits';
import { LoadableProxy } from './proxy';
import { MemoryRange } from './range';
import { fromR1C1 } from '../../workbook/references';
import { TableData, shiftColumnKeys } from './tableData';
import { MemoryWorksheet } from './worksheet';

function requireTable(data: TableData | null): TableData {
  if (!data) throw itemNotFound('Tabellen');
  return data;
}

/** Moves the cells at and below `at` (sheet row) in the table's columns down by n; tables below in those columns move too. */
function openRows(ctx: MemoryContext, t: TableData, at: number, n: number): void {
  for (const other of ctx.tablesOn(t.sheet)) {
    if (other === t || other.row < at) continue;
    const overlap = other.column < t.column + t.columns && t.column < other.column + other.columns;
    if (!overlap) continue;
    if (other.column < t.column || other.column + other.columns > t.column + t.columns) throw invalidOperation(`Raderna kan inte läggas till: de skulle flytta en del av tabellen ${other.name}.`);
    other.row += n;
  }
  ctx.moveCells(t.sheet, (r, c) => (c >= t.column && c < t.column + t.columns && r >= at ? [r + n, c] : [r, c]));
}

export class MemoryTable extends LoadableProxy {
  constructor(
    readonly ctx: MemoryContext,
    readonly data: TableData | null,
  ) {
    super(ctx);
  }
  get isNullObject(): boolean {
    this.need('isNullObject');
    return this.data === null;
  }
  get name(): string {
    this.need('name');
    return requireTable(this.data).name;
  }
  set name(n: string) {
    this.ctx.renameTable(requireTable(this.data), n);
  }
  get worksheet(): MemoryWorksheet {
    return new MemoryWorksheet(this.ctx, requireTable(this.data).sheet);
  }
  getRange(): MemoryRange {
    const t = requireTable(this.data);
    return new MemoryRange(this.ctx, t.sheet, t.row, t.column, t.rows, t.columns);
  }
  getHeaderRowRange(): MemoryRange {
    const t = requireTable(this.data);
    return new MemoryRange(this.ctx, t.sheet, t.row, t.column, 1, t.columns);
  }
  getDataBodyRange(): MemoryRange {
    const t = requireTable(this.data);
    return new MemoryRange(this.ctx, t.sheet, t.row + 1, t.column, Math.max(1, t.rows - 1), t.columns);
  }

  /** Table.clearFilters (ExcelApi 1.2): every column's criteria go; the rows show again. */
  clearFilters(): void {
    const t = requireTable(this.data);
    this.ctx.act('table.clearFilters');
    t.filters.clear();
  }

  reapplyFilters(): void {
    requireTable(this.data);
    this.ctx.act('table.reapplyFilters');
  }

  /** Table.autoFilter (ExcelApi 1.9). A table always has its filter buttons, so `enabled` is true. */
  get autoFilter() {
    const t = requireTable(this.data);
    return new MemoryAutoFilter(this.ctx, t);
  }

  get columns() {
    const t = requireTable(this.data);
    const ctx = this.ctx;
    const collection = {
      /** Inserts a column (at the end without an index); the cells right of it in the table's rows move right. */
      add: (index?: number | null, values?: unknown[][] | string | number, name?: string) => {
        const relative = index ?? t.columns;
        if (relative < 0 || relative > t.columns) throw invalidArgument(`Kolumnindex ${relative} ligger utanför tabellen ${t.name}.`);
        if (Array.isArray(values) && values.length !== t.rows) throw invalidArgument(`Kolumnens värden har ${values.length} rader; tabellen har ${t.rows}.`);
        ctx.refuseFilteredRows(t.sheet, t, 'Den nya kolumnen');
        ctx.act('table.columns.add', [index ?? null, values ?? null, name ?? null]);
        const at = t.column + relative;
        ctx.moveCells(t.sheet, (r, c) => (r >= t.row && r < t.row + t.rows && c >= at ? [r, c + 1] : [r, c]));
        t.columns += 1;
        t.filters = shiftColumnKeys(t.filters, relative, 1);
        t.calculated = shiftColumnKeys(t.calculated, relative, 1);
        const taken = new Set(Array.from({ length: t.columns }, (_, j) => String(t.sheet.get(t.row, t.column + j)?.value ?? '').toLowerCase()));
        let header = name ?? (Array.isArray(values) ? String(values[0][0] ?? '') : '');
        if (!header || taken.has(header.toLowerCase())) {
          // Excel names a new or clashing column "Kolumn1", "Kolumn2" …
          const base = header || 'Kolumn';
          let k = header ? 2 : 1;
          while (taken.has(`${base}${k}`.toLowerCase())) k++;
          header = `${base}${k}`;
        }
        const column = Array.isArray(values) ? values.map((r) => r[0]) : [header, ...Array.from({ length: t.rows - 1 }, () => values ?? '')];
        column[0] = header;
        const range = new MemoryRange(ctx, t.sheet, t.row, at, t.rows, 1);
        // Written through the range so that the cell rules (length, typed input) apply; counted once above.
        column.forEach((v, i) => range.getCell(i, 0).setSilently(v));
        ctx.touched(t.sheet, t.row, at, t.rows, t.columns - relative);
      },
      getItemAt: (i: number) => new MemoryTableColumn(ctx, t, i),
      getItem: (name: string) => {
        const headers = Array.from({ length: t.columns }, (_, j) => String(t.sheet.get(t.row, t.column + j)?.value ?? ''));
        const i = headers.findIndex((h) => h.toLowerCase() === String(name).toLowerCase());
        if (i < 0) throw itemNotFound(`Kolumnen ${name}`);
        return new MemoryTableColumn(ctx, t, i);
      },
      get count() {
        return t.columns;
      },
    };
    return collection;
  }

  get rows() {
    const t = requireTable(this.data);
    const ctx = this.ctx;
    return {
      /**
       * Inserts rows at a body index (at the end without one); the cells below in the table's columns move down.
       * With AutoCorrect's "fill formulas" on, calculated columns fill the new rows with their formula where the
       * given value is empty ('', null), as Excel does (OfficeDev/office-js #1916); off, the rows hold what was given.
       */
      add: (index: number | null | undefined, values: unknown[][]) => {
        const body = t.rows - 1;
        const relative = index === null || index === undefined || index === -1 ? body : index;
        if (relative < 0 || relative > body) throw invalidArgument(`Radindex ${relative} ligger utanför tabellen ${t.name}.`);
        if (!Array.isArray(values) || values.length === 0 || values.some((r) => !Array.isArray(r) || r.length !== t.columns)) {
          throw invalidArgument(`Raderna måste vara en matris med ${t.columns} kolumner.`);
        }
        if (t.filters.size > 0) throw invalidOperation(`Tabellen ${t.name} är filtrerad; rensa filtret innan rader läggs till.`);
        ctx.act('table.rows.add', [index ?? null, values]);
        const n = values.length;
        const at = t.row + 1 + relative;
        openRows(ctx, t, at, n);
        t.rows += n;
        const range = new MemoryRange(ctx, t.sheet, at, t.column, n, t.columns);
        values.forEach((row, i) =>
          row.forEach((v, j) => {
            const formula = ctx.autoCorrect.fillFormulas ? t.calculated.get(j) : undefined;
            range.getCell(i, j).setSilently(formula && (v === '' || v === null || v === undefined) ? fromR1C1(formula, at + i, t.column + j) : v);
          }),
        );
        ctx.touched(t.sheet, at, t.column, n, t.columns);
      },
      getItemAt: (i: number) => ({
        delete: () => {
          if (i < 0 || i >= t.rows - 1) throw invalidArgument(`Radindex ${i} ligger utanför tabellen ${t.name}.`);
          new MemoryRange(ctx, t.sheet, t.row + 1 + i, t.column, 1, t.columns).delete('Up');
        },
        getRange: () => new MemoryRange(ctx, t.sheet, t.row + 1 + i, t.column, 1, t.columns),
      }),
      get count() {
        return t.rows - 1;
      },
    };
  }

  delete(): void {
    const t = requireTable(this.data);
    this.ctx.act('table.delete');
    this.ctx.tables.delete(t.name.toLowerCase());
  }
}

export class MemoryTableColumn extends LoadableProxy {
  constructor(
    readonly ctx: MemoryContext,
    readonly t: TableData,
    readonly index: number,
  ) {
    super(ctx);
    if (index < 0 || index >= t.columns) throw itemNotFound(`Kolumn ${index} i tabellen ${t.name}`);
  }
  get name(): string {
    this.need('name');
    return String(this.t.sheet.get(this.t.row, this.t.column + this.index)?.value ?? '');
  }
  getDataBodyRange(): MemoryRange {
    return new MemoryRange(this.ctx, this.t.sheet, this.t.row + 1, this.t.column + this.index, Math.max(1, this.t.rows - 1), 1);
  }
  get filter() {
    const { ctx, t, index } = this;
    return {
      apply: (criteria: FilterCriteria) => {
        const checked = checkCriteria(criteria);
        ctx.act('column.filter.apply', criteria);
        t.filters.set(index, checked);
      },
      clear: () => {
        ctx.act('column.filter.clear');
        t.filters.delete(index);
      },
    };
  }
}

export class MemoryAutoFilter extends LoadableProxy {
  constructor(
    readonly ctx: MemoryContext,
    readonly t: TableData,
  ) {
    super(ctx);
  }
  private captured: FilterCriteria[] | null = null;
  loadedSize(): number {
    return jsonBytes([...this.t.filters.values()]);
  }
  protected capture(): void {
    this.captured = this.current();
  }
  private current(): FilterCriteria[] {
    return Array.from({ length: this.t.columns }, (_, j) => (this.t.filters.has(j) ? JSON.parse(JSON.stringify(this.t.filters.get(j))) : ({} as FilterCriteria)));
  }
  get enabled(): boolean {
    this.need('enabled');
    return true;
  }
  get isDataFiltered(): boolean {
    this.need('isDataFiltered');
    return this.t.filters.size > 0;
  }
  /** One entry per table column; a column without a filter has empty criteria. */
  get criteria(): FilterCriteria[] {
    this.need('criteria');
    return this.captured ?? this.current();
  }
  apply(_range: unknown, columnIndex?: number, criteria?: FilterCriteria): void {
    if (columnIndex === undefined || !criteria) {
      this.ctx.act('autoFilter.apply');
      return;
    }
    if (columnIndex < 0 || columnIndex >= this.t.columns) throw invalidArgument(`Kolumnindex ${columnIndex} ligger utanför tabellen ${this.t.name}.`);
    const checked = checkCriteria(criteria);
    this.ctx.act('autoFilter.apply', [columnIndex, criteria]);
    this.t.filters.set(columnIndex, checked);
  }
  clearCriteria(): void {
    this.ctx.act('autoFilter.clearCriteria');
    this.t.filters.clear();
  }
  reapply(): void {
    this.ctx.act('autoFilter.reapply');
  }
}

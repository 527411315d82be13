import { cellAddress, columnIndex, columnLetter } from '../../workbook/plan';
import type { CellValue } from '../../workbook/plan';
import { Calculator, MemoryContext } from './context';
import { invalidOperation, itemNotFound } from './errors';
import { FilterCriteria, checkCriteria } from './filter';
import { parseInput } from './input';
import { fromR1C1, toR1C1 } from '../../workbook/references';
import type { MemorySheet } from './sheet';
import { TableData, shiftColumnKeys } from './tableData';
import { parseAddress } from './worksheet';

export interface GridCell {
  address: string;
  value: CellValue;
  formula: string | null;
  format: string | null;
  bold: boolean;
}

/**
 * The in-memory workbook: `context` goes where Excel.run's context would; the other methods are what a user
 * does in Excel (type, insert and delete rows and columns, filter a table) and what a grid view or a test reads.
 * A user's edits raise worksheets.onChanged with triggerSource "Unknown", as edits by someone else than the add-in.
 */
export class MemoryWorkbook {
  readonly context: MemoryContext;

  /** `fillFormulas`: the user's AutoCorrect option for calculated columns (Excel's default: on). */
  constructor(options: { calculate?: Calculator; fillFormulas?: boolean } = {}) {
    this.context = new MemoryContext(options.calculate ?? null);
    this.context.autoCorrect.fillFormulas = options.fillFormulas ?? true;
  }

  /** The context typed as Office.js's, for code written against Excel.RequestContext. */
  get excelContext(): Excel.RequestContext {
    return this.context as unknown as Excel.RequestContext;
  }

  get syncCount(): number {
    return this.context.syncCount;
  }

  /** Request and response bytes of every completed sync. */
  get syncs(): { request: number; response: number }[] {
    return this.context.syncs;
  }

  /** Runs a function like Excel.run does. */
  async run<T>(fn: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    return fn(this.excelContext);
  }

  /** Resolves when every worksheets.onChanged handler raised so far has finished. */
  eventsSettled(): Promise<void> {
    return this.context.eventsSettled();
  }

  setCalculator(calculate: Calculator | null): void {
    this.context.calculator = calculate;
  }

  listSheets(): string[] {
    return this.context.sheets.map((s) => s.name);
  }

  /** The sheets a user sees as tabs (hidden ones left out, as in Excel). */
  visibleSheets(): string[] {
    return this.context.sheets.filter((s) => s.visibility === 'Visible').map((s) => s.name);
  }

  /** A sheet's visibility: Visible, Hidden (the user can unhide it) or VeryHidden (only code can). */
  sheetVisibility(name: string): 'Visible' | 'Hidden' | 'VeryHidden' {
    return this.requireSheet(name).visibility;
  }

  /** Hides or shows a sheet as a user does (Format › Hide / Unhide), which Excel cannot do for a VeryHidden one. */
  setSheetVisibility(name: string, visibility: 'Visible' | 'Hidden'): void {
    const s = this.requireSheet(name);
    if (s.visibility === 'VeryHidden') throw invalidOperation(`Bladet ${name} är mycket dolt och kan inte visas från Excels menyer.`);
    s.visibility = visibility;
  }

  activeSheet(): string | null {
    return this.context.active?.name ?? null;
  }

  setActiveSheet(name: string): void {
    this.context.active = this.requireSheet(name);
  }

  tableNames(): string[] {
    return [...this.context.tables.values()].map((t) => t.name);
  }

  /** One cell: its displayed value and, for a formula cell, the formula. */
  cell(sheet: string, address: string): GridCell {
    const s = this.requireSheet(sheet);
    const a = parseAddress(address);
    const c = s.get(a.r0, a.c0);
    return {
      address: cellAddress(a.r0, a.c0),
      value: this.context.displayValue(s, a.r0, a.c0, c),
      formula: c?.formula ?? null,
      format: c?.format ?? null,
      bold: !!c?.bold,
    };
  }

  /** The used part of a sheet, row by row, for a grid view. */
  grid(sheet: string): GridCell[][] {
    const s = this.requireSheet(sheet);
    const { rows, columns } = s.bounds();
    return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => this.cell(sheet, `${columnLetter(c)}${r + 1}`)));
  }

  columnWidths(sheet: string): Map<number, number> {
    return this.requireSheet(sheet).columnWidths;
  }

  charts(sheet: string): { name: string; type: string; source: string; title: string }[] {
    return this.requireSheet(sheet).charts.map((c) => ({ ...c }));
  }

  /** A sheet's print layout as the writer left it: hidden columns, bordered blocks, and a cell's fill and wrapping. */
  layout(sheet: string): { hiddenColumns: number[]; borderedRanges: { row: number; column: number; rows: number; columns: number }[]; cell: (address: string) => { fill?: string; wrap?: boolean } } {
    const s = this.requireSheet(sheet);
    return {
      hiddenColumns: [...s.hiddenColumns].sort((a, b) => a - b),
      borderedRanges: s.borderedRanges.map((b) => ({ ...b })),
      cell: (address) => {
        const a = parseAddress(address);
        const c = s.get(a.r0, a.c0);
        return { fill: c?.fill, wrap: c?.wrap };
      },
    };
  }

  /** Types into a cell as a user would (a leading "=" makes a formula, a leading "'" text). */
  setCell(sheet: string, address: string, input: string | number | null): void {
    const s = this.requireSheet(sheet);
    const a = parseAddress(address);
    const cell = parseInput(input, s.get(a.r0, a.c0)?.format === '@');
    if (cell.formula) this.context.checkFormula(s, a.r0, a.c0, cell.formula);
    s.set(a.r0, a.c0, { value: cell.value, formula: cell.formula, error: cell.error });
    this.userChanged(s, a.r0, a.c0, 1, 1);
  }

  /** Sets a cell's number format as a user would (Format Cells). */
  setFormat(sheet: string, address: string, format: string): void {
    const s = this.requireSheet(sheet);
    const a = parseAddress(address);
    s.set(a.r0, a.c0, { format });
    this.userChanged(s, a.r0, a.c0, 1, 1);
  }

  /**
   * Types a formula into a table column's first body cell and lets Excel fill the column: a calculated column,
   * which Excel also fills into rows added later.
   */
  fillTableColumn(table: string, header: string, firstRowFormula: string): void {
    const t = this.requireTable(table);
    const j = this.headerIndex(t, header);
    this.context.checkFormula(t.sheet, t.row + 1, t.column + j, firstRowFormula);
    const r1c1 = toR1C1(firstRowFormula, t.row + 1, t.column + j);
    for (let r = t.row + 1; r < t.row + t.rows; r++) t.sheet.set(r, t.column + j, { value: null, formula: fromR1C1(r1c1, r, t.column + j) });
    t.calculated.set(j, r1c1);
    this.userChanged(t.sheet, t.row + 1, t.column + j, t.rows - 1, 1);
  }

  /** Filters a table column from its header button, as a user does. */
  filterTable(table: string, header: string, criteria: FilterCriteria): void {
    const t = this.requireTable(table);
    t.filters.set(this.headerIndex(t, header), checkCriteria(criteria));
  }

  /** Sheet rows (1-based) the table's filters hide now. */
  hiddenRows(table: string): number[] {
    return [...this.context.hiddenRows(this.requireTable(table))].map((r) => r + 1).sort((a, b) => a - b);
  }

  /** Filter criteria by header. */
  filters(table: string): Record<string, FilterCriteria> {
    const t = this.requireTable(table);
    const out: Record<string, FilterCriteria> = {};
    for (const [j, c] of t.filters) out[String(t.sheet.get(t.row, t.column + j)?.value ?? j)] = c;
    return out;
  }

  /** Headers of a table's calculated columns. */
  calculatedColumns(table: string): string[] {
    const t = this.requireTable(table);
    return [...t.calculated.keys()].sort((a, b) => a - b).map((j) => String(t.sheet.get(t.row, t.column + j)?.value ?? ''));
  }

  /** Inserts whole sheet columns as a user does; tables the insertion falls inside get wider. */
  insertColumns(sheet: string, column: string, count = 1): void {
    const s = this.requireSheet(sheet);
    const at = columnIndex(column);
    this.context.moveCells(s, (r, c) => (c >= at ? [r, c + count] : [r, c]));
    for (const t of this.context.tablesOn(s)) {
      if (t.column >= at) t.column += count;
      else if (at < t.column + t.columns) {
        t.columns += count;
        t.filters = shiftColumnKeys(t.filters, at - t.column, count);
        t.calculated = shiftColumnKeys(t.calculated, at - t.column, count);
      }
    }
    this.userChanged(s, 0, at, s.bounds().rows, count);
  }

  /** Deletes a whole sheet column; a table loses that column. */
  deleteColumn(sheet: string, column: string): void {
    const s = this.requireSheet(sheet);
    const at = columnIndex(column);
    this.context.moveCells(s, (r, c) => (c === at ? null : c > at ? [r, c - 1] : [r, c]));
    for (const t of this.context.tablesOn(s)) {
      if (t.column > at) t.column -= 1;
      else if (at < t.column + t.columns) {
        t.columns -= 1;
        t.filters = shiftColumnKeys(t.filters, at - t.column, -1);
        t.calculated = shiftColumnKeys(t.calculated, at - t.column, -1);
      }
    }
    this.userChanged(s, 0, at, s.bounds().rows, 1);
  }

  /** Inserts whole sheet rows before a row (1-based); a table the insertion falls inside gets more body rows, calculated columns filled. */
  insertRows(sheet: string, row: number, count = 1): void {
    const s = this.requireSheet(sheet);
    const at = row - 1;
    this.context.moveCells(s, (r, c) => (r >= at ? [r + count, c] : [r, c]));
    for (const t of this.context.tablesOn(s)) {
      if (t.row >= at) t.row += count;
      else if (at < t.row + t.rows) {
        t.rows += count;
        for (const [j, formula] of t.calculated) for (let r = at; r < at + count; r++) s.set(r, t.column + j, { value: null, formula: fromR1C1(formula, r, t.column + j) });
      }
    }
    this.userChanged(s, at, 0, count, s.bounds().columns);
  }

  /** Deletes a whole sheet row (1-based); a table loses that row. */
  deleteRow(sheet: string, row: number): void {
    const s = this.requireSheet(sheet);
    const at = row - 1;
    this.context.moveCells(s, (r, c) => (r === at ? null : r > at ? [r - 1, c] : [r, c]));
    for (const t of this.context.tablesOn(s)) {
      if (t.row > at) t.row -= 1;
      else if (at < t.row + t.rows) t.rows -= 1;
    }
    this.userChanged(s, at, 0, 1, s.bounds().columns);
  }

  /** Grows a table as Excel does when a user types right below or beside it. */
  extendTable(name: string, more: { rows?: number; columns?: number }): void {
    const t = this.requireTable(name);
    t.rows += more.rows ?? 0;
    t.columns += more.columns ?? 0;
  }

  /** The table's position: zero-based header row and first column, rows with the header, columns. */
  table(name: string): { sheet: string; row: number; column: number; rows: number; columns: number } {
    const t = this.requireTable(name);
    return { sheet: t.sheet.name, row: t.row, column: t.column, rows: t.rows, columns: t.columns };
  }

  addSheet(name: string): void {
    this.context.workbook.worksheets.add(name);
  }

  private userChanged(s: MemorySheet, r0: number, c0: number, rows: number, columns: number): void {
    this.context.touched(s, r0, c0, rows, columns);
    this.context.emitChanges('Unknown');
  }

  private headerIndex(t: TableData, header: string): number {
    for (let j = 0; j < t.columns; j++) if (String(t.sheet.get(t.row, t.column + j)?.value ?? '') === header) return j;
    throw itemNotFound(`Kolumnen ${header} i tabellen ${t.name}`);
  }

  private requireTable(name: string): TableData {
    const t = this.context.tables.get(name.toLowerCase());
    if (!t) throw itemNotFound(`Tabellen ${name}`);
    return t;
  }

  private requireSheet(name: string): MemorySheet {
    const s = this.context.sheetByName(name);
    if (!s) throw itemNotFound(`Bladet ${name}`);
    return s;
  }
}

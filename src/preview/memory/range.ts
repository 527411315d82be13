import { cellAddress, sheetRef } from '../../workbook/plan';
import type { CellValue } from '../../workbook/plan';
import type { MemoryContext } from './context';
import { invalidArgument, invalidOperation, itemNotFound, notModelled } from './errors';
import { parseInput } from './input';
import type { Cell } from './input';
import { LIMITS, jsonBytes, utf8Length } from './limits';
import { LoadableProxy } from './proxy';
import { fromR1C1, toR1C1 } from '../../workbook/references';
import type { MemorySheet } from './sheet';
import { TableData, intersects } from './tableData';

const notModelledClear = (applyTo: string) => notModelled(`Range.clear("${applyTo}")`);

/** Office.js's RangeValueType of a stored cell. */
function valueType(cell: Cell | undefined, shown: CellValue): string {
  if (cell?.error) return 'Error';
  if (shown === '' || shown === null) return 'Empty';
  return typeof shown === 'number' ? 'Double' : typeof shown === 'boolean' ? 'Boolean' : 'String';
}

export class MemoryRange extends LoadableProxy {
  constructor(
    readonly ctx: MemoryContext,
    readonly sheetData: MemorySheet,
    readonly row: number,
    readonly column: number,
    readonly rows: number,
    readonly columns: number,
    readonly nullObject = false,
  ) {
    super(ctx);
  }

  get isNullObject(): boolean {
    this.need('isNullObject');
    return this.nullObject;
  }

  private snapshot = new Map<string, unknown[][]>();

  protected capture(props: string[] | 'all'): void {
    const list = props === 'all' ? ['values', 'formulas', 'numberFormat'] : props;
    for (const p of ['values', 'formulas', 'formulasR1C1', 'numberFormat', 'valueTypes']) {
      if (list.includes(p)) this.snapshot.set(p, this.read(p));
    }
  }

  private loaded<T>(prop: string, read: () => T[][]): T[][] {
    this.need(prop);
    return (this.snapshot.get(prop) as T[][] | undefined) ?? read();
  }

  private read(prop: string): unknown[][] {
    switch (prop) {
      case 'values':
        return this.grid((c, r, col) => this.ctx.displayValue(this.sheetData, r, col, c));
      case 'valueTypes':
        return this.grid((c, r, col) => valueType(c, this.ctx.displayValue(this.sheetData, r, col, c)));
      case 'formulas':
        return this.grid((c) => (c?.formula ? c.formula : (c?.value ?? '')));
      case 'formulasR1C1':
        return this.grid((c, r, col) => (c?.formula ? toR1C1(c.formula, r, col) : (c?.value ?? '')));
      default:
        return this.grid((c) => c?.format ?? 'General');
    }
  }

  private grid<T>(pick: (cell: Cell | undefined, r: number, c: number) => T): T[][] {
    return Array.from({ length: this.rows }, (_, i) => Array.from({ length: this.columns }, (_, j) => pick(this.sheetData.get(this.row + i, this.column + j), this.row + i, this.column + j)));
  }

  /** Response bytes of loaded matrices: two bytes ("",) per empty cell, the JSON of each stored one. */
  loadedSize(props: string[] | 'all'): number {
    const list = props === 'all' ? ['values', 'formulas', 'numberFormat'] : props.filter((p) => ['values', 'formulas', 'formulasR1C1', 'numberFormat', 'valueTypes', 'text'].includes(p));
    if (list.length === 0) return 0;
    // What each property returns per stored cell: a value, a formula (or the value where there is none), a format.
    const size = (p: string, cell: { value: unknown; formula?: string | null; format?: string | null }): number => {
      if (p === 'formulas' || p === 'formulasR1C1') return cell.formula ? utf8Length(cell.formula) : jsonBytes(cell.value);
      if (p === 'numberFormat') return cell.format ? utf8Length(cell.format) : 9;
      if (p === 'valueTypes') return 9;
      return jsonBytes(cell.value);
    };
    let stored = 0;
    let count = 0;
    for (const [k, cell] of this.sheetData.cells) {
      const [r, c] = k.split(',').map(Number);
      if (r < this.row || r >= this.row + this.rows || c < this.column || c >= this.column + this.columns) continue;
      count++;
      for (const p of list) stored += size(p, cell);
    }
    return list.length * (this.rows * this.columns - count) * 3 + stored + list.length * this.rows * 2;
  }


  /**
   * Applies a matrix to the range. Excel takes a 2-D array of exactly the range's shape ("The number of rows or
   * columns in the input array doesn't match the size or dimensions of the range"), or a single value that is
   * not an array, which goes into every cell.
   */
  private put(what: string, matrix: unknown, apply: (r: number, c: number, v: unknown) => void): void {
    if (this.nullObject) throw invalidOperation('Området finns inte (null-objekt).');
    const scalar = !Array.isArray(matrix);
    if (!scalar) {
      const m = matrix as unknown[];
      if (m.length !== this.rows || m.some((row) => !Array.isArray(row) || row.length !== this.columns)) {
        const shape = `${m.length}×${Array.isArray(m[0]) ? (m[0] as unknown[]).length : 0}`;
        throw invalidArgument(`Antalet rader eller kolumner i värdena (${shape}) stämmer inte med området ${this.address} (${this.rows}×${this.columns}).`);
      }
    }
    this.ctx.refuseFilteredRows(this.sheetData, this, 'Skrivningen');
    this.ctx.act(`range.${what}`, matrix);
    for (let i = 0; i < this.rows; i++) {
      for (let j = 0; j < this.columns; j++) apply(this.row + i, this.column + j, scalar ? matrix : (matrix as unknown[][])[i][j]);
    }
    this.ctx.touched(this.sheetData, this.row, this.column, this.rows, this.columns);
    this.refreshCalculatedColumns();
  }

  private store(r: number, c: number, v: unknown): void {
    const cell = parseInput(v, this.sheetData.get(r, c)?.format === '@');
    if (cell.formula) this.ctx.checkFormula(this.sheetData, r, c, cell.formula);
    this.sheetData.set(r, c, { value: cell.value, formula: cell.formula, error: cell.error });
  }

  /** Stores one value as typed input, without counting an action: the caller counted the whole call. */
  setSilently(v: unknown): void {
    this.store(this.row, this.column, v);
  }

  /**
   * A table column whose body holds one formula (in R1C1 terms) throughout becomes a calculated column; it stays
   * one while any of its cells still holds that formula (the others are exceptions), as in Excel. With
   * AutoCorrect's "fill formulas" on, a formula written into part of a table column whose other cells are empty
   * fills the whole column (the bottom-most one written: OfficeDev/office-js #2093, #5909, #6745).
   */
  private refreshCalculatedColumns(): void {
    for (const t of this.ctx.tablesOn(this.sheetData)) {
      if (!intersects(this, t) || t.rows < 2) continue;
      for (let c = Math.max(this.column, t.column); c < Math.min(this.column + this.columns, t.column + t.columns); c++) {
        if (this.ctx.autoCorrect.fillFormulas) this.fillEmptyColumn(t, c);
        const formulas: (string | null)[] = [];
        for (let r = t.row + 1; r < t.row + t.rows; r++) {
          const f = this.sheetData.get(r, c)?.formula;
          formulas.push(f ? toR1C1(f, r, c) : null);
        }
        const j = c - t.column;
        const current = t.calculated.get(j);
        if (formulas[0] && formulas.every((f) => f === formulas[0])) t.calculated.set(j, formulas[0]);
        else if (current && !formulas.includes(current)) t.calculated.delete(j);
      }
    }
  }

  /** AutoCorrect's fill: the written part of column c holds a formula and the rest of the body is empty. */
  private fillEmptyColumn(t: TableData, c: number): void {
    const first = t.row + 1;
    const last = t.row + t.rows - 1;
    const top = Math.max(first, this.row);
    const bottom = Math.min(last, this.row + this.rows - 1);
    if (top > bottom || (top === first && bottom === last)) return;
    let formula: string | null = null;
    for (let r = bottom; r >= top && !formula; r--) {
      const f = this.sheetData.get(r, c)?.formula;
      if (f) formula = toR1C1(f, r, c);
    }
    if (!formula) return;
    for (let r = first; r <= last; r++) {
      if (r >= top && r <= bottom) continue;
      const cell = this.sheetData.get(r, c);
      if (cell && (cell.formula || (cell.value !== '' && cell.value !== null))) return;
    }
    for (let r = first; r <= last; r++) this.sheetData.set(r, c, { value: null, formula: fromR1C1(formula, r, c), error: false });
    this.ctx.touched(this.sheetData, first, c, t.rows - 1, 1);
  }

  get values(): CellValue[][] {
    return this.loaded('values', () => this.read('values') as CellValue[][]);
  }
  /** As in Excel, a string that begins with "=" set through values becomes a formula too. */
  set values(matrix: unknown[][]) {
    this.put('values', matrix, (r, c, v) => this.store(r, c, v));
  }

  get valueTypes(): string[][] {
    return this.loaded('valueTypes', () => this.read('valueTypes') as string[][]);
  }

  get formulas(): CellValue[][] {
    return this.loaded('formulas', () => this.read('formulas') as CellValue[][]);
  }
  set formulas(matrix: unknown[][]) {
    this.put('formulas', matrix, (r, c, v) => this.store(r, c, v));
  }

  get formulasR1C1(): CellValue[][] {
    return this.loaded('formulasR1C1', () => this.read('formulasR1C1') as CellValue[][]);
  }
  set formulasR1C1(matrix: unknown[][]) {
    this.put('formulasR1C1', matrix, (r, c, v) => this.store(r, c, typeof v === 'string' && v.startsWith('=') ? fromR1C1(v, r, c) : v));
  }

  get numberFormat(): string[][] {
    return this.loaded('numberFormat', () => this.read('numberFormat') as string[][]);
  }
  set numberFormat(matrix: unknown[][]) {
    this.put('numberFormat', matrix, (r, c, v) => this.sheetData.set(r, c, { format: String(v) }));
  }

  get address(): string {
    const end = cellAddress(this.row + this.rows - 1, this.column + this.columns - 1);
    const start = cellAddress(this.row, this.column);
    return `${sheetRef(this.sheetData.name)}!${start === end ? start : `${start}:${end}`}`;
  }
  get rowIndex(): number {
    this.need('rowIndex');
    return this.row;
  }
  get columnIndex(): number {
    this.need('columnIndex');
    return this.column;
  }
  get rowCount(): number {
    this.need('rowCount');
    return this.rows;
  }
  get columnCount(): number {
    this.need('columnCount');
    return this.columns;
  }

  get format() {
    const range = this; // eslint-disable-line @typescript-eslint/no-this-alias -- the returned setters act on this range
    return {
      font: {
        set bold(b: boolean) {
          range.put('format.font.bold', b, (r, c) => range.sheetData.set(r, c, { bold: b }));
        },
      },
      set columnWidth(points: number) {
        range.ctx.act('format.columnWidth', points);
        for (let j = 0; j < range.columns; j++) range.sheetData.columnWidths.set(range.column + j, points);
      },
      set wrapText(w: boolean) {
        range.ctx.act('format.wrapText', w);
        range.each((r, c) => range.sheetData.set(r, c, { wrap: w }));
      },
      set verticalAlignment(v: string) {
        range.ctx.act('format.verticalAlignment', v);
      },
      fill: {
        set color(color: string) {
          range.ctx.act('format.fill.color', color);
          range.each((r, c) => range.sheetData.set(r, c, { fill: color }));
        },
      },
      borders: {
        getItem: (edge: string) => ({
          set style(style: string) {
            range.ctx.act('format.borders.style', [edge, style]);
            if (style !== 'None') range.sheetData.borderedRanges.push({ row: range.row, column: range.column, rows: range.rows, columns: range.columns });
          },
          set color(c: string) {
            range.ctx.act('format.borders.color', [edge, c]);
          },
        }),
      },
      autofitColumns() {
        range.ctx.act('format.autofitColumns');
      },
      autofitRows() {
        range.ctx.act('format.autofitRows');
      },
    };
  }

  /** Every cell of the range (0-based sheet row and column). */
  private each(apply: (r: number, c: number) => void): void {
    for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) apply(this.row + i, this.column + j);
  }

  getEntireColumn(): MemoryRange {
    return new MemoryRange(this.ctx, this.sheetData, 0, this.column, LIMITS.rows, this.columns);
  }

  set columnHidden(hidden: boolean) {
    this.ctx.act('range.columnHidden', hidden);
    for (let j = 0; j < this.columns; j++) {
      if (hidden) this.sheetData.hiddenColumns.add(this.column + j);
      else this.sheetData.hiddenColumns.delete(this.column + j);
    }
  }

  getCell(r: number, c: number): MemoryRange {
    return new MemoryRange(this.ctx, this.sheetData, this.row + r, this.column + c, 1, 1);
  }

  /** Range.getResizedRange (ExcelApi 1.2): the same top-left cell, rows and columns added (or taken away). */
  getResizedRange(deltaRows: number, deltaColumns: number): MemoryRange {
    const rows = this.rows + deltaRows;
    const columns = this.columns + deltaColumns;
    if (rows < 1 || columns < 1 || this.row + rows > LIMITS.rows || this.column + columns > LIMITS.columns) throw invalidArgument(`Området ${this.address} kan inte ändras med ${deltaRows} rader och ${deltaColumns} kolumner.`);
    return new MemoryRange(this.ctx, this.sheetData, this.row, this.column, rows, columns);
  }

  /** Range.getIntersection (ExcelApi 1.2): the rectangle both ranges cover; ItemNotFound when they do not meet. */
  getIntersection(other: MemoryRange): MemoryRange {
    const r = this.getIntersectionOrNullObject(other);
    if (r.nullObject) throw itemNotFound(`Skärningen mellan ${this.address} och ${other.address}`);
    return r;
  }

  getIntersectionOrNullObject(other: MemoryRange): MemoryRange {
    const row = Math.max(this.row, other.row);
    const column = Math.max(this.column, other.column);
    const end = Math.min(this.row + this.rows, other.row + other.rows);
    const right = Math.min(this.column + this.columns, other.column + other.columns);
    const none = other.sheetData !== this.sheetData || end <= row || right <= column;
    return none ? new MemoryRange(this.ctx, this.sheetData, this.row, this.column, 1, 1, true) : new MemoryRange(this.ctx, this.sheetData, row, column, end - row, right - column);
  }

  getRow(r: number): MemoryRange {
    return new MemoryRange(this.ctx, this.sheetData, this.row + r, this.column, 1, this.columns);
  }

  /** Range.clear: everything (All), or only the contents (values and formulas, formats kept) or only the formats. */
  clear(applyTo: 'All' | 'Contents' | 'Formats' | string = 'All'): void {
    if (!['All', 'Contents', 'Formats'].includes(applyTo)) throw notModelledClear(applyTo);
    this.ctx.refuseFilteredRows(this.sheetData, this, 'Rensningen');
    this.ctx.act('range.clear', [applyTo]);
    for (const k of [...this.sheetData.cells.keys()]) {
      const [r, c] = k.split(',').map(Number);
      if (r < this.row || r >= this.row + this.rows || c < this.column || c >= this.column + this.columns) continue;
      const cell = this.sheetData.cells.get(k)!;
      if (applyTo === 'All') this.sheetData.cells.delete(k);
      else if (applyTo === 'Contents') this.sheetData.cells.set(k, { ...cell, value: '', formula: undefined, error: false });
      else this.sheetData.cells.set(k, { ...cell, format: undefined, bold: false, wrap: undefined, fill: undefined });
    }
    this.ctx.touched(this.sheetData, this.row, this.column, Math.min(this.rows, 1 + this.sheetData.bounds().rows), Math.min(this.columns, 1 + this.sheetData.bounds().columns));
  }

  /**
   * Deletes the cells and shifts the cells below up. Whole rows of a table's body (the table's full width) may
   * go, and the table shrinks; Excel refuses to shift part of a table or to delete its header row.
   */
  delete(shift: 'Up' | string): void {
    if (shift !== 'Up') throw invalidArgument('Minnesarbetsboken kan bara flytta celler uppåt.');
    const tables = this.ctx.tablesOn(this.sheetData);
    for (const t of tables) {
      const sameColumns = t.column === this.column && t.columns === this.columns;
      const below = t.row > this.row + this.rows - 1;
      const columnsOverlap = t.column < this.column + this.columns && this.column < t.column + t.columns;
      if (!columnsOverlap) continue;
      if (below) {
        if (t.column < this.column || t.column + t.columns > this.column + this.columns) throw invalidOperation(`Cellerna under kan inte flyttas: det skulle flytta en del av tabellen ${t.name}.`);
        continue;
      }
      if (!intersects(this, t)) continue;
      if (!sameColumns) throw invalidOperation(`Borttagningen skulle flytta en del av tabellen ${t.name}; ta bort hela tabellrader.`);
      if (this.row <= t.row) throw invalidOperation(`Tabellen ${t.name}s rubrikrad kan inte tas bort.`);
      if (this.row + this.rows > t.row + t.rows) throw invalidOperation(`Borttagningen når nedanför tabellen ${t.name}.`);
      // Excel keeps one (empty) body row in a table whose rows are all deleted.
      if (this.rows >= t.rows - 1) throw invalidOperation(`Tabellen ${t.name} måste behålla minst en rad.`);
    }
    this.ctx.refuseFilteredRows(this.sheetData, this, 'Borttagningen');
    this.ctx.act('range.delete', [shift]);
    this.ctx.moveCells(this.sheetData, (r, c) => {
      const inColumns = c >= this.column && c < this.column + this.columns;
      if (!inColumns || r < this.row) return [r, c];
      return r >= this.row + this.rows ? [r - this.rows, c] : null;
    });
    for (const t of tables) {
      if (t.column < this.column || t.column + t.columns > this.column + this.columns) continue;
      if (t.row > this.row + this.rows - 1) t.row -= this.rows;
      else if (intersects(this, t)) t.rows -= this.rows;
    }
    this.ctx.touched(this.sheetData, this.row, this.column, this.rows, this.columns);
  }
}

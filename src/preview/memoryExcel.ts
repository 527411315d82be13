/**
 * An in-memory stand-in for the part of the Excel JavaScript API that src/excel uses: worksheets, ranges
 * (values, formulas, number formats), tables, workbook names and a minimal chart. It keeps Office.js's proxy
 * rules that matter for correctness: a property must be loaded and synced before it is read, and
 * `*OrNullObject` results say `isNullObject` only after a sync. Every `context.sync()` is counted.
 *
 * Writes apply at once (the real host applies queued commands in order too, so results are the same).
 * Formula cells get their displayed value from an optional calculator, e.g. one built from the sheet plan's
 * computed values, so the browser preview shows the numbers the domain core computed.
 */
import { cellAddress, columnIndex, columnLetter, sheetRef } from '../workbook/plan';
import type { CellValue, SheetPlan } from '../workbook/plan';
import { planCalculator } from '../workbook/calculator';

export type Calculator = (sheet: string, address: string, formula: string) => CellValue;

interface Cell {
  value: CellValue;
  formula?: string;
  format?: string;
  bold?: boolean;
  /** Print layout of a report's framed block. */
  wrap?: boolean;
  fill?: string;
}

class PropertyNotLoaded extends Error {
  constructor(what: string) {
    super(`PropertyNotLoaded: ${what} har inte laddats med load() och context.sync().`);
    this.name = 'PropertyNotLoaded';
  }
}

class ItemNotFound extends Error {
  constructor(what: string) {
    super(`ItemNotFound: ${what} finns inte.`);
    this.name = 'ItemNotFound';
  }
}

/** A loadable proxy: reading a property needs load() then sync(), like Office.js. */
abstract class Proxy {
  private loadedProps: Set<string> | 'all' | null = null;
  private pending: string[] | 'all' | null = null;
  constructor(protected readonly ctx: MemoryContext) {}

  load(props?: string | string[] | Record<string, unknown>): this {
    const list = typeof props === 'string' ? props.split(',').map((p) => p.trim().split('/')[0]) : Array.isArray(props) ? props : null;
    this.pending = list && list.length > 0 ? list : 'all';
    this.ctx.enqueue(this);
    return this;
  }

  /** Called by sync(): what was asked for is now readable. */
  markLoaded(): void {
    if (this.pending === 'all' || this.loadedProps === 'all') this.loadedProps = 'all';
    else this.loadedProps = new Set([...(this.loadedProps ?? []), ...(this.pending ?? [])]);
    this.pending = null;
  }

  protected need(prop: string): void {
    if (this.loadedProps === 'all' || this.loadedProps?.has(prop)) return;
    // Office.js answers isNullObject after any sync that loaded the object.
    if (prop === 'isNullObject' && this.loadedProps !== null) return;
    throw new PropertyNotLoaded(`${this.constructor.name}.${prop}`);
  }
}

/** Text written as "'=x" is the text "=x"; numeric text becomes a number, as Excel does. */
function parseInput(input: unknown): Cell {
  if (input === null || input === undefined || input === '') return { value: '' };
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input };
  const s = String(input);
  if (s.startsWith("'")) return { value: s.slice(1) };
  if (s.startsWith('=') && s.length > 1) return { value: null, formula: s };
  if (/^\s*-?\d+(\.\d+)?\s*$/.test(s)) return { value: Number(s) };
  return { value: s };
}

/**
 * The value of a formula that is plain arithmetic ("=550000*2", "=(100+50)/3"), as a user types in a cell;
 * null for anything else (references, functions). Division by zero shows Excel's #DIV/0!.
 */
export function arithmetic(formula: string): number | string | null {
  const src = formula.replace(/^=/, '').replace(/\s+/g, '');
  if (!/^[\d.+\-*/()]+$/.test(src)) return null;
  let i = 0;
  const expr = (): number => {
    let v = term();
    while (src[i] === '+' || src[i] === '-') v = src[i++] === '+' ? v + term() : v - term();
    return v;
  };
  const term = (): number => {
    let v = factor();
    while (src[i] === '*' || src[i] === '/') v = src[i++] === '*' ? v * factor() : v / factor();
    return v;
  };
  const factor = (): number => {
    if (src[i] === '-') {
      i++;
      return -factor();
    }
    if (src[i] === '(') {
      i++;
      const v = expr();
      if (src[i++] !== ')') throw new Error('parenthesis');
      return v;
    }
    const m = /^\d+(\.\d+)?/.exec(src.slice(i));
    if (!m) throw new Error('number');
    i += m[0].length;
    return Number(m[0]);
  };
  try {
    const v = expr();
    if (i !== src.length) return null;
    return Number.isFinite(v) ? v : '#DIV/0!';
  } catch {
    return null;
  }
}

export class MemorySheet {
  readonly cells = new Map<string, Cell>();
  frozenRows = 0;
  /** Excel's SheetVisibility: the pane keeps its undo record on a hidden sheet. */
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  readonly columnWidths = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  /** Blocks given borders (kept as blocks: a report's frame covers thousands of cells). */
  readonly borderedRanges: { row: number; column: number; rows: number; columns: number }[] = [];
  readonly charts: MemoryChartData[] = [];
  constructor(public name: string) {}

  get(r: number, c: number): Cell | undefined {
    return this.cells.get(`${r},${c}`);
  }

  set(r: number, c: number, cell: Partial<Cell>): void {
    const prev = this.cells.get(`${r},${c}`) ?? { value: '' };
    this.cells.set(`${r},${c}`, { ...prev, ...cell });
  }

  bounds(): { rows: number; columns: number } {
    let rows = 0;
    let columns = 0;
    for (const [k, cell] of this.cells) {
      if (cell.value === '' && !cell.formula) continue;
      const [r, c] = k.split(',').map(Number);
      rows = Math.max(rows, r + 1);
      columns = Math.max(columns, c + 1);
    }
    return { rows, columns };
  }
}

interface MemoryChartData {
  name: string;
  type: string;
  source: string;
  title: string;
}

interface TableData {
  name: string;
  sheet: MemorySheet;
  row: number;
  column: number;
  /** Rows including the header. */
  rows: number;
  columns: number;
}

function parseAddress(address: string): { sheet?: string; r0: number; c0: number; r1: number; c1: number } {
  let sheet: string | undefined;
  let ref = address;
  const bang = address.lastIndexOf('!');
  if (bang >= 0) {
    sheet = address.slice(0, bang).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
    ref = address.slice(bang + 1);
  }
  const [a, b = a] = ref.replace(/\$/g, '').split(':');
  const cell = (s: string) => {
    const m = /^([A-Z]+)(\d+)$/i.exec(s);
    if (!m) throw new Error(`InvalidArgument: adressen "${address}" kan inte läsas.`);
    return { r: Number(m[2]) - 1, c: columnIndex(m[1]) };
  };
  const p = cell(a);
  const q = cell(b);
  return { sheet, r0: Math.min(p.r, q.r), c0: Math.min(p.c, q.c), r1: Math.max(p.r, q.r), c1: Math.max(p.c, q.c) };
}

export class MemoryRange extends Proxy {
  constructor(
    ctx: MemoryContext,
    readonly sheetData: MemorySheet,
    readonly row: number,
    readonly column: number,
    readonly rows: number,
    readonly columns: number,
    private readonly nullObject = false,
  ) {
    super(ctx);
  }

  get isNullObject(): boolean {
    this.need('isNullObject');
    return this.nullObject;
  }

  private grid<T>(pick: (cell: Cell | undefined, r: number, c: number) => T): T[][] {
    return Array.from({ length: this.rows }, (_, i) => Array.from({ length: this.columns }, (_, j) => pick(this.sheetData.get(this.row + i, this.column + j), this.row + i, this.column + j)));
  }

  private put(matrix: unknown[][], apply: (r: number, c: number, v: unknown) => void): void {
    const one = matrix.length === 1 && matrix[0].length === 1;
    if (!one && (matrix.length !== this.rows || matrix.some((row) => row.length !== this.columns))) {
      throw new Error(`InvalidArgument: ${matrix.length}×${matrix[0]?.length ?? 0} värden passar inte området ${this.address}.`);
    }
    for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) apply(this.row + i, this.column + j, one ? matrix[0][0] : matrix[i][j]);
  }

  get values(): CellValue[][] {
    this.need('values');
    return this.grid((c, r, col) => this.ctx.displayValue(this.sheetData, r, col, c));
  }
  /** As in Excel, a string that begins with "=" set through values becomes a formula too. */
  set values(matrix: unknown[][]) {
    this.formulas = matrix;
  }

  get formulas(): CellValue[][] {
    this.need('formulas');
    return this.grid((c) => (c?.formula ? c.formula : (c?.value ?? '')));
  }
  set formulas(matrix: unknown[][]) {
    this.put(matrix, (r, c, v) => {
      const cell = parseInput(v);
      this.sheetData.set(r, c, { value: cell.value, formula: cell.formula });
    });
  }

  get numberFormat(): string[][] {
    this.need('numberFormat');
    return this.grid((c) => c?.format ?? 'General');
  }
  set numberFormat(matrix: unknown[][]) {
    this.put(matrix, (r, c, v) => this.sheetData.set(r, c, { format: String(v) }));
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
          range.put([[b]], (r, c) => range.sheetData.set(r, c, { bold: b }));
        },
      },
      set columnWidth(points: number) {
        for (let j = 0; j < range.columns; j++) range.sheetData.columnWidths.set(range.column + j, points);
      },
      set wrapText(w: boolean) {
        range.each((r, c) => range.sheetData.set(r, c, { wrap: w }));
      },
      set verticalAlignment(_v: string) {},
      fill: {
        set color(color: string) {
          range.each((r, c) => range.sheetData.set(r, c, { fill: color }));
        },
      },
      borders: {
        getItem: (_edge: string) => ({
          set style(style: string) {
            if (style !== 'None') range.sheetData.borderedRanges.push({ row: range.row, column: range.column, rows: range.rows, columns: range.columns });
          },
          set color(_c: string) {},
        }),
      },
      autofitColumns() {},
      autofitRows() {},
    };
  }

  /** Every cell of the range (0-based sheet row and column). */
  private each(apply: (r: number, c: number) => void): void {
    for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) apply(this.row + i, this.column + j);
  }

  getEntireColumn(): MemoryRange {
    return new MemoryRange(this.ctx, this.sheetData, 0, this.column, 1048576, this.columns);
  }

  set columnHidden(hidden: boolean) {
    for (let j = 0; j < this.columns; j++) {
      if (hidden) this.sheetData.hiddenColumns.add(this.column + j);
      else this.sheetData.hiddenColumns.delete(this.column + j);
    }
  }

  getCell(r: number, c: number): MemoryRange {
    return new MemoryRange(this.ctx, this.sheetData, this.row + r, this.column + c, 1, 1);
  }

  getRow(r: number): MemoryRange {
    return new MemoryRange(this.ctx, this.sheetData, this.row + r, this.column, 1, this.columns);
  }

  clear(): void {
    for (const k of [...this.sheetData.cells.keys()]) {
      const [r, c] = k.split(',').map(Number);
      if (r >= this.row && r < this.row + this.rows && c >= this.column && c < this.column + this.columns) this.sheetData.cells.delete(k);
    }
  }

  /** Deletes the cells and shifts the cells below up (tables that lose body rows shrink). */
  delete(shift: 'Up' | string): void {
    if (shift !== 'Up') throw new Error('Minnesarbetsboken kan bara flytta celler uppåt.');
    const moved = new Map<string, Cell>();
    for (const [k, cell] of this.sheetData.cells) {
      const [r, c] = k.split(',').map(Number);
      const inColumns = c >= this.column && c < this.column + this.columns;
      if (!inColumns || r < this.row) moved.set(k, cell);
      else if (r >= this.row + this.rows) moved.set(`${r - this.rows},${c}`, cell);
    }
    this.sheetData.cells.clear();
    for (const [k, v] of moved) this.sheetData.cells.set(k, v);
    for (const t of this.ctx.tables.values()) {
      if (t.sheet === this.sheetData && t.column === this.column && t.columns === this.columns && this.row > t.row && this.row + this.rows <= t.row + t.rows) {
        t.rows -= this.rows;
      }
    }
  }
}

export class MemoryWorksheet extends Proxy {
  constructor(
    ctx: MemoryContext,
    readonly data: MemorySheet | null,
  ) {
    super(ctx);
  }

  get isNullObject(): boolean {
    this.need('isNullObject');
    return this.data === null;
  }

  private sheet(): MemorySheet {
    if (!this.data) throw new ItemNotFound('Bladet');
    return this.data;
  }

  get name(): string {
    this.need('name');
    return this.sheet().name;
  }

  getRange(address?: string): MemoryRange {
    const s = this.sheet();
    if (!address) return new MemoryRange(this.ctx, s, 0, 0, 1048576, 16384);
    const a = parseAddress(address);
    return new MemoryRange(this.ctx, s, a.r0, a.c0, a.r1 - a.r0 + 1, a.c1 - a.c0 + 1);
  }

  getRangeByIndexes(row: number, column: number, rows: number, columns: number): MemoryRange {
    return new MemoryRange(this.ctx, this.sheet(), row, column, rows, columns);
  }

  getUsedRangeOrNullObject(): MemoryRange {
    const s = this.sheet();
    const b = s.bounds();
    return new MemoryRange(this.ctx, s, 0, 0, Math.max(1, b.rows), Math.max(1, b.columns), b.rows === 0);
  }

  get tables() {
    const ctx = this.ctx;
    const sheet = this.sheet();
    return {
      add: (where: MemoryRange | string, hasHeaders: boolean) => {
        const range = typeof where === 'string' ? this.getRange(where) : where;
        if (!hasHeaders) throw new Error('Minnesarbetsboken skapar bara tabeller med rubrikrad.');
        return ctx.addTable(sheet, range);
      },
    };
  }

  get charts() {
    const ctx = this.ctx;
    const sheet = this.sheet();
    const collection = {
      add: (type: string, source: MemoryRange, _seriesBy?: string) => {
        const data: MemoryChartData = { name: `Diagram ${sheet.charts.length + 1}`, type, source: source.address, title: '' };
        sheet.charts.push(data);
        return new MemoryChart(ctx, sheet, data);
      },
      load: () => collection,
      getItem: (name: string) => {
        const data = sheet.charts.find((c) => c.name === name);
        if (!data) throw new ItemNotFound(`Diagrammet ${name}`);
        return new MemoryChart(ctx, sheet, data);
      },
      get items(): MemoryChart[] {
        return sheet.charts.map((c) => new MemoryChart(ctx, sheet, c));
      },
    };
    return collection;
  }

  get freezePanes() {
    const sheet = this.sheet();
    return {
      freezeRows: (n: number) => {
        sheet.frozenRows = n;
      },
      unfreeze: () => {
        sheet.frozenRows = 0;
      },
    };
  }

  get visibility(): string {
    this.need('visibility');
    return this.sheet().visibility;
  }
  set visibility(v: string) {
    if (v !== 'Visible' && v !== 'Hidden' && v !== 'VeryHidden') throw new Error(`InvalidArgument: synlighet ${v}.`);
    this.sheet().visibility = v;
  }

  activate(): void {
    this.ctx.active = this.sheet();
  }

  delete(): void {
    this.ctx.sheets.splice(this.ctx.sheets.indexOf(this.sheet()), 1);
  }
}

export class MemoryChart {
  constructor(
    private readonly ctx: MemoryContext,
    private readonly sheet: MemorySheet,
    readonly data: MemoryChartData,
  ) {}
  get name(): string {
    return this.data.name;
  }
  set name(n: string) {
    this.data.name = n;
  }
  get title() {
    const data = this.data;
    return {
      set text(t: string) {
        data.title = t;
      },
    };
  }
  get series() {
    return { getItemAt: () => ({ setXAxisValues: () => undefined, set name(_n: string) {} }) };
  }
  setPosition(): void {}
  delete(): void {
    this.sheet.charts.splice(this.sheet.charts.indexOf(this.data), 1);
    void this.ctx;
  }
}

export class MemoryTable extends Proxy {
  constructor(
    ctx: MemoryContext,
    readonly data: TableData | null,
  ) {
    super(ctx);
  }
  get isNullObject(): boolean {
    this.need('isNullObject');
    return this.data === null;
  }
  private t(): TableData {
    if (!this.data) throw new ItemNotFound('Tabellen');
    return this.data;
  }
  get name(): string {
    this.need('name');
    return this.t().name;
  }
  set name(n: string) {
    const t = this.t();
    this.ctx.tables.delete(t.name.toLowerCase());
    t.name = n;
    this.ctx.tables.set(n.toLowerCase(), t);
  }
  get worksheet(): MemoryWorksheet {
    return new MemoryWorksheet(this.ctx, this.t().sheet);
  }
  getRange(): MemoryRange {
    const t = this.t();
    return new MemoryRange(this.ctx, t.sheet, t.row, t.column, t.rows, t.columns);
  }
  getHeaderRowRange(): MemoryRange {
    const t = this.t();
    return new MemoryRange(this.ctx, t.sheet, t.row, t.column, 1, t.columns);
  }
  getDataBodyRange(): MemoryRange {
    const t = this.t();
    return new MemoryRange(this.ctx, t.sheet, t.row + 1, t.column, Math.max(1, t.rows - 1), t.columns);
  }
  get columns() {
    const t = this.t();
    return {
      /** Inserts a column (at the end without an index); the cells right of it in the table's rows move right. */
      add: (index?: number | null, values?: unknown[][] | string | number, name?: string) => {
        const at = t.column + (index ?? t.columns);
        const moved = new Map<string, Cell>();
        for (const [k, cell] of t.sheet.cells) {
          const [r, c] = k.split(',').map(Number);
          moved.set(r >= t.row && r < t.row + t.rows && c >= at ? `${r},${c + 1}` : k, cell);
        }
        t.sheet.cells.clear();
        for (const [k, v] of moved) t.sheet.cells.set(k, v);
        t.columns += 1;
        const column = Array.isArray(values) ? values.map((r) => r[0]) : [name ?? `Kolumn${t.columns}`, ...Array.from({ length: t.rows - 1 }, () => values ?? '')];
        column.forEach((v, i) => t.sheet.set(t.row + i, at, parseInput(i === 0 && name ? name : v)));
      },
    };
  }
  get rows() {
    const t = this.t();
    return {
      /** Appends rows at the end; the cells below the table in its columns move down. */
      add: (_index: number | null | undefined, values: unknown[][]) => {
        const n = values.length;
        const bottom = t.row + t.rows;
        const moved = new Map<string, Cell>();
        for (const [k, cell] of t.sheet.cells) {
          const [r, c] = k.split(',').map(Number);
          const inColumns = c >= t.column && c < t.column + t.columns;
          moved.set(inColumns && r >= bottom ? `${r + n},${c}` : k, cell);
        }
        t.sheet.cells.clear();
        for (const [k, v] of moved) t.sheet.cells.set(k, v);
        t.rows += n;
        new MemoryRange(this.ctx, t.sheet, bottom, t.column, n, t.columns).formulas = values;
      },
    };
  }
}

export class MemoryNamedItem extends Proxy {
  constructor(
    ctx: MemoryContext,
    readonly target: { sheet: MemorySheet; row: number; column: number } | null,
  ) {
    super(ctx);
  }
  get isNullObject(): boolean {
    this.need('isNullObject');
    return this.target === null;
  }
  getRange(): MemoryRange {
    if (!this.target) throw new ItemNotFound('Namnet');
    return new MemoryRange(this.ctx, this.target.sheet, this.target.row, this.target.column, 1, 1);
  }
  delete(): void {
    for (const [k, v] of this.ctx.names) if (v === this.target) this.ctx.names.delete(k);
  }
}

export class MemoryContext {
  readonly sheets: MemorySheet[] = [];
  readonly tables = new Map<string, TableData>();
  readonly names = new Map<string, { sheet: MemorySheet; row: number; column: number }>();
  active: MemorySheet | null = null;
  syncCount = 0;
  /** Full recalculations requested (application.calculate), for tests. */
  calculations = 0;
  calculator: Calculator | null;
  private queue: Proxy[] = [];
  readonly workbook: ReturnType<MemoryContext['makeWorkbook']>;

  constructor(calculator: Calculator | null) {
    this.calculator = calculator;
    this.workbook = this.makeWorkbook();
  }

  enqueue(p: Proxy): void {
    this.queue.push(p);
  }

  async sync(): Promise<void> {
    this.syncCount++;
    for (const p of this.queue) p.markLoaded();
    this.queue = [];
  }

  /** The value a cell shows: a formula's value comes from the calculator, or is computed when it is plain arithmetic. */
  displayValue(sheet: MemorySheet, r: number, c: number, cell: Cell | undefined): CellValue {
    if (!cell) return '';
    if (!cell.formula) return cell.value;
    const v = this.calculator ? this.calculator(sheet.name, cellAddress(r, c), cell.formula) : null;
    return v ?? arithmetic(cell.formula) ?? '';
  }

  sheetByName(name: string): MemorySheet | null {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null;
  }

  addTable(sheet: MemorySheet, range: MemoryRange): MemoryTable {
    const name = `Tabell${this.tables.size + 1}`;
    const data: TableData = { name, sheet, row: range.row, column: range.column, rows: range.rows, columns: range.columns };
    this.tables.set(name.toLowerCase(), data);
    return new MemoryTable(this, data);
  }

  private makeWorkbook() {
    const ctx = this; // eslint-disable-line @typescript-eslint/no-this-alias -- the proxy objects below call back into this context
    return {
      worksheets: {
        getItem(name: string): MemoryWorksheet {
          const s = ctx.sheetByName(name);
          if (!s) throw new ItemNotFound(`Bladet ${name}`);
          return new MemoryWorksheet(ctx, s);
        },
        getItemOrNullObject(name: string): MemoryWorksheet {
          return new MemoryWorksheet(ctx, ctx.sheetByName(name));
        },
        add(name: string): MemoryWorksheet {
          if (ctx.sheetByName(name)) throw new Error(`ItemAlreadyExists: bladet ${name} finns redan.`);
          const s = new MemorySheet(name);
          ctx.sheets.push(s);
          if (!ctx.active) ctx.active = s;
          return new MemoryWorksheet(ctx, s);
        },
        getActiveWorksheet(): MemoryWorksheet {
          return new MemoryWorksheet(ctx, ctx.active);
        },
        load(): unknown {
          return ctx.workbook.worksheets;
        },
        get items(): MemoryWorksheet[] {
          return ctx.sheets.map((s) => {
            const w = new MemoryWorksheet(ctx, s);
            w.load();
            w.markLoaded();
            return w;
          });
        },
      },
      tables: {
        getItemOrNullObject(name: string): MemoryTable {
          return new MemoryTable(ctx, ctx.tables.get(name.toLowerCase()) ?? null);
        },
        getItem(name: string): MemoryTable {
          const t = ctx.tables.get(name.toLowerCase());
          if (!t) throw new ItemNotFound(`Tabellen ${name}`);
          return new MemoryTable(ctx, t);
        },
      },
      names: {
        add(name: string, reference: MemoryRange): void {
          if (ctx.names.has(name.toLowerCase())) throw new Error(`ItemAlreadyExists: namnet ${name} finns redan.`);
          ctx.names.set(name.toLowerCase(), { sheet: reference.sheetData, row: reference.row, column: reference.column });
        },
        getItemOrNullObject(name: string): MemoryNamedItem {
          return new MemoryNamedItem(ctx, ctx.names.get(name.toLowerCase()) ?? null);
        },
      },
      application: {
        calculate(): void {
          ctx.calculations++;
        },
      },
    };
  }

  /** Used by src/excel after writing a plan: formula cells then show the plan's computed values. */
  adoptPlan(sheets: SheetPlan[]): void {
    this.calculator = planCalculator(sheets);
  }
}

export interface GridCell {
  address: string;
  value: CellValue;
  formula: string | null;
  format: string | null;
  bold: boolean;
}

/** The in-memory workbook: `context` goes where Excel.run's context would; the rest is for the grid view. */
export class MemoryWorkbook {
  readonly context: MemoryContext;

  constructor(options: { calculate?: Calculator } = {}) {
    this.context = new MemoryContext(options.calculate ?? null);
  }

  /** The context typed as Office.js's, for code written against Excel.RequestContext. */
  get excelContext(): Excel.RequestContext {
    return this.context as unknown as Excel.RequestContext;
  }

  get syncCount(): number {
    return this.context.syncCount;
  }

  /** Runs a function like Excel.run does. */
  async run<T>(fn: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    return fn(this.excelContext);
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

  activeSheet(): string | null {
    return this.context.active?.name ?? null;
  }

  setActiveSheet(name: string): void {
    const s = this.context.sheetByName(name);
    if (!s) throw new ItemNotFound(`Bladet ${name}`);
    this.context.active = s;
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
    const cell = parseInput(input);
    s.set(a.r0, a.c0, { value: cell.value, formula: cell.formula });
  }

  /** Inserts whole sheet columns as a user does; tables the insertion falls inside get wider. */
  insertColumns(sheet: string, column: string, count = 1): void {
    const s = this.requireSheet(sheet);
    const at = columnIndex(column);
    this.shift(s, (r, c) => (c >= at ? [r, c + count] : [r, c]));
    for (const t of this.tablesOn(s)) {
      if (t.column >= at) t.column += count;
      else if (at < t.column + t.columns) t.columns += count;
    }
  }

  /** Deletes a whole sheet column; a table loses that column. */
  deleteColumn(sheet: string, column: string): void {
    const s = this.requireSheet(sheet);
    const at = columnIndex(column);
    this.shift(s, (r, c) => (c === at ? null : c > at ? [r, c - 1] : [r, c]));
    for (const t of this.tablesOn(s)) {
      if (t.column > at) t.column -= 1;
      else if (at < t.column + t.columns) t.columns -= 1;
    }
  }

  /** Inserts whole sheet rows before a row (1-based); a table the insertion falls inside gets more body rows. */
  insertRows(sheet: string, row: number, count = 1): void {
    const s = this.requireSheet(sheet);
    const at = row - 1;
    this.shift(s, (r, c) => (r >= at ? [r + count, c] : [r, c]));
    for (const t of this.tablesOn(s)) {
      if (t.row >= at) t.row += count;
      else if (at < t.row + t.rows) t.rows += count;
    }
  }

  /** Deletes a whole sheet row (1-based); a table loses that row. */
  deleteRow(sheet: string, row: number): void {
    const s = this.requireSheet(sheet);
    const at = row - 1;
    this.shift(s, (r, c) => (r === at ? null : r > at ? [r - 1, c] : [r, c]));
    for (const t of this.tablesOn(s)) {
      if (t.row > at) t.row -= 1;
      else if (at < t.row + t.rows) t.rows -= 1;
    }
  }

  /** Grows a table as Excel does when a user types right below or beside it. */
  extendTable(name: string, more: { rows?: number; columns?: number }): void {
    const t = this.context.tables.get(name.toLowerCase());
    if (!t) throw new ItemNotFound(`Tabellen ${name}`);
    t.rows += more.rows ?? 0;
    t.columns += more.columns ?? 0;
  }

  /** The table's position: zero-based header row and first column, rows with the header, columns. */
  table(name: string): { sheet: string; row: number; column: number; rows: number; columns: number } {
    const t = this.context.tables.get(name.toLowerCase());
    if (!t) throw new ItemNotFound(`Tabellen ${name}`);
    return { sheet: t.sheet.name, row: t.row, column: t.column, rows: t.rows, columns: t.columns };
  }

  private tablesOn(s: MemorySheet): TableData[] {
    return [...this.context.tables.values()].filter((t) => t.sheet === s);
  }

  private shift(s: MemorySheet, to: (r: number, c: number) => [number, number] | null): void {
    const moved = new Map<string, Cell>();
    for (const [k, cell] of s.cells) {
      const [r, c] = k.split(',').map(Number);
      const dest = to(r, c);
      if (dest) moved.set(`${dest[0]},${dest[1]}`, cell);
    }
    s.cells.clear();
    for (const [k, v] of moved) s.cells.set(k, v);
  }

  addSheet(name: string): void {
    this.context.workbook.worksheets.add(name);
  }

  private requireSheet(name: string): MemorySheet {
    const s = this.context.sheetByName(name);
    if (!s) throw new ItemNotFound(`Bladet ${name}`);
    return s;
  }
}

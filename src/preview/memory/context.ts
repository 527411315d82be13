import { cellAddress, sheetRef } from '../../workbook/plan';
import type { CellValue, SheetPlan } from '../../workbook/plan';
import { planCalculator } from '../../workbook/calculator';
import { CellMove, adjustFormula } from './adjust';
import { MemoryExcelError, invalidArgument, invalidOperation, itemAlreadyExists, itemNotFound } from './errors';
import { passes } from './filter';
import { formulaProblem } from './formula';
import { arithmetic } from './input';
import type { Cell } from './input';
import { LIMITS, jsonBytes, utf8Length } from './limits';
import { checkName, checkSheetName } from './names';
import type { LoadableProxy, ProxyContext } from './proxy';
import { MemoryRange } from './range';
import { MemorySheet } from './sheet';
import { MemoryTable } from './table';
import { TableData, cloneTable, intersects } from './tableData';
import { MemoryNamedItem, MemoryWorksheet } from './worksheet';

export type Calculator = (sheet: string, address: string, formula: string) => CellValue;

/** Excel.WorksheetChangedEventArgs as far as the add-in reads them. */
export interface ChangedEvent {
  type: 'WorksheetChanged';
  worksheetId: string;
  address: string;
  changeType: 'RangeEdited';
  source: 'Local';
  /** ExcelApi 1.14: 'ThisLocalAddin' for the add-in's own writes. */
  triggerSource: 'ThisLocalAddin' | 'Unknown';
}

type ChangeHandler = (event: ChangedEvent) => Promise<unknown> | unknown;

export interface NameTarget {
  sheet: MemorySheet;
  row: number;
  column: number;
}

/** The add-in's custom functions (manifest namespace IOP): `IOP.INDEX(…)` is a function in this workbook. */
const CUSTOM_FUNCTION_NAMESPACES = ['IOP'];

/** Per action, what Office.js adds around its arguments (action type, object path ids); an estimate. */
const ACTION_BYTES = 64;

/**
 * The request context: the workbook's state, the queue of loads, and the accounting of each sync. Writes apply
 * at once (the host applies queued commands in order too), but a sync whose request is over Excel on the web's
 * 5 MB is refused whole: the batch is undone and the sync throws RequestPayloadSizeLimitExceeded, as Excel
 * refuses the request. A response over 5 MB is refused the same way.
 */
export class MemoryContext implements ProxyContext {
  readonly sheets: MemorySheet[] = [];
  readonly tables = new Map<string, TableData>();
  readonly names = new Map<string, NameTarget>();
  active: MemorySheet | null = null;
  syncCount = 0;
  /** Full recalculations requested (application.calculate), for tests. */
  calculations = 0;
  calculator: Calculator | null;
  /** Bytes each completed sync sent and received, in order. */
  readonly syncs: { request: number; response: number }[] = [];
  readonly runtime = { enableEvents: true };
  /**
   * The user's AutoCorrect option "Fill formulas in tables to create calculated columns" (on by default), which
   * Excel applies to the API's writes too (OfficeDev/office-js #1916, #2093, #6745): on, rows added to a table get
   * a calculated column's formula where their value is empty, and a formula written into part of an otherwise
   * empty table column fills the whole column; off, cells get exactly what was written.
   */
  readonly autoCorrect = { fillFormulas: true };
  private loads: LoadableProxy[] = [];
  private requestBytes = 0;
  private undo: (() => void) | null = null;
  private changed = new Map<MemorySheet, { r0: number; c0: number; r1: number; c1: number }>();
  private handlers: ChangeHandler[] = [];
  private running: Promise<unknown>[] = [];
  readonly workbook: ReturnType<MemoryContext['makeWorkbook']>;

  constructor(calculator: Calculator | null) {
    this.calculator = calculator;
    this.workbook = this.makeWorkbook();
  }

  enqueueLoad(p: LoadableProxy): void {
    this.loads.push(p);
    this.requestBytes += ACTION_BYTES;
  }

  /** Every queued write or method call: counts its bytes in the request and makes the batch undoable. */
  act(name: string, args: unknown = null): void {
    this.requestBytes += ACTION_BYTES + utf8Length(name) + jsonBytes(args);
    if (!this.undo) this.undo = this.snapshot();
  }

  /** Cells a write touched, for the change events after the sync. */
  touched(sheet: MemorySheet, r0: number, c0: number, rows: number, columns: number): void {
    const prev = this.changed.get(sheet);
    const r1 = r0 + Math.max(1, rows) - 1;
    const c1 = c0 + Math.max(1, columns) - 1;
    this.changed.set(sheet, prev ? { r0: Math.min(prev.r0, r0), c0: Math.min(prev.c0, c0), r1: Math.max(prev.r1, r1), c1: Math.max(prev.c1, c1) } : { r0, c0, r1, c1 });
  }

  async sync(): Promise<void> {
    this.syncCount++;
    const request = this.requestBytes;
    const response = this.loads.reduce((n, p) => n + p.loadedSize(p.pendingProps()), 0);
    const loads = this.loads;
    this.loads = [];
    this.requestBytes = 0;
    const refuse = (code: string, what: string, bytes: number) => {
      this.undo?.();
      this.undo = null;
      this.changed.clear();
      throw new MemoryExcelError(code, `${what} är ${(bytes / 1e6).toFixed(2)} MB; Excel på webben tar emot högst ${LIMITS.requestBytes / 1e6} MB per anrop.`);
    };
    if (request > LIMITS.requestBytes) refuse('RequestPayloadSizeLimitExceeded', 'Begäran', request);
    if (response > LIMITS.responseBytes) refuse('ResponsePayloadSizeLimitExceeded', 'Svaret', response);
    this.syncs.push({ request, response });
    for (const p of loads) p.markLoaded();
    this.undo = null;
    if (this.runtime.enableEvents) this.emitChanges('ThisLocalAddin');
    else this.changed.clear();
  }

  /** Raises worksheets.onChanged for what changed, after the current call returns (events are asynchronous). */
  emitChanges(triggerSource: ChangedEvent['triggerSource']): void {
    const changes = [...this.changed];
    this.changed.clear();
    if (this.handlers.length === 0) return;
    for (const [sheet, b] of changes) {
      const start = cellAddress(b.r0, b.c0);
      const end = cellAddress(b.r1, b.c1);
      const event: ChangedEvent = { type: 'WorksheetChanged', worksheetId: sheet.id, address: start === end ? start : `${start}:${end}`, changeType: 'RangeEdited', source: 'Local', triggerSource };
      for (const handler of this.handlers) {
        this.running.push(new Promise((resolve) => setTimeout(resolve, 0)).then(() => handler(event)));
      }
    }
  }

  /** Resolves when every event handler raised so far has finished (for tests). */
  async eventsSettled(): Promise<void> {
    while (this.running.length > 0) {
      const now = this.running;
      this.running = [];
      await Promise.allSettled(now);
    }
  }

  /** A table's column headers as its header row holds them (null when there is no such table). */
  tableColumns(name: string): string[] | null {
    const t = this.tables.get(name.toLowerCase());
    if (!t) return null;
    return Array.from({ length: t.columns }, (_, j) => String(t.sheet.get(t.row, t.column + j)?.value ?? ''));
  }

  /**
   * Refuses a formula Excel would refuse (see formula.ts: structured references, brackets, parentheses, quotes,
   * functions, #This Row), as Range.formulas answers InvalidArgument. `[@Column]` refers to the table that holds
   * the cell.
   */
  checkFormula(sheet: MemorySheet, r: number, c: number, formula: string): void {
    const host = this.tablesOn(sheet).find((t) => r > t.row && r < t.row + t.rows && c >= t.column && c < t.column + t.columns);
    const problem = formulaProblem(formula, { form: 'api', columnsOf: (t) => this.tableColumns(t), hostTable: host?.name ?? null, customNamespaces: CUSTOM_FUNCTION_NAMESPACES });
    if (problem) {
      const shown = formula.length > 160 ? `${formula.slice(0, 160)}…` : formula;
      throw invalidArgument(`Formeln i ${sheetRef(sheet.name)}!${cellAddress(r, c)} godtas inte av Excel: ${problem.message} (${shown}).`);
    }
  }

  /** The value a cell shows: a formula's value comes from the calculator, or is computed when it is plain arithmetic. */
  displayValue(sheet: MemorySheet, r: number, c: number, cell: Cell | undefined): CellValue {
    if (!cell) return '';
    if (!cell.formula) return cell.value;
    const v = this.calculator ? this.calculator(sheet.name, cellAddress(r, c), cell.formula) : null;
    return v ?? arithmetic(cell.formula) ?? '';
  }

  sheetByName(name: string): MemorySheet | null {
    return this.sheets.find((s) => s.name.toLowerCase() === String(name).toLowerCase()) ?? null;
  }

  /**
   * Moves cells of a sheet (inserted or deleted rows or columns) and rewrites every formula in the workbook that
   * refers to them, as Excel does.
   */
  moveCells(sheet: MemorySheet, move: CellMove): void {
    sheet.shift(move);
    for (const s of this.sheets) {
      for (const [k, cell] of s.cells) {
        if (!cell.formula) continue;
        if (s !== sheet && !cell.formula.toLowerCase().includes(`${sheet.name.toLowerCase()}`)) continue;
        const adjusted = adjustFormula(cell.formula, s === sheet, sheet, move);
        if (adjusted !== cell.formula) s.cells.set(k, { ...cell, formula: adjusted });
      }
    }
  }

  tablesOn(sheet: MemorySheet): TableData[] {
    return [...this.tables.values()].filter((t) => t.sheet === sheet);
  }

  /** Sheet rows a table's filters hide. */
  hiddenRows(t: TableData): Set<number> {
    const hidden = new Set<number>();
    if (t.filters.size === 0) return hidden;
    for (let r = t.row + 1; r < t.row + t.rows; r++) {
      for (const [j, criteria] of t.filters) {
        if (!passes(criteria, this.displayValue(t.sheet, r, t.column + j, t.sheet.get(r, t.column + j)))) {
          hidden.add(r);
          break;
        }
      }
    }
    return hidden;
  }

  /**
   * Writing into, inserting or deleting rows of a filtered table is refused: Excel misplaces or refuses such
   * changes (OfficeDev/office-js issues 224 and 994), so the add-in must clear the filter first.
   */
  refuseFilteredRows(sheet: MemorySheet, area: { row: number; column: number; rows: number; columns: number }, what: string): void {
    for (const t of this.tablesOn(sheet)) {
      if (t.filters.size === 0 || !intersects(area, t)) continue;
      const hidden = this.hiddenRows(t);
      for (let r = area.row; r < area.row + area.rows; r++) {
        if (hidden.has(r)) throw invalidOperation(`${what} i tabellen ${t.name} når rad ${r + 1}, som filtret döljer; rensa filtret först.`);
      }
    }
  }

  /** A name for a new table or defined name: valid, and free among tables and names alike. */
  checkFreeName(name: string, what: 'Tabellnamnet' | 'Namnet', self?: TableData): void {
    checkName(name, what);
    const key = name.toLowerCase();
    const table = this.tables.get(key);
    if ((table && table !== self) || this.names.has(key)) throw itemAlreadyExists(`Namnet ${name}`);
  }

  addSheet(name: string): MemorySheet {
    checkSheetName(name);
    if (this.sheetByName(name)) throw itemAlreadyExists(`Bladet ${name}`);
    const s = new MemorySheet(name);
    this.act('worksheets.add', [name]);
    this.sheets.push(s);
    if (!this.active) this.active = s;
    return s;
  }

  addTable(sheet: MemorySheet, range: MemoryRange): MemoryTable {
    const area = { row: range.row, column: range.column, rows: range.rows, columns: range.columns };
    if (area.rows < 2) throw invalidArgument('En tabell med rubrikrad behöver minst två rader.');
    for (const t of this.tablesOn(sheet)) if (intersects(area, t)) throw invalidArgument(`En tabell kan inte överlappa tabellen ${t.name}.`);
    let n = this.tables.size + 1;
    while (this.tables.has(`tabell${n}`) || this.names.has(`tabell${n}`)) n++;
    const name = `Tabell${n}`;
    this.act('tables.add', [range.address, true]);
    const data: TableData = { name, sheet, ...area, filters: new Map(), calculated: new Map() };
    this.tables.set(name.toLowerCase(), data);
    return new MemoryTable(this, data);
  }

  renameTable(t: TableData, name: string): void {
    if (name.toLowerCase() !== t.name.toLowerCase()) this.checkFreeName(name, 'Tabellnamnet', t);
    this.act('table.name', name);
    this.tables.delete(t.name.toLowerCase());
    t.name = name;
    this.tables.set(name.toLowerCase(), t);
  }

  private snapshot(): () => void {
    const sheets = [...this.sheets];
    const sheetUndo = sheets.map((s) => s.snapshot());
    const tables = [...this.tables.values()].map((t) => ({ t, saved: cloneTable(t), sheet: t.sheet }));
    const names = new Map(this.names);
    const active = this.active;
    return () => {
      this.sheets.splice(0, this.sheets.length, ...sheets);
      sheetUndo.forEach((u) => u());
      this.tables.clear();
      for (const { t, saved, sheet } of tables) {
        Object.assign(t, saved, { sheet });
        this.tables.set(t.name.toLowerCase(), t);
      }
      this.names.clear();
      for (const [k, v] of names) this.names.set(k, v);
      this.active = active;
    };
  }

  private makeWorkbook() {
    const ctx = this; // eslint-disable-line @typescript-eslint/no-this-alias -- the proxy objects below call back into this context
    const worksheets = {
      getItem(name: string): MemoryWorksheet {
        const s = ctx.sheetByName(name);
        if (!s) throw itemNotFound(`Bladet ${name}`);
        return new MemoryWorksheet(ctx, s);
      },
      getItemOrNullObject(name: string): MemoryWorksheet {
        return new MemoryWorksheet(ctx, ctx.sheetByName(name));
      },
      add(name: string): MemoryWorksheet {
        return new MemoryWorksheet(ctx, ctx.addSheet(name));
      },
      getActiveWorksheet(): MemoryWorksheet {
        return new MemoryWorksheet(ctx, ctx.active);
      },
      load(): unknown {
        ctx.requestBytes += ACTION_BYTES;
        return worksheets;
      },
      get items(): MemoryWorksheet[] {
        return ctx.sheets.map((s) => {
          const w = new MemoryWorksheet(ctx, s);
          w.markAllLoaded();
          return w;
        });
      },
      onChanged: {
        add(handler: ChangeHandler) {
          ctx.act('worksheets.onChanged.add');
          ctx.handlers.push(handler);
          return {
            remove: () => {
              ctx.handlers = ctx.handlers.filter((h) => h !== handler);
            },
          };
        },
      },
    };
    return {
      worksheets,
      tables: {
        getItemOrNullObject(name: string): MemoryTable {
          return new MemoryTable(ctx, ctx.tables.get(String(name).toLowerCase()) ?? null);
        },
        getItem(name: string): MemoryTable {
          const t = ctx.tables.get(String(name).toLowerCase());
          if (!t) throw itemNotFound(`Tabellen ${name}`);
          return new MemoryTable(ctx, t);
        },
      },
      names: {
        add(name: string, reference: MemoryRange): MemoryNamedItem {
          ctx.checkFreeName(name, 'Namnet');
          ctx.act('names.add', [name, reference.address]);
          const target = { sheet: reference.sheetData, row: reference.row, column: reference.column };
          ctx.names.set(name.toLowerCase(), target);
          return new MemoryNamedItem(ctx, target);
        },
        getItemOrNullObject(name: string): MemoryNamedItem {
          return new MemoryNamedItem(ctx, ctx.names.get(String(name).toLowerCase()) ?? null);
        },
        getItem(name: string): MemoryNamedItem {
          const target = ctx.names.get(String(name).toLowerCase());
          if (!target) throw itemNotFound(`Namnet ${name}`);
          return new MemoryNamedItem(ctx, target);
        },
      },
      application: {
        calculate(type?: string): void {
          ctx.act('application.calculate', [type ?? null]);
          ctx.calculations++;
        },
      },
    };
  }

  /** Used by the Office.js writer after writing a plan: formula cells then show the plan's computed values. */
  adoptPlan(sheets: SheetPlan[]): void {
    this.calculator = planCalculator(sheets);
  }
}

import type { MemoryContext, NameTarget } from './context';
import { invalidArgument, invalidOperation, itemNotFound } from './errors';
import { LIMITS } from './limits';
import { LoadableProxy } from './proxy';
import { MemoryRange } from './range';
import type { MemoryChartData, MemorySheet } from './sheet';
import { columnIndex } from '../../workbook/plan';

/** "A1", "B2:D4", "Blad!A1", "'Mitt blad'!A1:B2" → zero-based corners. */
export function parseAddress(address: string): { sheet?: string; r0: number; c0: number; r1: number; c1: number } {
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
    if (!m) throw invalidArgument(`Adressen "${address}" kan inte läsas.`);
    const r = Number(m[2]) - 1;
    const c = columnIndex(m[1].toUpperCase());
    if (r < 0 || r >= LIMITS.rows || c >= LIMITS.columns) throw invalidArgument(`Adressen "${address}" ligger utanför bladet.`);
    return { r, c };
  };
  const p = cell(a);
  const q = cell(b);
  return { sheet, r0: Math.min(p.r, q.r), c0: Math.min(p.c, q.c), r1: Math.max(p.r, q.r), c1: Math.max(p.c, q.c) };
}

export class MemoryWorksheet extends LoadableProxy {
  constructor(
    readonly ctx: MemoryContext,
    readonly data: MemorySheet | null,
  ) {
    super(ctx);
  }

  get isNullObject(): boolean {
    this.need('isNullObject');
    return this.data === null;
  }

  private sheet(): MemorySheet {
    if (!this.data) throw itemNotFound('Bladet');
    return this.data;
  }

  get name(): string {
    this.need('name');
    return this.sheet().name;
  }

  get visibility(): string {
    this.need('visibility');
    return this.sheet().visibility;
  }
  /**
   * Excel refuses to hide the only visible sheet. A new memory workbook has no sheets (Excel's has "Blad1"), so a
   * workbook's only sheet counts as having that one beside it.
   */
  set visibility(v: string) {
    const s = this.sheet();
    if (v !== 'Visible' && v !== 'Hidden' && v !== 'VeryHidden') throw invalidArgument(`Synligheten "${v}" finns inte.`);
    const othersHidden = this.ctx.sheets.length > 1 && this.ctx.sheets.every((o) => o === s || o.visibility !== 'Visible');
    if (v !== 'Visible' && othersHidden) throw invalidOperation('Arbetsboken måste ha minst ett synligt blad.');
    this.ctx.act('worksheet.visibility', v);
    s.visibility = v;
  }

  get id(): string {
    this.need('id');
    return this.sheet().id;
  }

  getRange(address?: string): MemoryRange {
    const s = this.sheet();
    if (!address) return new MemoryRange(this.ctx, s, 0, 0, LIMITS.rows, LIMITS.columns);
    const a = parseAddress(address);
    return new MemoryRange(this.ctx, s, a.r0, a.c0, a.r1 - a.r0 + 1, a.c1 - a.c0 + 1);
  }

  getRangeByIndexes(row: number, column: number, rows: number, columns: number): MemoryRange {
    if (row < 0 || column < 0 || rows < 1 || columns < 1 || row + rows > LIMITS.rows || column + columns > LIMITS.columns) {
      throw invalidArgument(`Området (${row}, ${column}, ${rows}×${columns}) ligger utanför bladet.`);
    }
    return new MemoryRange(this.ctx, this.sheet(), row, column, rows, columns);
  }

  /**
   * The used range, from its first used cell (valuesOnly: cells with a value or formula; otherwise formats count
   * too, as in Excel).
   */
  getUsedRangeOrNullObject(valuesOnly = false): MemoryRange {
    const s = this.sheet();
    const b = s.usedArea(valuesOnly);
    return b ? new MemoryRange(this.ctx, s, b.row, b.column, b.rows, b.columns) : new MemoryRange(this.ctx, s, 0, 0, 1, 1, true);
  }

  get tables() {
    const ctx = this.ctx;
    const sheet = this.sheet();
    return {
      add: (where: MemoryRange | string, hasHeaders: boolean) => {
        const range = typeof where === 'string' ? this.getRange(where) : where;
        if (!hasHeaders) throw invalidArgument('Minnesarbetsboken skapar bara tabeller med rubrikrad.');
        return ctx.addTable(sheet, range);
      },
    };
  }

  get charts() {
    const ctx = this.ctx;
    const sheet = this.sheet();
    const collection = {
      add: (type: string, source: MemoryRange, seriesBy?: string) => {
        ctx.act('charts.add', [type, source.address, seriesBy ?? null]);
        const data: MemoryChartData = { name: `Diagram ${sheet.charts.length + 1}`, type, source: source.address, title: '' };
        sheet.charts.push(data);
        return new MemoryChart(ctx, sheet, data);
      },
      load: () => collection,
      getItem: (name: string) => {
        const data = sheet.charts.find((c) => c.name === name);
        if (!data) throw itemNotFound(`Diagrammet ${name}`);
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
        this.ctx.act('freezePanes.freezeRows', n);
        sheet.frozenRows = n;
      },
      unfreeze: () => {
        this.ctx.act('freezePanes.unfreeze');
        sheet.frozenRows = 0;
      },
    };
  }

  activate(): void {
    this.ctx.act('worksheet.activate');
    this.ctx.active = this.sheet();
  }

  /** Deleting a sheet deletes its tables too. */
  delete(): void {
    const s = this.sheet();
    this.ctx.act('worksheet.delete');
    this.ctx.sheets.splice(this.ctx.sheets.indexOf(s), 1);
    for (const t of this.ctx.tablesOn(s)) this.ctx.tables.delete(t.name.toLowerCase());
    if (this.ctx.active === s) this.ctx.active = this.ctx.sheets[0] ?? null;
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
    this.ctx.act('chart.name', n);
    this.data.name = n;
  }
  get title() {
    const { data, ctx } = this;
    return {
      set text(t: string) {
        ctx.act('chart.title.text', t);
        data.title = t;
      },
    };
  }
  get series() {
    const ctx = this.ctx;
    return {
      getItemAt: () => ({
        setXAxisValues: (source: MemoryRange) => ctx.act('series.setXAxisValues', source.address),
        set name(n: string) {
          ctx.act('series.name', n);
        },
      }),
    };
  }
  setPosition(start: MemoryRange, end?: MemoryRange): void {
    this.ctx.act('chart.setPosition', [start.address, end?.address ?? null]);
  }
  delete(): void {
    this.ctx.act('chart.delete');
    this.sheet.charts.splice(this.sheet.charts.indexOf(this.data), 1);
  }
}

export class MemoryNamedItem extends LoadableProxy {
  constructor(
    readonly ctx: MemoryContext,
    readonly target: NameTarget | null,
  ) {
    super(ctx);
  }
  get isNullObject(): boolean {
    this.need('isNullObject');
    return this.target === null;
  }
  get type(): string {
    this.need('type');
    return 'Range';
  }
  getRange(): MemoryRange {
    if (!this.target) throw itemNotFound('Namnet');
    return new MemoryRange(this.ctx, this.target.sheet, this.target.row, this.target.column, 1, 1);
  }
  delete(): void {
    this.ctx.act('name.delete');
    for (const [k, v] of this.ctx.names) if (v === this.target) this.ctx.names.delete(k);
  }
}

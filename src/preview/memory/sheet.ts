import type { Cell } from './input';

export interface MemoryChartData {
  name: string;
  type: string;
  source: string;
  title: string;
}

let nextSheetId = 1;

/** One worksheet's contents: cells by "row,column" (zero-based), column widths, frozen rows and charts. */
export class MemorySheet {
  cells = new Map<string, Cell>();
  frozenRows = 0;
  columnWidths = new Map<number, number>();
  charts: MemoryChartData[] = [];
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  hiddenColumns = new Set<number>();
  /** Blocks given borders (kept as blocks: a report's frame covers thousands of cells). */
  borderedRanges: { row: number; column: number; rows: number; columns: number }[] = [];
  /** Like Excel's worksheet ids: stable while the sheet exists, unlike its name. */
  readonly id = `{MEM-SHEET-${nextSheetId++}}`;
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

  /** The rectangle from the first to the last used cell (with a value or formula; with a format too unless valuesOnly), or null. */
  usedArea(valuesOnly: boolean): { row: number; column: number; rows: number; columns: number } | null {
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = -1;
    let c1 = -1;
    for (const [k, cell] of this.cells) {
      if (cell.value === '' && !cell.formula && (valuesOnly || !cell.format)) continue;
      const [r, c] = k.split(',').map(Number);
      r0 = Math.min(r0, r);
      c0 = Math.min(c0, c);
      r1 = Math.max(r1, r);
      c1 = Math.max(c1, c);
    }
    return r1 < 0 ? null : { row: r0, column: c0, rows: r1 - r0 + 1, columns: c1 - c0 + 1 };
  }

  /** Moves every cell to where `to` says (null drops it), as inserting or deleting rows and columns does. */
  shift(to: (r: number, c: number) => [number, number] | null): void {
    const moved = new Map<string, Cell>();
    for (const [k, cell] of this.cells) {
      const [r, c] = k.split(',').map(Number);
      const dest = to(r, c);
      if (dest) moved.set(`${dest[0]},${dest[1]}`, cell);
    }
    this.cells = moved;
  }

  /** A copy of the mutable state, for undoing a refused sync. */
  snapshot(): () => void {
    const saved = { cells: new Map(this.cells), frozenRows: this.frozenRows, columnWidths: new Map(this.columnWidths), charts: this.charts.map((c) => ({ ...c })), name: this.name, visibility: this.visibility, hiddenColumns: new Set(this.hiddenColumns), borderedRanges: [...this.borderedRanges] };
    return () => {
      this.cells = saved.cells;
      this.frozenRows = saved.frozenRows;
      this.columnWidths = saved.columnWidths;
      this.charts = saved.charts;
      this.name = saved.name;
      this.visibility = saved.visibility;
      this.hiddenColumns = saved.hiddenColumns;
      this.borderedRanges = saved.borderedRanges;
    };
  }
}

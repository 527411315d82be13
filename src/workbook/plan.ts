/**
 * A sheet plan is pure data: what the two writers (src/cli/xlsx for .xlsx, src/excel in the add-in) put into a
 * workbook. Formulas are en-US syntax with `,` separators; each carries the value the domain core computed,
 * which the .xlsx stores as the cached result and the browser preview shows.
 */
export type CellValue = string | number | boolean | null;

export interface PlanCell {
  /** The value, or for a formula cell the value the domain core computed for it. */
  value: CellValue;
  /** En-US formula text beginning with "=". Absent for plain values (text is never read as a formula). */
  formula?: string;
  /** Number format code, e.g. KRONOR_FORMAT or DATE_FORMAT. */
  format?: string;
  bold?: boolean;
}

export interface TablePlan {
  name: string;
  /** Zero-based row and column of the header row's first cell. */
  row: number;
  column: number;
  columns: string[];
  /** Number of data rows below the header. */
  rowCount: number;
}

export interface ChartPlan {
  title: string;
  type: 'columnClustered' | 'columnStacked';
  /** Zero-based row of the category labels (years) and the series rows below/around it. */
  categoryRow: number;
  firstColumn: number;
  lastColumn: number;
  /** Each series: its name and the zero-based row holding its values (same columns as the categories). */
  series: { name: string; row: number }[];
  /** Zero-based anchor cell of the chart's top-left corner. */
  anchorRow: number;
  anchorColumn: number;
}

export interface SheetPlan {
  name: string;
  /** Row-major from A1; null is an empty cell. Rows may have different lengths. */
  cells: (PlanCell | null)[][];
  tables: TablePlan[];
  /** Width per column in characters (undefined: the default width). */
  columnWidths: (number | undefined)[];
  chart?: ChartPlan;
  /** Rows kept visible at the top when scrolling. */
  frozenRows?: number;
  /** A helper sheet the reports compute from, hidden from the user's tabs. */
  hidden?: boolean;
  /** How the sheet prints: landscape, every column on one page width (as many pages down as needed), header rows repeated. */
  print?: PrintPlan;
  /** A block of cells drawn as a table for print: thin borders, a filled header row, wrapping text columns. */
  frame?: FramePlan;
  /** Zero-based columns hidden from view and print (a technical key the formulas do not need to show). */
  hiddenColumns?: number[];
}

export interface FramePlan {
  /** Zero-based first row and column, and the size, of the block (header rows included). */
  row: number;
  column: number;
  rows: number;
  columns: number;
  /** Rows at the top of the block in the header style (bold, filled, wrapped, centred vertically). */
  headerRows: number;
  /** Zero-based sheet columns whose text wraps within the column width (long names and purposes). */
  wrapColumns: number[];
}

/** The header fill (a light blue-grey that prints legibly in black and white), RGB. */
export const HEADER_FILL = 'DCE6F1';

export interface PrintPlan {
  orientation: 'landscape' | 'portrait';
  fitToWidth: boolean;
  /** Zero-based rows repeated at the top of every printed page (first, last). */
  repeatRows?: [number, number];
}

export interface NamePlan {
  name: string;
  sheet: string;
  /** A1 address on that sheet, absolute, e.g. "$B$2". */
  address: string;
}

export interface WorkbookPlan {
  sheets: SheetPlan[];
  names: NamePlan[];
}

/** Whole kronor with Swedish grouping in a Swedish Excel ("2 080 500 kr"). */
export const KRONOR_FORMAT = '#,##0 "kr"';
export const DATE_FORMAT = 'yyyy-mm-dd';
/** The committee's overview writes validity as its own document does: 23.12.31. */
export const SHORT_DATE_FORMAT = 'yy.mm.dd';
export const PERCENT_FORMAT = '0.00%';
export const INTEGER_FORMAT = '0';

export function text(value: string | null | undefined, extra: Partial<PlanCell> = {}): PlanCell {
  return { value: value ?? '', ...extra };
}

export function num(value: number | null | undefined, format?: string): PlanCell {
  return format ? { value: value ?? null, format } : { value: value ?? null };
}

export function formula(f: string, value: CellValue, format?: string): PlanCell {
  return format ? { formula: f, value, format } : { formula: f, value };
}

/** Zero-based column index → letters (0 → A, 26 → AA). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Letters → zero-based column index (A → 0). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Zero-based row/column → "B3". */
export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}

/** A sheet name as formulas need it: quoted when it is not a plain identifier (Översikt, Flerårsplan…). */
export function sheetRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** A string literal inside a formula. */
export function formulaString(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

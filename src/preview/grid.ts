/** What the preview's grid shows: a snapshot of every sheet's used range, values already calculated. */
export interface GridCell {
  value: string | number | boolean | null;
  /** The formula, when the cell has one ("=SUM(B2:B4)"). */
  formula?: string;
  /** Number format, e.g. '# ##0 "kr"', used only to pick a display format. */
  numberFormat?: string;
}

export interface GridSheet {
  name: string;
  rows: GridCell[][];
}

/** "A", "B", … "Z", "AA" … */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

const GROUPED = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });
const PLAIN = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2, useGrouping: false });
const PERCENT = new Intl.NumberFormat('sv-SE', { style: 'percent', maximumFractionDigits: 2 });

/** Displays a cell the way Excel would in a Swedish locale, roughly: number formats, percentages, SANT/FALSKT. */
export function displayValue(cell: GridCell): string {
  const { value, numberFormat } = cell;
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'boolean') return value ? 'SANT' : 'FALSKT';
  if (typeof value === 'number') {
    if (numberFormat?.includes('%')) return PERCENT.format(value);
    if (numberFormat && /yy|dd/i.test(numberFormat) && value > 20000 && value < 80000) return excelDate(value);
    // Like Excel: thousands are grouped only when the format asks for it ("#,##0"); "0" and General do not.
    const text = (numberFormat && /[#0][, ]##/.test(numberFormat) ? GROUPED : PLAIN).format(value);
    return numberFormat?.includes('kr') ? `${text} kr` : text;
  }
  return String(value);
}

function excelDate(serial: number): string {
  const date = new Date(Date.UTC(1899, 11, 30) + Math.round(serial) * 86400000);
  return date.toISOString().slice(0, 10);
}

import type { CellValue, PlanCell } from '../workbook/plan';

/**
 * What goes into `range.formulas` for a plan cell. Text that Excel would read as something else (a formula
 * or sign: = + - @; a number or a date) gets the apostrophe prefix, so it is stored as the text it is.
 */
export function excelInput(cell: PlanCell | null | undefined): string | number | boolean {
  if (!cell) return '';
  if (cell.formula) return cell.formula;
  return escapeText(cell.value);
}

export function escapeText(value: CellValue): string | number | boolean {
  if (value === null) return '';
  if (typeof value !== 'string') return value;
  if (/^[=+\-@']/.test(value) || /^\s*[-+]?[\d\s.,:/%]+\s*$/.test(value)) return `'${value}`;
  return value;
}

/** Values read back with `formulas` keep a user's formulas; everything else is passed through unchanged. */
export function roundTrip(value: unknown): string | number | boolean {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  const s = String(value);
  return s.startsWith('=') ? s : escapeText(s);
}

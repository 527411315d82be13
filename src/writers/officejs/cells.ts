import type { CellValue, PlanCell } from '../../workbook/plan';

/**
 * What goes into `range.formulas` for a plan cell. Text that Excel would read as something else (a formula
 * or sign: = + - @; a number or a date) gets the apostrophe prefix, so it is stored as the text it is.
 */
export function excelInput(cell: PlanCell | null | undefined): string | number | boolean {
  if (!cell) return '';
  if (cell.formula) return cell.formula;
  return escapeText(cell.value);
}

/** Text Excel would turn into a number, date, time, logical or error: "1 750", "(100)", "1e5", "TRUE", "SANT". */
const LOOKS_LIKE_A_VALUE = /^\s*(?:\(?[-+]?[\d\s.,:/%-]+\)?|\d[\d.,]*e[-+]?\d+|true|false|sant|falskt)\s*$/i;

export function escapeText(value: CellValue): string | number | boolean {
  if (value === null) return '';
  if (typeof value !== 'string') return value;
  if (/^[=+\-@'#]/.test(value) || LOOKS_LIKE_A_VALUE.test(value)) return `'${value}`;
  return value;
}

/**
 * A cell read back with `formulas` (and `values`), ready to be written again: a user's formula stays a formula.
 * `formulas` shows text that begins with "=" as it is, so a cell whose value is that same text is text.
 */
export function roundTrip(formula: unknown, value?: unknown): string | number | boolean {
  if (formula === null || formula === undefined) return '';
  if (typeof formula === 'number' || typeof formula === 'boolean') return formula;
  const s = String(formula);
  return isFormula(s, value) ? s : escapeText(s);
}

/** True when a `formulas` entry is a formula and not text that begins with "=" (whose value is the text itself). */
export function isFormula(formula: unknown, value: unknown): boolean {
  return typeof formula === 'string' && formula.startsWith('=') && formula.length > 1 && formula !== value;
}

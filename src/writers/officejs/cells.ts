import type { CellValue, PlanCell } from '../../workbook/plan';

/** The most characters a cell holds (Excel specifications and limits). */
export const MAX_CELL_CHARACTERS = 32_767;

/**
 * What goes into `range.formulas` for a plan cell: its formula, a number or logical as it is, and text behind
 * the apostrophe prefix (see escapeText).
 */
export function excelInput(cell: PlanCell | null | undefined): string | number | boolean {
  if (!cell) return '';
  if (cell.formula) return cell.formula;
  return escapeText(cell.value);
}

/**
 * Text for `formulas`/`values`, which Excel parses like typed input: "3 maj", "Jan 2024", "100 kr", "$100",
 * "1/2", "5%" become dates and numbers, "=", "+", "-", "@" start formulas, and what counts depends on the
 * user's locale. Every text therefore gets the apostrophe prefix, which stores it as the text it is (the
 * apostrophe is not part of the value). Text longer than a cell holds is cut (see cutText).
 */
export function escapeText(value: CellValue): string | number | boolean {
  if (value === null) return '';
  if (typeof value !== 'string') return value;
  if (value === '') return '';
  return `'${cutText(value)}`;
}

/** Text cut to what a cell holds, not splitting a surrogate pair. */
export function cutText(text: string): string {
  if (text.length <= MAX_CELL_CHARACTERS) return text;
  const end = /[\ud800-\udbff]/.test(text[MAX_CELL_CHARACTERS - 1]) ? MAX_CELL_CHARACTERS - 1 : MAX_CELL_CHARACTERS;
  return text.slice(0, end);
}

/** True when a `formulas` entry is a formula and not text that begins with "=" (whose value is the text itself). */
export function isFormula(formula: unknown, value: unknown): boolean {
  return typeof formula === 'string' && formula.startsWith('=') && formula.length > 1 && formula !== value;
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

import type { CellValue, WorkbookPlan } from './plan';
import { cellAddress } from './plan';

/**
 * A calculator for the in-memory workbook: formula cells show the value the domain core computed for the
 * plan (LibreOffice checks separately that the formulas compute the same). Unknown cells yield null.
 */
export function planCalculator(plans: WorkbookPlan | WorkbookPlan['sheets']): (sheet: string, address: string, formula: string) => CellValue {
  const sheets = Array.isArray(plans) ? plans : plans.sheets;
  const values = new Map<string, CellValue>();
  for (const sheet of sheets) {
    sheet.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell?.formula) values.set(`${sheet.name}!${cellAddress(r, c)}`, cell.value);
      }),
    );
  }
  return (sheet, address) => values.get(`${sheet}!${address.replace(/\$/g, '').toUpperCase()}`) ?? null;
}

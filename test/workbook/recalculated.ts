import type { MemoryWorkbook } from '../../src/preview/memoryExcel';
import { memoryWorkbookPlan } from '../../src/preview/memory/exportPlan';
import { cellAddress } from '../../src/workbook';
import { writePlanXlsx } from '../../src/writers/xlsx';
import { csvValue, findSoffice, recalculateWithLibreOffice } from './libreoffice';

export interface Recalculation {
  /** Formula cells compared. */
  formulas: number;
  /** "Sheet!A1 =formula: LibreOffice x, the domain y" for each cell that differs. */
  mismatches: string[];
  /** Every sheet as LibreOffice computed it (raw CSV cells). */
  sheets: Record<string, string[][]>;
}

/**
 * The independent check of what the Office.js writer wrote: the memory workbook it wrote into is exported as
 * .xlsx with no cached value in any formula cell, LibreOffice opens it and computes every formula itself, and
 * each formula cell whose value the add-in computed (the plan's cells carry the domain core's values; the memory
 * workbook shows them, see adoptPlan) is compared with LibreOffice's. The user's own formulas are left out.
 * @example expect((await recalculateMemoryWorkbook(wb)).mismatches).toEqual([])
 */
export async function recalculateMemoryWorkbook(workbook: MemoryWorkbook, options: { sheets?: string[] } = {}): Promise<Recalculation> {
  const soffice = findSoffice();
  if (!soffice) throw new Error('LibreOffice (soffice) saknas: installera libreoffice-calc.');
  const plan = memoryWorkbookPlan(workbook, { cachedValues: false });
  const names = plan.sheets.map((s) => s.name);
  const sheets = recalculateWithLibreOffice(soffice, await writePlanXlsx(plan), names);
  const ctx = workbook.context;
  const mismatches: string[] = [];
  let formulas = 0;
  for (const sheet of ctx.sheets) {
    if (options.sheets && !options.sheets.includes(sheet.name)) continue;
    for (const [k, cell] of sheet.cells) {
      if (!cell.formula) continue;
      const [r, c] = k.split(',').map(Number);
      const want = ctx.calculator?.(sheet.name, cellAddress(r, c), cell.formula);
      if (want === null || want === undefined) continue;
      formulas++;
      const got = csvValue(sheets[sheet.name]?.[r]?.[c] ?? '');
      const same = typeof want === 'number' && typeof got === 'number' ? Math.abs(got - want) < 1e-6 : String(got) === String(want);
      if (!same) mismatches.push(`${sheet.name}!${cellAddress(r, c)} ${cell.formula.slice(0, 160)}: LibreOffice ${JSON.stringify(got)}, domänen ${JSON.stringify(want)}`);
    }
  }
  return { formulas, mismatches, sheets };
}

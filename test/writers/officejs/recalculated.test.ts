import { readdirSync } from 'fs';
import { join } from 'path';
import { importFiles } from '../../../src/cli/documents';
import type { Agreement } from '../../../src/domain/agreement';
import { MemoryWorkbook } from '../../../src/preview/memoryExcel';
import { fillOverview, writeAgreements } from '../../../src/writers/officejs';
import { ALL, yearPriced } from '../../fixtures/workbook/agreements';
import { requires } from '../../requirements';
import { recalculateMemoryWorkbook } from '../../workbook/recalculated';

/**
 * What the Office.js writer built, computed by someone else: the memory workbook it wrote into goes to .xlsx with
 * no cached values, LibreOffice recalculates it, and every report cell must equal the domain core's value (the
 * plan's, which the memory workbook shows). The property test of generated agreements calls the same helper
 * (test/workbook/recalculated.ts).
 */
const settings = { committee: 'Arbetsmarknadsnämnden', baseYear: 2025, indexRate: 0.02, socialFeeRate: 0.3142 };
const { describe: describeLo } = requires('libreoffice');

async function written(agreements: Agreement[], committee: string, year: number): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await writeAgreements(wb.excelContext, agreements, { ...settings, committee }, { year, committee });
  await fillOverview(wb.excelContext, { year, committee });
  return wb;
}

describeLo('the workbook the Office.js writer built, recalculated by LibreOffice', () => {
  it('equals the domain core in every report cell: the fixtures and the seeds', async () => {
    const dir = join(__dirname, '../../fixtures/seeds');
    const seeds = (await importFiles(readdirSync(dir).map((f) => join(dir, f)))).agreements;
    const agreements = [...ALL, yearPriced, ...seeds];
    const wb = await written(agreements, settings.committee, 2026);
    const result = await recalculateMemoryWorkbook(wb);
    expect(result.formulas).toBeGreaterThan(500);
    expect(result.mismatches.slice(0, 10)).toEqual([]);
  }, 300_000);
});

import { join } from 'path';
import { importFiles } from '../../src/cli/documents';
import { main } from '../../src/cli/main';
import type { PlanJson } from '../../src/cli/commands/flerar';
import { defaultSettings } from '../../src/domain/settings';
import { buildWorkbookPlan } from '../../src/workbook';
import { writePlanXlsx } from '../../src/writers/xlsx';
import { requires } from '../requirements';
import { findSoffice, recalculateWithLibreOffice } from '../workbook/libreoffice';

/*
 * Issue 19: an agreement that starts on 1 February and is raised 2 % "inför varje nytt avtalsår" steps in
 * February, not in January: each later calendar year has one month (January) at the old level and eleven at the
 * new one — in `iop flerar` and in the workbook's formulas as LibreOffice computes them. The document is our own.
 */

const DOC = join(__dirname, '../fixtures/indexation/avtalsar-februari.txt');
const NAME = 'Läxhjälpen Solsidan';
// The municipality's 120 000 kr a year is 10 000 kr a month at the first level, 10 200 after one step, 10 404 after two.
const PUBLIC = {
  2025: 11 * 10_000,
  2026: 10_000 + 11 * 10_200,
  2027: 10_200 + 11 * 10_404,
  2028: 10_404,
};

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), cwd: process.cwd() }, out, err };
}

it('imports the step month from "inför varje nytt avtalsår"', async () => {
  const { agreements } = await importFiles([DOC]);
  expect(agreements).toHaveLength(1);
  expect(agreements[0].indexation).toMatchObject({ rate: 0.02, stepMonth: 2 });
});

it('iop flerar: one month at the old level and eleven at the new in each later year', async () => {
  const { io, out } = capture();
  expect(await main(['flerar', DOC, '--json'], io)).toBe(0);
  const [plan] = JSON.parse(out.join('')) as PlanJson[];
  expect(plan.agreement).toBe(NAME);
  expect(Object.fromEntries(plan.years.map((y) => [y.year, y.public]))).toEqual(PUBLIC);
});

const { describe: describeLo } = requires('libreoffice');

describeLo('the workbook, recalculated by LibreOffice', () => {
  it('gives the same years from its formulas (no cached value)', async () => {
    const { agreements } = await importFiles([DOC]);
    const plan = buildWorkbookPlan(agreements, { ...defaultSettings(), committee: 'Arbetsmarknadsnämnden' }, { year: 2026 });
    const uncached = { ...plan, sheets: plan.sheets.map((sh) => ({ ...sh, cells: sh.cells.map((row) => row.map((c) => (c?.formula ? { ...c, value: null } : c))) })) };
    const sheet = recalculateWithLibreOffice(findSoffice()!, await writePlanXlsx(uncached), ['Flerårsplan'])['Flerårsplan'];
    const header = sheet.findIndex((r) => r.includes('2025') && r.includes('2027'));
    const row = sheet.find((r) => r[0] === NAME && r[2] === 'Offentlig')!;
    expect(row).toBeDefined();
    const years = Object.fromEntries(Object.keys(PUBLIC).map((y) => [y, Number(row[sheet[header].indexOf(y)])]));
    expect(years).toEqual(PUBLIC);
  }, 120_000);
});

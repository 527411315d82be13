import { readdirSync } from 'fs';
import { join } from 'path';
import type { Agreement } from '../../src/domain/agreement';
import { workbookCommittees } from '../../src/domain/committee';
import { importFiles } from '../../src/cli/documents';
import { FormulaForm, formulaProblem } from '../../src/preview/memory/formula';
import { buildWorkbookPlan, cellAddress, WorkbookPlan } from '../../src/workbook';
import { fileFormula } from '../../src/workbook/excelFunctions';
import { GENERATED_COMMITTEE, generatedAgreements } from '../fixtures/workbook/generated';
import { SHARED, requires } from '../requirements';

jest.mock('../../src/import/readers/pdfjsLoader', () => ({ loadPdfjs: () => jest.requireActual<typeof import('../import/pdfjsBridge')>('../import/pdfjsBridge').loadPdfjsThroughNode() }));

/**
 * Every formula a plan writes follows Excel's documented grammar (src/preview/memory/formula.ts), in both forms:
 * as the Office.js writer gives it to `Range.formulas` and as the .xlsx stores it. The plans: the seeds, the
 * shared corpus and 1 000 generated agreements, for each committee they name and two years.
 */
const settings = { committee: 'Arbetsmarknadsnämnden', baseYear: 2025, indexRate: 0.02, socialFeeRate: 0.3142 };
const YEARS = [2021, 2026];

function problems(plan: WorkbookPlan): { count: number; problems: string[] } {
  const tables = new Map(plan.sheets.flatMap((s) => s.tables.map((t) => [t.name.toLowerCase(), { ...t, sheet: s.name }] as const)));
  const out: string[] = [];
  let count = 0;
  for (const sheet of plan.sheets) {
    sheet.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!cell?.formula) return;
        count++;
        const host = [...tables.values()].find((t) => t.sheet === sheet.name && r > t.row && r <= t.row + t.rowCount && c >= t.column && c < t.column + t.columns.length);
        for (const form of ['api', 'file'] as FormulaForm[]) {
          const formula = form === 'file' ? fileFormula(cell.formula) : cell.formula;
          const p = formulaProblem(formula, { form, columnsOf: (t) => tables.get(t.toLowerCase())?.columns ?? null, hostTable: host?.name ?? null });
          if (p) out.push(`${form}: ${sheet.name}!${cellAddress(r, c)}: ${p.kind}: ${p.message} — ${formula.slice(0, 200)}`);
        }
      }),
    );
  }
  return { count, problems: out };
}

function plansOf(agreements: Agreement[], committees: string[]): WorkbookPlan[] {
  return committees.flatMap((committee) => YEARS.map((year) => buildWorkbookPlan(agreements, { ...settings, committee }, { year, committee, today: new Date(2026, 2, 15) })));
}

function expectGrammatical(plans: WorkbookPlan[]): void {
  let formulas = 0;
  const found: string[] = [];
  for (const plan of plans) {
    const r = problems(plan);
    formulas += r.count;
    found.push(...r.problems);
  }
  expect(formulas).toBeGreaterThan(100);
  expect(found.slice(0, 10)).toEqual([]);
}

describe("every formula of a plan follows Excel's grammar", () => {
  it('for the seeds', async () => {
    const dir = join(__dirname, '../fixtures/seeds');
    const { agreements } = await importFiles(readdirSync(dir).map((f) => join(dir, f)));
    expectGrammatical(plansOf(agreements, [...new Set([settings.committee, ...workbookCommittees(agreements)])]));
  }, 120_000);

  requires('shared').it('for the shared corpus', async () => {
    const dir = join(SHARED, 'corpus/docs');
    // One document at a time: the corpus also holds documents that are no IOP (refused, as they should be).
    const agreements: Agreement[] = [];
    for (const f of readdirSync(dir)) agreements.push(...(await importFiles([join(dir, f)]).catch(() => ({ agreements: [] }))).agreements);
    expect(agreements.length).toBeGreaterThan(40);
    expectGrammatical(plansOf(agreements, workbookCommittees(agreements)));
  }, 300_000);

  it('for 1 000 generated agreements', () => {
    expectGrammatical(plansOf(generatedAgreements(1000), [GENERATED_COMMITTEE]));
  }, 300_000);
});

import { agreementsFromTables, buildWorkbookPlan, RawTable, TABLE_SPECS, WorkbookPlan } from '../../src/workbook';
import { hoppfullFramtid, yearPriced } from '../fixtures/workbook/agreements';

const settings = { committee: 'Arbetsmarknadsnämnden', baseYear: 2025, indexRate: 0.02, socialFeeRate: 0.3142 };

function table(plan: WorkbookPlan, sheet: string): RawTable {
  const [headers, ...rows] = plan.sheets.find((s) => s.name === sheet)!.cells.map((r) => r.map((c) => c?.value ?? null));
  return { headers: headers as string[], rows };
}

const read = (plan: WorkbookPlan, edit: (belopp: RawTable) => void = () => undefined) => {
  const [avtal, parter, poster, belopp] = [TABLE_SPECS.agreements, TABLE_SPECS.parties, TABLE_SPECS.items, TABLE_SPECS.yearAmounts].map((s) => table(plan, s.sheet));
  edit(belopp);
  return agreementsFromTables(avtal, parter, poster, belopp);
};

describe('IOP_Belopp, amounts stated per calendar year', () => {
  const plan = buildWorkbookPlan([hoppfullFramtid, yearPriced], settings);

  it('holds one row per item and stated year, and reads back into the same items', () => {
    expect(table(plan, 'Belopp').rows).toHaveLength(4);
    const { agreements, problems } = read(plan);
    expect(problems).toEqual([]);
    const back = agreements.find((a) => a.name === yearPriced.name)!;
    expect(back.costItems.find((c) => c.label === 'Samordnare')!.yearAmounts).toEqual(yearPriced.costItems[0].yearAmounts);
    expect(back.costItems.find((c) => c.label === 'Lokal')!.yearAmounts).toBeUndefined();
    expect(back.contributions[0].yearAmounts).toEqual(yearPriced.contributions[0].yearAmounts);
  });

  it('is optional: a workbook without it reads as before', () => {
    const [avtal, parter, poster] = [TABLE_SPECS.agreements, TABLE_SPECS.parties, TABLE_SPECS.items].map((s) => table(plan, s.sheet));
    const { agreements, problems } = agreementsFromTables(avtal, parter, poster, null);
    expect(problems).toEqual([]);
    expect(agreements).toHaveLength(2);
  });

  it('refuses a year amount for an item the agreement does not have, or a year twice, naming the row', () => {
    const unknown = read(plan, (b) => (b.rows[0][4] = 'Okänd post'));
    expect(unknown.agreements.map((a) => a.name)).toEqual([hoppfullFramtid.name]);
    expect(unknown.problems.join('\n')).toMatch(/Belopp rad 2, kolumn Part: posten "Okänd post" för "Föreningen Samtal" finns inte/);
    const twice = read(plan, (b) => (b.rows[1][5] = b.rows[0][5]));
    expect(twice.problems.join('\n')).toMatch(/Belopp rad 3, kolumn År: 2026 står två gånger/);
  });
});

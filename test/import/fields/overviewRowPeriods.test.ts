import { importText, toContractJson } from '../../../src/import';

/**
 * An overview's period column written the way each agreement writes it (src/import/fields/overview.ts: rowPeriod, with
 * datesOfYears in fields/yearPeriod.ts and monthEnd in fields/dates.ts): months without a day run to the last day of
 * the last month, years without dates are read as an agreement's period in years is (läsår, kalenderår, the
 * overview's own verksamhetsår), each with its warning. Documents written here.
 */
const imported = (text: string) => toContractJson(importText(text, 'x.md'));
type Agreement = ReturnType<typeof imported>['agreements'][number];
const byName = (text: string) => Object.fromEntries(imported(text).agreements.map((a) => [a.name, a]));
const codes = (a: Agreement, field: string) => a.warnings.filter((w) => w.field === field).map((w) => w.code);

const OVERVIEW = (intro: string, periods: [string, string, string, string]) => `# Ekby kommun – Kultur- och fritidsnämnden

## Sammanställning av idéburna offentliga partnerskap

Ekby kommun, org.nr 212000-1959. ${intro} Belopp i kronor per år.

| Partnerskap | Idéburen part | Avtalsperiod | Värde/år | Nämndens bidrag/år |
|---|---|---|---:|---:|
| Sommarlovsklubben | Föreningen Lovkul Ekby (802470-1685) | ${periods[0]} | 200 000 | 150 000 |
| Läsfrämjandet | Föreningen Bokbussen Ekby (802471-1411) | ${periods[1]} | 300 000 | 200 000 |
| Seniorgympa | Stiftelsen Rörelse Ekby (802472-3192) | ${periods[2]} | 120 000 | 80 000 |
| Ungdomsrådet | Föreningen Ungt Ekby (802473-6343) | ${periods[3]} | 90 000 | 60 000 |
| **Summa** | | | **710 000** | **490 000** |
`;

describe('an overview row whose period is written in months or years', () => {
  test('months without a day: the first of the first month to the last day of the last, said as inferred', () => {
    const a = byName(OVERVIEW('Perioden anges som i varje överenskommelse.', ['feb 2027 – nov 2028', 'mars 2026 – februari 2028 (avslutat)', '2027-01-01 – 2029-12-31', 'april 2028 – tills vidare']));
    expect(a['Sommarlovsklubben'].validity).toMatchObject({ start: '2027-02-01', end: '2028-11-30' });
    expect(codes(a['Sommarlovsklubben'], 'validity.end')).toContain('INFERRED');
    expect(a['Läsfrämjandet'].validity).toMatchObject({ start: '2026-03-01', end: '2028-02-29' });
    expect(a['Seniorgympa'].validity).toMatchObject({ start: '2027-01-01', end: '2029-12-31' });
    expect(codes(a['Seniorgympa'], 'validity.end')).toEqual([]);
    expect(a['Ungdomsrådet'].validity).toMatchObject({ start: '2028-04-01', end: null });
  });

  test('läsår and kalenderår: 1 August to 30 June, 1 January to 31 December', () => {
    const a = byName(OVERVIEW('Perioden anges som i varje överenskommelse.', ['läsåren 2027/28–2028/29', 'läsåret 2026/27', 'kalenderåren 2027–2029', 'kalenderåret 2028']));
    expect(a['Sommarlovsklubben'].validity).toMatchObject({ start: '2027-08-01', end: '2029-06-30' });
    expect(codes(a['Sommarlovsklubben'], 'validity.start')).toContain('INFERRED');
    expect(a['Läsfrämjandet'].validity).toMatchObject({ start: '2026-08-01', end: '2027-06-30' });
    expect(a['Seniorgympa'].validity).toMatchObject({ start: '2027-01-01', end: '2029-12-31' });
    expect(a['Ungdomsrådet'].validity).toMatchObject({ start: '2028-01-01', end: '2028-12-31' });
  });

  test("the overview's own verksamhetsår by the months its text gives; split years without months stay unknown", () => {
    const withMonths = byName(OVERVIEW('Verksamhetsåret löper från den 1 juli till den 30 juni.', ['verksamhetsåren 2027/28–2028/29', 'verksamhetsåren 2026–2027', '2027-01-01 – 2029-12-31', '2027-01-01 – 2029-12-31']));
    expect(withMonths['Sommarlovsklubben'].validity).toMatchObject({ start: '2027-07-01', end: '2029-06-30' });
    expect(withMonths['Läsfrämjandet'].validity).toMatchObject({ start: '2026-07-01', end: '2028-06-30' });
    const without = byName(OVERVIEW('Perioden anges som i varje överenskommelse.', ['verksamhetsåren 2027/28–2028/29', 'verksamhetsåren 2026–2027', '2027-01-01 – 2029-12-31', '2027-01-01 – 2029-12-31']));
    expect(without['Sommarlovsklubben'].validity).toMatchObject({ start: null, end: null });
    expect(codes(without['Sommarlovsklubben'], 'validity.start')).toContain('AMBIGUOUS');
    expect(codes(without['Sommarlovsklubben'], 'validity.end')).toContain('AMBIGUOUS');
    expect(without['Läsfrämjandet'].validity).toMatchObject({ start: '2026-01-01', end: '2027-12-31' });
    expect(codes(without['Läsfrämjandet'], 'validity.end')).toContain('INFERRED');
  });
});

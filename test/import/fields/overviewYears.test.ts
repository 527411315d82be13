import { importText, toContractJson } from '../../../src/import';
import { yearColumns } from '../../../src/import/fields/overview';

/**
 * An overview with one amount column per calendar year ("2027 | 2028 | 2029") instead of one yearly column
 * (src/import/fields/overview.ts: yearColumns, overviewHeader, yearsOwner, chooseYear, reconcile): each row's yearly
 * amount is the first year of its own period that the table shows whole, its other years are kept per year when they
 * differ, a part year is said, and each year's sum row confirms the rows read from that year. Documents written here.
 */
const imported = (text: string) => toContractJson(importText(text, 'x.md'));
type Agreement = ReturnType<typeof imported>['agreements'][number];
const byName = (text: string) => Object.fromEntries(imported(text).agreements.map((a) => [a.name, a]));
const committee = (a: Agreement) => a.contributions.find((c) => c.party === a.parties[0].name);
const codes = (a: Agreement, field: string) => a.warnings.filter((w) => w.field === field).map((w) => w.code);

const PER_YEAR = (intro = 'Tabellen visar kultur- och fritidsnämndens bidrag per kalenderår enligt varje överenskommelse.', sum = '**700 000**') => `# Åsbro kommun – Kultur- och fritidsnämnden

## Nämndens idéburna offentliga partnerskap 2028–2030

Åsbro kommun, org.nr 212000-1488. ${intro} Belopp i kronor.

| Överenskommelse | Idéburen part | Avtalstid | 2028 | 2029 | 2030 |
|---|---|---|---:|---:|---:|
| Fritidsgården Åsen | Föreningen Åsens Ungdom (802011-4578) | 2028-01-01 – 2030-12-31 | 300 000 | 306 000 | 312 100 |
| Musikverkstaden | Föreningen Tonkraft (802433-1202) | 2029-01-01 – 2030-12-31 | – | 180 000 | 180 000 |
| Lovaktiviteter Bro | Studiecirkeln Bro (802526-1200); Föreningen Bro IF (802481-1963) | 2027-04-01 – 2029-03-31 | 250 000 | 250 000 | – |
| Ridskolan Kullen | Stiftelsen Kullen (802508-7431) | 2026-01-01 – tills vidare | 150 000 | 150 000 | 150 000 |
| ${'**Summa**'} | | | ${sum} | **886 000** | **642 100** |
`;

describe('an overview with a column per year', () => {
  test('the header is found by its years; each row reads the first year of its own period', () => {
    expect(yearColumns(['Överenskommelse', 'Avtalstid', '2028', '2029', '2030'])).toEqual([
      { index: 2, year: 2028 },
      { index: 3, year: 2029 },
      { index: 4, year: 2030 },
    ]);
    expect(yearColumns(['Post', '2029', '2028'])).toEqual([]);
    const r = imported(PER_YEAR());
    expect(r.documentKind).toBe('overview');
    const a = Object.fromEntries(r.agreements.map((x) => [x.name, x]));
    expect(Object.keys(a)).toEqual(['Fritidsgården Åsen', 'Musikverkstaden', 'Lovaktiviteter Bro', 'Ridskolan Kullen']);
    expect(committee(a['Fritidsgården Åsen'])).toEqual({
      party: 'Åsbro kommun',
      annualAmount: 300000,
      yearAmounts: [
        { year: 2028, amount: 300000 },
        { year: 2029, amount: 306000 },
        { year: 2030, amount: 312100 },
      ],
    });
    expect(committee(a['Musikverkstaden'])?.annualAmount).toBe(180000);
    expect(committee(a['Ridskolan Kullen'])?.annualAmount).toBe(150000);
    expect(a['Lovaktiviteter Bro'].parties.map((p) => [p.name, p.orgNumber])).toEqual([
      ['Åsbro kommun', '212000-1488'],
      ['Studiecirkeln Bro', '802526-1200'],
      ['Föreningen Bro IF', '802481-1963'],
    ]);
    // The table gives only the committee's share: no total is made up.
    expect(a['Fritidsgården Åsen'].annualTotal).toBeNull();
    // Each year's sum row confirms the rows read from that year.
    expect(a['Fritidsgården Åsen'].obtained).toMatchObject({ 'contributions[0]': 'reconciled' });
    expect(codes(a['Fritidsgården Åsen'], 'contributions')).toEqual([]);
  });

  test('a year the period covers only in part is said; a first year the table does not show is said', () => {
    const a = byName(PER_YEAR());
    // 2029 runs to 2029-03-31 only: kept as that year's amount, said as a part year, never the yearly level.
    expect(committee(a['Lovaktiviteter Bro'])?.annualAmount).toBe(250000);
    expect(a['Lovaktiviteter Bro'].warnings.some((w) => w.field === 'contributions' && /2029.*del av året/.test(w.message))).toBe(true);
    expect(a['Ridskolan Kullen'].warnings.some((w) => w.code === 'INFERRED' && /visar inte 2026/.test(w.message))).toBe(true);
  });

  test('a first column that is a part year gives way to the first whole year, in thousands', () => {
    const text = PER_YEAR()
      .replace('| 2028 | 2029 | 2030 |', '| 2028 (tkr) | 2029 (tkr) | 2030 (tkr) |')
      .replace('| 2028-01-01 – 2030-12-31 | 300 000 | 306 000 | 312 100 |', '| 2028-07-01 – 2030-12-31 | 150 | 306 | 312,1 |')
      .replace(/\| 250 000 \| 250 000 \| – \|/, '| 250 | 250 | – |')
      .replace('| – | 180 000 | 180 000 |', '| – | 180 | 180 |')
      .replace('| 150 000 | 150 000 | 150 000 |', '| 150 | 150 | 150 |')
      .replace('| **700 000** | **886 000** | **642 100** |', '| **550** | **886** | **642,1** |');
    const a = byName(text);
    expect(committee(a['Fritidsgården Åsen'])?.annualAmount).toBe(306000);
    expect(a['Fritidsgården Åsen'].warnings.some((w) => w.field === 'contributions' && /2028.*del av året/.test(w.message))).toBe(true);
    expect(committee(a['Musikverkstaden'])?.annualAmount).toBe(180000);
  });

  test('an intro that does not say whose the amounts are, and a sum row that does not add up, are warned', () => {
    const a = byName(PER_YEAR('Förteckningen uppdateras varje år.', '**710 000**'));
    expect(committee(a['Fritidsgården Åsen'])?.annualAmount).toBe(300000);
    expect(codes(a['Fritidsgården Åsen'], 'contributions')).toEqual(expect.arrayContaining(['AMBIGUOUS', 'TOTAL_MISMATCH']));
    // Musikverkstaden was read from 2029, whose sum row holds.
    expect(codes(a['Musikverkstaden'], 'contributions')).not.toContain('TOTAL_MISMATCH');
  });

  test('an agreement\'s own economy table with years but no period per row is no overview', () => {
    const text = `Överenskommelse om idéburet offentligt partnerskap – Läxhjälp Åsen

Åsbro kommun, org.nr 212000-1488, och Föreningen Åsens Ungdom, org.nr 802011-4578, tecknar denna överenskommelse.
Överenskommelsen gäller 2028-01-01 – 2029-12-31.

| Insats | Part | 2028 | 2029 | Kommentar |
|---|---|---:|---:|---|
| Bidrag | Åsbro kommun | 300 000 | 306 000 | |
| Ideellt arbete | Föreningen Åsens Ungdom | 120 000 | 120 000 | |
`;
    expect(imported(text).documentKind).toBe('agreement');
  });
});

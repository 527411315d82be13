import { importText, toContractJson } from '../../../src/import';
import { otherFundingOf } from '../../../src/import/fields/overview';

/**
 * An overview split into groups: several tables of the same columns (one per förvaltning, nämnd, område or year),
 * each under its heading and with its own subtotal row, perhaps a last table of totals only; or one table with
 * label rows and "Delsumma" rows between its groups. Every group's rows are agreements, the sum rows are checks on
 * them (src/import/fields/overview.ts: findTable, readRows, readTotals, reconcile). The documents are written here.
 */
const imported = (text: string, file = 'x.md') => toContractJson(importText(text, file));
type Result = ReturnType<typeof imported>;
type Agreement = Result['agreements'][number];
const byName = (r: Result) => Object.fromEntries(r.agreements.map((a) => [a.name, a]));
const amounts = (a: Agreement) => Object.fromEntries(a.contributions.map((c) => [c.party, c.annualAmount]));
const codes = (a: Agreement, field: string) => a.warnings.filter((w) => w.field === field).map((w) => w.code);

const PER_COMMITTEE = (first = '900 000', total = '2 450 000') => `# Förteckning över Lerums kommuns idéburna offentliga partnerskap

Kommunstyrelsen · Lerums kommun, org.nr 212000-1488

Förteckningen visar de partnerskap som gäller per den 1 januari 2027, per ansvarig nämnd. Belopp i kronor per år.

### Socialnämnden

| Överenskommelse | Idéburen part | Giltighet | Kommunens andel | Totalt värde | Kommentar |
|---|---|---|---:|---:|---|
| Stödboende Floda | Stiftelsen Husfrid | 2026-01-01 – 2028-12-31 | ${first} | 1 300 000 | |
| Kvinnojour Lerum | Lerums Kvinnojour | 2025-07-01 – 2027-06-30 | 400 000 | 550 000 | Uppsägningstid sex månader |
| **Delsumma socialnämnden** | | | **1 300 000** | **1 850 000** | |

### Kultur- och fritidsnämnden

| Överenskommelse | Idéburen part | Giltighet | Kommunens andel | Totalt värde | Kommentar |
|---|---|---|---:|---:|---|
| Ungdomsgård Gråbo | Gråbo Ungdomsförening; Studieförbundet Västkust | 2027-01-01 – tills vidare | 450 000 | 600 000 | |
| **Delsumma kultur- och fritidsnämnden** | | | **450 000** | **600 000** | |

### Totalt för kommunen

| | Kommunens andel | Totalt värde |
|---|---:|---:|
| Samtliga nämnder (3 överenskommelser) | 1 750 000 | ${total} |
`;

describe('an overview in several tables, one per committee, with subtotals and a table of totals', () => {
  test('every table\'s rows are agreements; the subtotal and total rows are not, and they confirm the rows', () => {
    const r = imported(PER_COMMITTEE());
    expect(r.documentKind).toBe('overview');
    expect(r.agreements.map((a) => a.name)).toEqual(['Stödboende Floda', 'Kvinnojour Lerum', 'Ungdomsgård Gråbo']);
    const a = byName(r);
    expect(amounts(a['Stödboende Floda'])['Lerums kommun']).toBe(900000);
    expect(a['Stödboende Floda'].annualTotal).toBe(1300000);
    expect(a['Stödboende Floda'].obtained).toMatchObject({ 'contributions[0]': 'reconciled', annualTotal: 'reconciled' });
    expect(a['Ungdomsgård Gråbo'].parties.map((p) => p.name)).toEqual(['Lerums kommun', 'Gråbo Ungdomsförening', 'Studieförbundet Västkust']);
    expect(a['Ungdomsgård Gråbo'].validity).toMatchObject({ start: '2027-01-01', end: null });
    expect(r.agreements.flatMap((x) => x.warnings).filter((w) => w.code === 'TOTAL_MISMATCH')).toEqual([]);
  });

  test('a subtotal the rows do not add up to warns the rows of that group, not the other groups', () => {
    const a = byName(imported(PER_COMMITTEE('950 000')));
    expect(codes(a['Stödboende Floda'], 'contributions')).toContain('TOTAL_MISMATCH');
    expect(codes(a['Kvinnojour Lerum'], 'contributions')).toContain('TOTAL_MISMATCH');
    expect(codes(a['Ungdomsgård Gråbo'], 'contributions')).not.toContain('TOTAL_MISMATCH');
    expect(a['Ungdomsgård Gråbo'].obtained['contributions[0]']).toBe('reconciled');
  });

  test('a grand total that does not match warns every row no subtotal confirms', () => {
    const a = byName(imported(PER_COMMITTEE('900 000', '2 500 000')));
    // Each group's value is confirmed by its own subtotal, so the grand total's mismatch warns none of them…
    expect(codes(a['Stödboende Floda'], 'annualTotal')).not.toContain('TOTAL_MISMATCH');
    // …but a table of totals counting more partnerships than were read warns every row.
    const counted = byName(imported(PER_COMMITTEE().replace('(3 överenskommelser)', '(4 överenskommelser)')));
    expect(codes(counted['Kvinnojour Lerum'], 'name')).toContain('TOTAL_MISMATCH');
  });

  test('the issuer\'s column may be named "Regionens del", "Stadens del", "Nämndens bidrag"', () => {
    for (const column of ['Regionens del, kr/år', 'Stadens del', 'Nämndens bidrag (kr)', 'Kommunens andel']) {
      const a = byName(imported(PER_COMMITTEE().replaceAll('Kommunens andel', column)));
      expect(amounts(a['Kvinnojour Lerum'])['Lerums kommun']).toBe(400000);
    }
  });
});

const ONE_TABLE = `Sundbybergs stad
Socialförvaltningen

Sammanställning av stadens idéburna offentliga partnerskap 2027, per område. Belopp i kronor per år.

Avtalsperiod\tPartnerskap\tOrganisation\tVärde per år\tStadens del
Område norr
2026-03-01 – 2028-02-29\tMatkassen Hallonbergen\tFöreningen Mat åt alla\t300 000\t200 000
2027-01-01 – 2027-12-31\tLäxhjälp Ör\tÖr Läxcirkel\t150 000\t100 000
Delsumma\t\t\t450 000\t300 000
Område syd
2025-09-01 – 2028-08-31\tSeniorträff Duvbo\tDuvbo Seniorförening\t500 000\t350 000
Delsumma\t\t\t500 000\t350 000
Totalt\t\t\t950 000\t650 000
`;

describe('one table with label rows and subtotal rows between its groups, columns in another order', () => {
  test('the label and sum rows are no agreements; every group row is, confirmed by its subtotal', () => {
    const r = imported(ONE_TABLE, 'x.txt');
    expect(r.documentKind).toBe('overview');
    expect(r.agreements.map((a) => a.name)).toEqual(['Matkassen Hallonbergen', 'Läxhjälp Ör', 'Seniorträff Duvbo']);
    const a = byName(r);
    expect(a['Läxhjälp Ör'].validity).toMatchObject({ start: '2027-01-01', end: '2027-12-31' });
    expect(amounts(a['Seniorträff Duvbo'])['Sundbybergs stad']).toBe(350000);
    expect(a['Seniorträff Duvbo'].annualTotal).toBe(500000);
    expect(a['Matkassen Hallonbergen'].obtained).toMatchObject({ 'contributions[0]': 'reconciled', annualTotal: 'reconciled' });
  });
});

const PER_YEAR = `# Idéburna offentliga partnerskap – Alingsås kommun

Kommunens partnerskap år för år. Belopp i kronor.

## 2026

| Partnerskap | Förening | Period | Värde/år | Kommunens del |
|---|---|---|---:|---:|
| Fritidsbanken | Föreningen Fritidsbanken Alingsås | 2026-01-01 – 2027-12-31 | 200 000 | 150 000 |
| Summa 2026 | | | 200 000 | 150 000 |

## 2027

| Partnerskap | Förening | Period | Värde/år | Kommunens del |
|---|---|---|---:|---:|
| Fritidsbanken | Föreningen Fritidsbanken Alingsås | 2026-01-01 – 2027-12-31 | 210 000 | 160 000 |
| Mötesplats Noltorp | Noltorps Kvartersförening | 2027-01-01 – 2028-12-31 | 300 000 | 220 000 |
| Summa 2027 | | | 510 000 | 380 000 |
`;

describe('an overview in one table per year', () => {
  test('a partnership listed in two years is one agreement; its differing amounts are warned', () => {
    const r = imported(PER_YEAR);
    expect(r.agreements.map((a) => a.name)).toEqual(['Fritidsbanken', 'Mötesplats Noltorp']);
    const a = byName(r);
    expect(codes(a.Fritidsbanken, 'annualTotal')).toContain('AMBIGUOUS');
    expect(codes(a.Fritidsbanken, 'contributions')).toContain('AMBIGUOUS');
    expect(a['Mötesplats Noltorp'].obtained).toMatchObject({ annualTotal: 'reconciled' });
  });
});

describe('a comment naming money from a third funder', () => {
  test.each([
    ['Medfinansieras av Europeiska socialfonden', true],
    ['Partille kommun är också part och bidrar med 200 000 kr', true],
    ['Delfinansieras med statsbidrag', true],
    ['Arvsfonden står för projektledaren', true],
    ['Uppsägningstid sex månader', false],
    ['Förlängning prövas 2028', false],
  ])('%s', (note, other) => {
    expect(otherFundingOf(note, 'Lerums kommun') !== null).toBe(other);
  });

  test('the civil party\'s share is then not the value minus the issuer\'s: left out, with a warning', () => {
    const a = byName(imported(PER_COMMITTEE().replace('| Uppsägningstid sex månader |', '| Medfinansieras av Arvsfonden |')));
    expect(Object.keys(amounts(a['Kvinnojour Lerum']))).toEqual(['Lerums kommun']);
    expect(codes(a['Kvinnojour Lerum'], 'contributions')).toContain('MISSING_FIELD');
    // The issuer named as itself is no other funder.
    expect(otherFundingOf('Lerums kommun står för lokalen', 'Lerums kommun')).toBeNull();
  });
});

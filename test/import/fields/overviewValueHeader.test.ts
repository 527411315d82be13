import { importText, toContractJson } from '../../../src/import';

/**
 * An overview whose value column is named for the partnership ("Partnerskapets värde, kr/år", "Avtalets årliga
 * värde"), beside a column of money from funders who are not parties (src/import/fields/overview.ts: COLUMNS). The
 * value is the row's annualTotal; the outside funding stays out of it. The documents are written here.
 */
const imported = (text: string, file = 'x.md') => toContractJson(importText(text, file));

const OVERVIEW = (value: string, other = 'Extern finansiering, kr/år') => `# Kultur- och fritidsnämndens partnerskap

Tranemo kommun · Kultur- och fritidsnämnden · Org.nr 212000-1561

Förteckningen visar nämndens överenskommelser om idéburet offentligt partnerskap. Värdet är summan av nämndens bidrag och partens insats; bidrag från andra finansiärer ingår inte.

| Partnerskap | Idéburen part (org.nr) | Avtalsperiod | Nämndens bidrag, kr/år | Partens insats, kr/år | ${value} | ${other} |
|---|---|---|---:|---:|---:|---:|
| Musikcafé Limmared | Föreningen Limmareds Spelmän (802474-3018) | 2028-01-01 – 2029-12-31 | 150 000 | 70 000 | 220 000 | 30 000 |
| Kanotled Ätran | Ätradalens Paddlare (802500-4964) | 2027-07-01 – 2030-06-30 | 90 000 | 45 000 | 135 000 | – |
| Summa | | | 240 000 | 115 000 | 355 000 | 30 000 |
`;

describe('an overview whose value column is named for the partnership', () => {
  test.each(['Partnerskapets värde, kr/år', 'Avtalets årliga värde', 'Partnerskapets värde'])('"%s" gives each row its total, outside funding left out', (header) => {
    const r = imported(OVERVIEW(header));
    expect(r.documentKind).toBe('overview');
    expect(r.agreements.map((a) => [a.name, a.annualTotal])).toEqual([
      ['Musikcafé Limmared', 220000],
      ['Kanotled Ätran', 135000],
    ]);
    expect(r.agreements[0].contributions.map((c) => c.annualAmount)).toEqual([150000, 70000]);
    expect(r.agreements[0].warnings.filter((w) => w.field === 'annualTotal')).toEqual([]);
  });

  test('a partnership\'s name column is still its name', () => {
    const r = imported(OVERVIEW('Partnerskapets värde, kr/år').replace('| Partnerskap |', '| Partnerskapet |'));
    expect(r.agreements.map((a) => a.name)).toEqual(['Musikcafé Limmared', 'Kanotled Ätran']);
  });
});

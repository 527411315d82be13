import { importText, toContractJson } from '../../../src/import';
import { findAmounts } from '../../../src/import/fields/amounts';

/**
 * Officials' shorthand "budget 2029 tkr" (the budget for 2029, in tkr) names a year's column, not an amount of
 * 2 029 tkr (fields/amounts.ts BUDGET_YEAR); a table with a "Budget <year> tkr" column per year reads its first year
 * (economy/table.ts YEAR_WORD). A committee in a Part column by its abbreviation ("AFN") is the public party whose
 * committee it abbreviates (economy/cells.ts committeeParty). Documents written for these tests.
 */
const agreement = (text: string) => toContractJson(importText(text, 'x.txt')).agreements[0];

describe('a budget year before tkr', () => {
  test('"budget 2028 tkr", "utfall 2027 tkr" and "inom budget 2029 tkr-ram" state no amount', () => {
    expect(findAmounts('Belopp i tkr (budget 2028 tkr och utfall 2027 tkr).')).toEqual([]);
    expect(findAmounts('finansieras inom budget 2029 tkr-ram för insatser')).toEqual([]);
  });

  test('an amount after such a word, or a year-shaped amount after other words, is still read', () => {
    expect(findAmounts('budget 2 029 tkr').map((a) => a.value)).toEqual([2029000]);
    expect(findAmounts('ett bidrag om 2030 tkr per år').map((a) => a.value)).toEqual([2030000]);
    expect(findAmounts('budget 2028: 450 tkr').map((a) => a.value)).toEqual([450000]);
  });

  const TABLE = `Överenskommelse om idéburet offentligt partnerskap – Läsfrämjarna

1. Parter
Vikby kommun, org.nr 212000-0449, genom kultur- och fritidsnämnden
Föreningen Läsfrämjarna, org.nr 802477-1118

2. Ekonomi
Belopp i tkr (budget 2027 tkr och budget 2028 tkr).
Insats\tPart\tBudget 2027 tkr\tBudget 2028 tkr
Verksamhetsbidrag\tVikby kommun\t600\t612
Lokal\tVikby kommun\t120\t122
Ideellt arbete, 1 000 tim à 200 kr\tFöreningen Läsfrämjarna\t200\t200
Totalt\t\t920\t934

3. Giltighetstid
Överenskommelsen gäller från och med 2027-01-01 till och med 2028-12-31.
`;

  test('a table with a "Budget <year> tkr" column per year: the first year is the yearly amount', () => {
    const a = agreement(TABLE);
    expect(a.annualTotal).toBe(920000);
    expect(a.costItems.map((c) => c.annualAmount)).toEqual([600000, 120000, 200000]);
    expect(Object.fromEntries(a.contributions.map((c) => [c.party, c.annualAmount]))).toEqual({ 'Vikby kommun': 720000, 'Föreningen Läsfrämjarna': 200000 });
  });
});

describe('a committee by its abbreviation in a Part column', () => {
  const memo = (abbr: string, region = 'RTN') => `Överenskommelse om idéburet offentligt partnerskap – Vägen in

Parter
Vikby kommun, org.nr 212000-0449, genom arbetsförmedlings- och fritidsnämnden
Region Norrvik, org.nr 232100-0016, genom regionala tillväxtnämnden
Föreningen Vägen in, org.nr 802477-2223

Ekonomi
Part\tInsats\tkr/år
${abbr}\tVerksamhetsbidrag\t500 000
${region}\tMedfinansiering\t200 000
Föreningen\tIdeellt arbete\t150 000
Summa\t\t850 000

Giltighetstid
Överenskommelsen gäller från och med 2027-01-01 till och med 2028-12-31.
`;

  test('"AFN" is the committee of the municipality that acts through arbetsförmedlings- och fritidsnämnden', () => {
    const a = agreement(memo('AFN'));
    expect(a.costItems.map((c) => c.party)).toEqual(['Vikby kommun', 'Region Norrvik', 'Föreningen Vägen in']);
    expect(a.annualTotal).toBe(850000);
  });

  test('"RTN" (a multi-word committee) is the region\'s; an abbreviation no party\'s committee has stays unattributed', () => {
    expect(agreement(memo('RTN', 'Föreningen')).costItems[0].party).toBe('Region Norrvik');
    const unknown = agreement(memo('KSN'));
    expect(unknown.costItems.map((c) => c.party)).not.toContain('Vikby kommun');
    expect(unknown.warnings.some((w) => /^(?:costItems|contributions)/.test(w.field ?? ''))).toBe(true);
  });
});

import { importText, toContractJson } from '../../../src/import';
import { monthsOf, partitionsYear, splitParts } from '../../../src/import/economy/yearParts';

/**
 * An economy table whose amount columns are parts of one year — half-years ("Jan–jun | Jul–dec", "Halvår 1 |
 * Halvår 2", "VT | HT"), quarters ("Kv 1 … Kv 4") or months — and no yearly column: each row's year is the parts'
 * sum, computed, confirmed by the Summa row or a stated yearly total (economy/yearParts.ts, table.ts). Parts that do
 * not cover the year are not read. Documents written for these tests.
 */
const agreement = (text: string, file = 'x.txt') => toContractJson(importText(text, file)).agreements[0];
const amounts = (a: ReturnType<typeof agreement>) => Object.fromEntries(a.contributions.map((c) => [c.party, c.annualAmount]));

const HEAD = `Överenskommelse om idéburet offentligt partnerskap – Hantverkslyftet Jämtland

Parter
Region Jämtland Härjedalen, organisationsnummer 232100-0214, genom regionala utvecklingsnämnden (Regionen).
Föreningen Hantverkets Vänner, organisationsnummer 802498-3317 (Föreningen).

Giltighet
Överenskommelsen gäller från och med den 1 januari 2027 till och med den 31 december 2029.

Ekonomi
Parternas insatser redovisas per halvår i tabellen nedan. Belopp i tusentals kronor (tkr).

`;

describe('columns that are parts of a year', () => {
  test.each([
    ['Jan–jun\tJul–dec'],
    ['Jan–jun Jul–dec'],
    ['Halvår 1\tHalvår 2'],
    ['Första halvåret\tAndra halvåret'],
    ['VT\tHT'],
    ['H1 (tkr)\tH2 (tkr)'],
  ])('half-years "%s": the year is their sum; the Summa row and the stated year confirm it', (parts) => {
    const a = agreement(`${HEAD}Insats\tPart\t${parts}
Verksamhetsbidrag\tRegionen\t260,0\t260,0
Konsulent, 20 % av heltid\tRegionen\t62,5\t62,5
Ideellt arbete\tFöreningen\t90,0\t90,0
Egna medel\tFöreningen\t39,5\t39,5
Summa\t452,0\t452,0

Partnerskapets samlade värde är 904 tkr per år.
`);
    expect(a.costItems.map((c) => c.annualAmount)).toEqual([520000, 125000, 180000, 79000]);
    expect(amounts(a)).toEqual({ 'Region Jämtland Härjedalen': 645000, 'Föreningen Hantverkets Vänner': 259000 });
    expect(a.annualTotal).toBe(904000);
    expect(a.obtained.annualTotal).toBe('reconciled');
    expect(a.warnings.filter((w) => /costItems|contributions|annualTotal/.test(w.field ?? ''))).toEqual([]);
  });

  test('quarters, one of them a dash: the year is the four summed', () => {
    const a = agreement(`${HEAD}Insats\tPart\tKv 1\tKv 2\tKv 3\tKv 4
Verksamhetsbidrag\tRegionen\t100\t100\t–\t100
Ideellt arbete\tFöreningen\t40\t40\t40\t40
Summa\t\t140\t140\t40\t140
`);
    expect(a.costItems.map((c) => c.annualAmount)).toEqual([300000, 160000]);
    expect(a.annualTotal).toBe(460000);
  });

  test('one half-year alone is no year: its amounts are not read, and costItems says why', () => {
    const a = agreement(`${HEAD}Insats\tPart\tJan–jun
Verksamhetsbidrag\tRegionen\t260,0
Ideellt arbete\tFöreningen\t90,0
`);
    expect(a.costItems.map((c) => c.annualAmount)).not.toContain(260000);
    expect(a.warnings.some((w) => w.field === 'costItems')).toBe(true);
  });

  test('the words of a part', () => {
    expect(monthsOf('Jan–jun (tkr)')).toEqual([1, 2, 3, 4, 5, 6]);
    expect(monthsOf('juli–december')).toEqual([7, 8, 9, 10, 11, 12]);
    expect(monthsOf('Kv 3')).toEqual([7, 8, 9]);
    expect(monthsOf('Q4')).toEqual([10, 11, 12]);
    expect(monthsOf('Belopp')).toBeNull();
    expect(monthsOf('Ht 2027')).toBeNull();
    expect(partitionsYear([monthsOf('Jan–mar')!, monthsOf('Apr–jun')!, monthsOf('Jul–dec')!])).toBe(true);
    expect(partitionsYear([monthsOf('Jan–jun')!, monthsOf('Jan–jun')!])).toBe(false);
    expect(splitParts('Jan–jun Jul–dec')).toEqual(['Jan–jun', 'Jul–dec']);
    expect(splitParts('Halvår 1 Halvår 2')).toEqual(['Halvår 1', 'Halvår 2']);
    expect(splitParts('Belopp per år')).toBeNull();
  });
});
